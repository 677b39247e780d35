/**
 * Excel's answer for a block of cells → the SheetGrid's values and formats, the same way the file host reads an
 * .xlsx (src/file/readWorkbook.ts), so that the core sees one grid whichever host it came from.
 */
import type { CellValue } from "../core/grid";

/**
 * Excel reports an empty cell as "" and the grid says null; numbers (dates are serials), text and booleans pass
 * as they are. An error value comes as its text ("#N/A") and stays text: the rules show it as written.
 */
export function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

/**
 * `Range.numberFormat` is the format code in Excel's invariant (English) form whatever the UI language, so
 * "General" is the only spelling of the default, which the grid leaves out.
 */
export function toNumberFormat(format: unknown): string | null {
  return typeof format === "string" && format !== "" && format !== "General" ? format : null;
}

export function toValueRows(values: readonly (readonly unknown[])[]): CellValue[][] {
  return values.map((row) => row.map(toCellValue));
}

export function toFormatRows(formats: readonly (readonly unknown[])[]): (string | null)[][] {
  return formats.map((row) => row.map(toNumberFormat));
}
