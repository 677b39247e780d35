/**
 * CSV: one line per issue, for a spreadsheet. Semicolons and a byte-order mark, because that is what Excel with
 * Bulgarian regional settings opens correctly; cells that Excel would run as formulas are neutralised.
 */
import type { Lang } from "../../core";
import { text } from "../../core/i18n/strings";
import type { FileResult } from "../checkFiles";

const BOM = "\uFEFF";

const CSV_COLUMNS = ["file", "sheet", "cell", "severity", "rule", "field", "message", "suggestion"] as const;

export function formatCsv(results: FileResult[], lang: Lang): string {
  const lines = [row(CSV_COLUMNS.map((column) => text(lang, `column.${column}`).toLocaleLowerCase(lang)))];
  for (const result of results) {
    if ("error" in result) {
      lines.push(row([result.file, "", "", "error", "file.unreadable", "", result.error, ""]));
      continue;
    }
    for (const report of result.reports) {
      for (const issue of report.issues) {
        lines.push(
          row([
            result.file,
            issue.sheet,
            issue.cell,
            issue.severity,
            issue.rule,
            issue.field ?? "",
            issue.message,
            issue.suggestion ?? "",
          ]),
        );
      }
    }
  }
  return BOM + lines.join("\r\n") + "\r\n";
}

function row(cells: string[]): string {
  return cells.map(csvCell).join(";");
}

/** Quotes when needed; a leading = + - @ (or tab, CR) gets an apostrophe so Excel shows it as text. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
