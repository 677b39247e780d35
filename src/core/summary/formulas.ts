/**
 * Formula text for the summary's live cells. Names and strings that come from the workbook are quoted the way Excel
 * quotes them, so a sheet called "План 2024" or "O'Neil" cannot break out of its reference.
 */

/** Excel refuses a formula holding a text literal longer than this. */
const LITERAL_LIMIT = 255;

/** Excel refuses a formula longer than this, "=" included. */
export const MAX_FORMULA_LENGTH = 8_192;

/** 'Приложение 2'!$K$8:$K$30 — an absolute reference to a range of another sheet. */
export function sheetRange(sheet: string, range: string): string {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quotedSheet(sheet)}!${absolute}`;
}

/** "Изпълнена" as a formula string literal. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * How many of the cells in `ranges` of `sheet` hold exactly `status`, summed over the ranges: the count the check
 * makes. COUNTIF would ignore case and count "изпълнена", which the check calls invalid; EXACT compares case and
 * spaces as the check does. 1/EXACT(…) is a number only for a match, and an error cell (a status formula's #N/A)
 * gives an error that ISNUMBER turns into "no" — the check counts it as invalid too — instead of spoiling the sum.
 * No IF or IFERROR, which inside SUMPRODUCT would need an array formula in Excel before dynamic arrays.
 * Undefined when the sum would pass Excel's formula length (a status column broken into a hundred ranges or so):
 * the caller writes the count as a number instead.
 */
export function countStatus(sheet: string, ranges: string[], status: string): string | undefined {
  const formula = ranges
    .map((range) => `SUMPRODUCT(--ISNUMBER(1/EXACT(${sheetRange(sheet, range)},${stringLiteral(status)})))`)
    .join("+");
  return formula.length + 1 <= MAX_FORMULA_LENGTH ? formula : undefined;
}

/** A cell a link leads to: on a sheet of the summary's own workbook, or of another file. */
export interface LinkTarget {
  /** The other workbook, as a path relative to the summary's folder with "/" between folders; none: the same one. */
  file?: string;
  sheet: string;
  cell: string;
}

/**
 * A link that opens a cell, shown as `label`: HYPERLINK("#'Sheet'!H9","H9") in the same workbook, or
 * HYPERLINK("отчет.xlsx#'Sheet'!H9","H9") in a file beside the summary, which Excel and LibreOffice both follow.
 * A formula rather than a hyperlink object because it works the same in every Excel (ExcelApi 1.1), in LibreOffice
 * and in files ExcelJS writes. Undefined where no link could work — a "#" in the file's name (it would be read as
 * the start of the cell), or a target longer than a formula's text may be — so that no link leads nowhere.
 */
export function cellLink(target: LinkTarget, label: string): string | undefined {
  const file = target.file ?? "";
  if (file.includes("#")) return undefined;
  const address = `${file}#${quotedSheet(target.sheet)}!${target.cell}`;
  if (address.length > LITERAL_LIMIT || label.length > LITERAL_LIMIT) return undefined;
  return `HYPERLINK(${stringLiteral(address)},${stringLiteral(label)})`;
}

function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
