/**
 * A plain table on an ExcelJS worksheet: a bold, wrapped, frozen header row with a filter, and one row per item.
 *
 * Security: a column gives a string, a number or nothing — its type allows nothing else — and each is written as that
 * value, so text copied from a report ("=HYPERLINK(...)") is stored as text and never becomes a formula or a link.
 */
import type ExcelJS from "exceljs";

export type Plain = string | number | null;

export interface Column<T> {
  header: string;
  /** In characters, as Excel counts column widths. */
  width: number;
  value: (item: T) => Plain;
  numFmt?: string;
}

/** Excel keeps at most this many characters in a cell; a longer text would make it "repair" the file. */
const CELL_LIMIT = 32767;
/** Points per line of 11-point text, as Excel sizes rows. */
const LINE_HEIGHT = 15;

/** Writes the header at row `top` and the items under it; gives back the first row after the table. */
export function writeTable<T>(sheet: ExcelJS.Worksheet, top: number, columns: Column<T>[], items: T[]): number {
  writeHeader(sheet, top, columns);
  items.forEach((item, i) => writeRow(sheet, top + 1 + i, columns, item));
  const last = top + items.length;
  sheet.views = [{ state: "frozen", ySplit: top }];
  sheet.autoFilter = { from: { row: top, column: 1 }, to: { row: last, column: columns.length } };
  return last + 1;
}

function writeHeader<T>(sheet: ExcelJS.Worksheet, top: number, columns: Column<T>[]): void {
  columns.forEach((column, c) => {
    sheet.getColumn(c + 1).width = column.width;
    const cell = sheet.getCell(top, c + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "top" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
    cell.border = { bottom: { style: "thin" } };
  });
  // Excel does not grow a row for wrapped text in a file it opens: give the header the lines its longest text needs.
  const lines = Math.max(1, ...columns.map((column) => Math.ceil(column.header.length / Math.max(1, column.width - 2))));
  sheet.getRow(top).height = lines * LINE_HEIGHT + 3;
}

/** One item as one row, each value as it is (a number stays a number, so that it sorts and sums). */
export function writeRow<T>(sheet: ExcelJS.Worksheet, row: number, columns: Column<T>[], item: T): void {
  columns.forEach((column, c) => {
    const cell = sheet.getCell(row, c + 1);
    const value = column.value(item);
    cell.value = typeof value === "string" ? cellText(value) : value;
    if (column.numFmt) cell.numFmt = column.numFmt;
    cell.alignment = { vertical: "top", wrapText: typeof value === "string" && value.length > column.width };
  });
}

/** Text cut to what a cell can hold. */
function cellText(text: string): string {
  return text.length > CELL_LIMIT ? text.slice(0, CELL_LIMIT) : text;
}

/** Text for a cell, or an empty cell for no text. */
export function plain(text: string | undefined): string | null {
  return text === undefined || text === "" ? null : text;
}
