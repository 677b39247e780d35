/**
 * CSV: one line per issue, for a spreadsheet, in the user's language: severity and field as the reader says them,
 * beside the rule's stable id for filtering. Semicolons and a byte-order mark, because that is what Excel with
 * Bulgarian regional settings opens correctly. Every field is quoted, so a reader set to commas (or anything else)
 * keeps each line and each field whole; fields that a spreadsheet would run as formulas are neutralised.
 */
import type { Issue, Lang } from "../../core";
import { text } from "../../core/i18n/strings";
import type { FileResult } from "../checkFiles";

const BOM = "\uFEFF";

const CSV_COLUMNS = ["file", "sheet", "cell", "severity", "rule", "field", "message", "suggestion"] as const;

export function formatCsv(results: FileResult[], lang: Lang): string {
  const lines = [row(CSV_COLUMNS.map((column) => text(lang, `column.${column}`).toLocaleLowerCase(lang)))];
  const severity = (name: Issue["severity"]) => text(lang, `cli.severityName.${name}`);
  for (const result of results) {
    if ("error" in result) {
      lines.push(row([result.file, "", "", severity("error"), "file.unreadable", "", result.error, ""]));
      continue;
    }
    for (const report of result.reports) {
      for (const issue of report.issues) {
        lines.push(
          row([
            result.file,
            issue.sheet,
            issue.cell,
            severity(issue.severity),
            issue.rule,
            issue.field ? text(lang, `field.${issue.field}`) : "",
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

/**
 * Always quoted; a leading = + - @ (or tab, CR, LF) gets an apostrophe so that a spreadsheet shows the field as text
 * and never runs it, whichever separator it splits on.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
