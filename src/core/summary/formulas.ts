/**
 * Formula text for the summary's live cells. Names and strings that come from the workbook are quoted the way Excel
 * quotes them, so a sheet called "План 2024" or "O'Neil" cannot break out of its reference.
 */

/** 'Приложение 2'!$K$8:$K$30 — an absolute reference to a range of another sheet. */
export function sheetRange(sheet: string, range: string): string {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

/** "Изпълнена" as a formula string literal. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** How many of the cells in `ranges` of `sheet` equal `status` (Excel's COUNTIF, summed over the ranges). */
export function countStatus(sheet: string, ranges: string[], status: string): string {
  return ranges.map((range) => `COUNTIF(${sheetRange(sheet, range)},${stringLiteral(status)})`).join("+");
}

/**
 * A link that selects a cell of the workbook, shown as `label`: HYPERLINK("#'Sheet'!H9","H9"). A formula rather than a
 * hyperlink object because it works the same in every Excel (ExcelApi 1.1), in LibreOffice and in files ExcelJS
 * writes.
 */
export function cellLink(sheet: string, cell: string, label: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return `HYPERLINK(${stringLiteral(target)},${stringLiteral(label)})`;
}
