/**
 * Which sheet is the add-in's store (see sheetStore.ts), and what it holds: for the reader, which leaves the store out
 * of the report's sheets, and for the store itself. Only ExcelJS's types here, so the command line's reader does not
 * bring the store's writing along.
 */
import type ExcelJS from "exceljs";

export const STORE_SHEET = "p2check";

/**
 * Whether a sheet is the store, which no check or preview should show: named "p2check" or "p2check (2)"…, and very
 * hidden, or hidden (as LibreOffice saves it) with nothing but store rows in it. `rows` gives the sheet's rows from
 * column A, asked for only for a hidden sheet of that name. Serves the fast reader's sheet list and ExcelJS alike.
 */
export function isStoreSheet(sheet: { name: string; state?: string }, rows?: () => unknown[][]): boolean {
  if (sheet.name !== STORE_SHEET && !/^p2check \(\d+\)$/.test(sheet.name)) return false;
  if (sheet.state === "veryHidden") return true;
  return sheet.state === "hidden" && rows !== undefined && storeValues(rows()) !== undefined;
}

/** isStoreSheet for an ExcelJS worksheet, which can show its rows. */
export function isStoreWorksheet(sheet: ExcelJS.Worksheet): boolean {
  return isStoreSheet(sheet, () => worksheetRows(sheet));
}

export function storeSheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find(isStoreWorksheet);
}

/**
 * The store's keys and values, or undefined when the rows hold anything else: no rows, a row without a key or whose
 * JSON does not parse (a store damaged by hand is forgotten rather than trusted; a user's sheet is not one).
 */
export function storeValues(rows: unknown[][]): Map<string, unknown> | undefined {
  const values = new Map<string, unknown>();
  const filled = rows.filter((row) => row.some((cell) => cell !== null && cell !== undefined && cell !== ""));
  if (filled.length === 0) return undefined;
  for (const row of filled) {
    const [key, ...chunks] = row.map((cell) => (typeof cell === "string" ? cell : ""));
    try {
      if (!key) return undefined;
      values.set(key, JSON.parse(chunks.join("")));
    } catch {
      return undefined;
    }
  }
  return values;
}

/** A worksheet's rows from column A, as ExcelJS holds their values. */
export function worksheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
