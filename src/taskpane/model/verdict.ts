/** The one-line answer the user opens the pane for: can the report go out, or what must be fixed first. */
import type { Lang } from "../../core/i18n/format";
import { text } from "../../core/i18n/strings";
import type { Report } from "../../core/report";

export type Verdict =
  | { kind: "notFound" }
  | { kind: "fix"; errors: number }
  | { kind: "ready"; warnings: number };

export function verdictOf(report: Report): Verdict {
  if (!report.layout.found) return { kind: "notFound" };
  if (report.counts.error > 0) return { kind: "fix", errors: report.counts.error };
  return { kind: "ready", warnings: report.counts.warning };
}

export interface VerdictWords {
  intent: "error" | "warning" | "success";
  title: string;
  body: string;
}

/** The verdict as the pane words it: a title, a sentence on what to do, and the colour of its bar. */
export function verdictWords(verdict: Verdict, lang: Lang): VerdictWords {
  switch (verdict.kind) {
    case "notFound":
      return { intent: "error", title: text(lang, "pane.verdict.notFound"), body: text(lang, "pane.verdict.notFoundBody") };
    case "fix":
      return {
        intent: "error",
        title: text(lang, "pane.verdict.fix", { errors: verdict.errors }),
        body: text(lang, "pane.verdict.fixBody"),
      };
    case "ready":
      return {
        intent: verdict.warnings > 0 ? "warning" : "success",
        title: text(lang, "pane.verdict.ready"),
        body:
          verdict.warnings > 0
            ? text(lang, "pane.verdict.readyWarnings", { warnings: verdict.warnings })
            : text(lang, "pane.verdict.readyClean"),
      };
  }
}

/** What the pane's one live region says after a check: the verdict and the counts, in words that agree. */
export function announcement(report: Report, lang: Lang): string {
  const { title } = verdictWords(verdictOf(report), lang);
  const { error, warning, info } = report.counts;
  return text(lang, "pane.announce", { verdict: title, errors: error, warnings: warning, infos: info });
}
