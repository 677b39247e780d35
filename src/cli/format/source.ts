/**
 * Where the plan's goal an issue speaks of is (Issue.source, on plan.* issues): the plan's file when it is another
 * file, its sheet and cell, in words. Every output says it alike, so that the central office can find each planned
 * goal that a report leaves out.
 */
import type { Issue, Lang } from "../../core";
import { text } from "../../core/i18n/strings";

/** `fileName`: how the plan's file is named (the summary names files without their folders). */
export function sourcePlace(issue: Issue, lang: Lang, fileName: (file: string) => string = (file) => file): string | undefined {
  const { source } = issue;
  if (!source) return undefined;
  const { file, sheet, cell } = source;
  if (file === undefined) return text(lang, "cli.source", { sheet, cell });
  return text(lang, "cli.sourceFile", { file: fileName(file), sheet, cell });
}

/** "in the plan: …", for outputs that add it to the issue's message; undefined where the issue has no source. */
export function inPlan(issue: Issue, lang: Lang): string | undefined {
  const place = sourcePlace(issue, lang);
  return place === undefined ? undefined : text(lang, "cli.inPlan", { place });
}
