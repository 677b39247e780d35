/** What the output formats share: severity order, totals over many files, amounts written for the reader. */
import type { Lang, Severity } from "../../core";
import type { FileResult } from "../checkFiles";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function totals(results: FileResult[]) {
  const sum = { files: results.length, reports: 0, error: 0, warning: 0, info: 0, unreadable: 0 };
  for (const result of results) {
    if ("error" in result) {
      sum.unreadable++;
      continue;
    }
    for (const report of result.reports) {
      sum.reports++;
      for (const severity of SEVERITIES) sum[severity] += report.counts[severity];
    }
  }
  return sum;
}

/** Numbers as the reader writes them: 146305.48 → "146 305,48" in Bulgarian, "146,305.48" in English. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return value.toLocaleString(lang === "bg" ? "bg-BG" : "en-GB", { maximumFractionDigits });
}

/** A completion percentage with one decimal: 62.5 → "62,5" in Bulgarian. */
export function formatPercent(value: number, lang: Lang): string {
  return formatNumber(value, lang, 1);
}
