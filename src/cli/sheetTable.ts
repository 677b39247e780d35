/**
 * A plain table on an ExcelJS worksheet: a bold, wrapped, frozen header row with a filter, and one row per item;
 * printed as every written sheet is (A4 landscape, one page wide), the header row repeated on each page.
 *
 * Security: a column gives a string, a number, a Link or nothing — its type allows nothing else — and
 * each is written as that value, so text copied from a report ("=HYPERLINK(...)") is stored as text and never becomes
 * a formula or a link. The one formula, the link, holds the report's names only inside quoted string literals.
 */
import type ExcelJS from "exceljs";
import { fitCell } from "../core/summary/cellLimit";
import { cellLink, type LinkTarget } from "../core/summary/formulas";
import { rowHeight, widthToFit, type WrappedText } from "../core/summary/rowHeight";
import { font } from "../file/font";
import { setPrint } from "../file/printSetup";

/** A link to a cell, shown as its label. Only `linkTo` makes one (the private constructor keeps the type nominal). */
export class Link {
  private constructor(
    readonly formula: string,
    readonly label: string,
  ) {}

  /** A link that opens the cell, or the label as plain text where no link could work. */
  static to(target: LinkTarget, label: string): Link | string {
    const formula = cellLink(target, label);
    return formula ? new Link(formula, label) : label;
  }
}

export type Plain = string | number | Link | null;

export interface Column<T> {
  header: string;
  /** In characters, as Excel counts column widths. */
  width: number;
  value: (item: T) => Plain;
  numFmt?: string;
}

/** Writes the header at row `top` and the items under it; gives back the first row after the table. */
export function writeTable<T>(sheet: ExcelJS.Worksheet, top: number, columns: Column<T>[], items: T[]): number {
  writeHeader(sheet, top, columns);
  items.forEach((item, i) => writeRow(sheet, top + 1 + i, columns, item));
  const last = top + items.length;
  sheet.views = [{ state: "frozen", ySplit: top }];
  sheet.autoFilter = { from: { row: top, column: 1 }, to: { row: last, column: columns.length } };
  setPrint(sheet, { first: top, last: top });
  return last + 1;
}

function writeHeader<T>(sheet: ExcelJS.Worksheet, top: number, columns: Column<T>[]): void {
  columns.forEach((column, c) => {
    sheet.getColumn(c + 1).width = headerWidth(column);
    const cell = sheet.getCell(top, c + 1);
    cell.value = column.header;
    cell.font = font({ bold: true });
    cell.alignment = { wrapText: true, vertical: "top" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
    cell.border = { bottom: { style: "thin" } };
  });
  sheet.getRow(top).height = rowHeight(
    columns.map((column) => ({ text: column.header, width: headerWidth(column), bold: true })),
  );
}

/** The column's width, widened so that the header's longest word fits on a line and is never cut in the middle. */
function headerWidth<T>(column: Column<T>): number {
  const longest = Math.max(...column.header.split(/\s+/).map((word) => word.length));
  return Math.max(column.width, widthToFit(longest, true));
}

/** One item as one row, each value as it is (a number stays a number, so that it sorts and sums). */
export function writeRow<T>(sheet: ExcelJS.Worksheet, row: number, columns: Column<T>[], item: T): void {
  const wrapped: WrappedText[] = [];
  columns.forEach((column, c) => {
    const cell = sheet.getCell(row, c + 1);
    const value = column.value(item);
    cell.value = cellValue(value);
    if (column.numFmt) cell.numFmt = column.numFmt;
    const wrap = typeof value === "string" && value.length > column.width;
    cell.alignment = { vertical: "top", wrapText: wrap };
    if (wrap) wrapped.push({ text: value, width: headerWidth(column) });
  });
  if (wrapped.length > 0) sheet.getRow(row).height = rowHeight(wrapped);
}

function cellValue(value: Plain): ExcelJS.CellValue {
  if (typeof value === "string") return fitCell(value);
  if (value === null || typeof value === "number") return value;
  // The only formula: cellLink's, with the report's names inside quoted string literals.
  return { formula: value.formula, result: value.label } as ExcelJS.CellFormulaValue;
}

/** Text for a cell, or an empty cell for no text. */
export function plain(text: string | undefined): string | null {
  return text === undefined || text === "" ? null : text;
}
