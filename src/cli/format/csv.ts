/**
 * CSV: one line per issue, for a spreadsheet, in the user's language: severity and field as the reader says them,
 * beside the rule's stable id for filtering. Semicolons and a byte-order mark, because that is what Excel with
 * Bulgarian regional settings opens correctly. Every field is quoted, so a reader set to commas (or anything else)
 * keeps each line and each field whole; fields that a spreadsheet would run as formulas are neutralised. The header
 * line comes first, then each file's lines as soon as it is checked.
 */
import type { Issue, Lang } from "../../core";
import { text } from "../../core/i18n/strings";
import type { FileResult } from "../checkFiles";
import { showControls } from "./escape";
import { sourcePlace } from "./source";
import type { OutputFormat } from "./index";

const BOM = "\uFEFF";

const CSV_COLUMNS = ["file", "sheet", "cell", "severity", "rule", "field", "message", "suggestion", "source"] as const;

export const CSV: OutputFormat = {
  start: (lang) => BOM + line(CSV_COLUMNS.map((column) => text(lang, `column.${column}`).toLocaleLowerCase(lang))),
  file: (result, lang) => fileLines(result, lang).map(line).join(""),
  // The issues reconciling a report with its plan, each on its report's line, after the files' own.
  pairing: (pairing, lang) =>
    pairing.pairs.flatMap(({ report, issues }) => issues.map((issue) => line(issueCells(report.file, issue, lang)))).join(""),
  showsPairs: false,
  end: () => [],
};

function fileLines(result: FileResult, lang: Lang): string[][] {
  if ("error" in result) return [[result.file, "", "", text(lang, "cli.severityName.error"), "file.unreadable", "", result.error, "", ""]];
  return result.reports.flatMap((report) => report.issues.map((issue) => issueCells(result.file, issue, lang)));
}

function issueCells(file: string, issue: Issue, lang: Lang): string[] {
  return [
    file,
    issue.sheet,
    issue.cell,
    text(lang, `cli.severityName.${issue.severity}`),
    issue.rule,
    issue.field ? text(lang, `field.${issue.field}`) : "",
    issue.message,
    issue.suggestion ?? "",
    sourcePlace(issue, lang) ?? "",
  ];
}

function line(cells: string[]): string {
  return cells.map(csvCell).join(";") + "\r\n";
}

/**
 * Always quoted; a leading = + - @ (or tab, CR, LF) gets an apostrophe so that a spreadsheet shows the field as text
 * and never runs it, whichever separator it splits on. Control characters other than tabs and line breaks (which a
 * quoted field holds) are shown as escapes: CSV printed to a terminal is read by the terminal first, and a lone CR
 * there would write over the line.
 */
export function csvCell(value: string): string {
  const shown = showControls(value.replace(/\r(?!\n)/g, "\\r"), "\t\r\n");
  const safe = /^[=+\-@\t\r\n]/.test(shown) ? `'${shown}` : shown;
  return `"${safe.replace(/"/g, '""')}"`;
}
