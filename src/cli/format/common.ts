/** What the output formats share: severity order, totals over many files, amounts written for the reader. */
import type { Severity } from "../../core";
import type { FileResult } from "../checkFiles";

export { formatNumber, formatPercent } from "../../core/i18n/numbers";

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
