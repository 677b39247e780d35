/** The one-line answer the user opens the pane for: can the report go out, or what must be fixed first. */
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
