/**
 * The DocumentStore of a file host: a very hidden sheet "p2check" in the workbook itself, so what the add-in keeps
 * (its summary sheet, the original fills of highlighted cells) travels with the downloaded file. A key per row in
 * column A, its JSON in column B and on, cut under Excel's 32,767 characters per cell.
 *
 * LibreOffice saves a very hidden sheet as merely hidden. A hidden sheet of that name whose rows are all store rows
 * (a key, then JSON) is still the store, and it is made very hidden again at once, so that every file written from
 * this workbook carries it very hidden; a hidden sheet of the user's that merely has the name is left alone.
 */
import type ExcelJS from "exceljs";
import { MapStore } from "../host/mapStore";
import { freeSheetName } from "../host/sheetNames";

export const STORE_SHEET = "p2check";
const CHUNK = 32_000;

export class SheetStore extends MapStore {
  constructor(private readonly workbook: ExcelJS.Workbook) {
    super();
    const sheet = storeSheetOf(workbook);
    if (!sheet) return;
    sheet.state = "veryHidden";
    for (const [key, value] of storeValues(worksheetRows(sheet)) ?? []) this.values.set(key, value);
  }

  async save(): Promise<void> {
    // Only the very hidden store goes; a sheet of the user's that happens to be called "p2check" stays, and the
    // store then takes the next free name.
    const old = storeSheetOf(this.workbook);
    if (old) this.workbook.removeWorksheet(old.id);
    if (this.values.size === 0) return;
    const taken = this.workbook.worksheets.map((sheet) => sheet.name);
    const sheet = this.workbook.addWorksheet(freeSheetName(STORE_SHEET, taken), { state: "veryHidden" });
    let row = 1;
    for (const [key, value] of this.values) {
      const json = JSON.stringify(value);
      const chunks = Array.from({ length: Math.ceil(json.length / CHUNK) }, (_, i) => json.slice(i * CHUNK, (i + 1) * CHUNK));
      sheet.getRow(row++).values = [key, ...chunks];
    }
  }
}

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

function storeSheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find(isStoreWorksheet);
}

/**
 * The store's keys and values, or undefined when the rows hold anything else: no rows, a row without a key or whose
 * JSON does not parse (a store damaged by hand is forgotten rather than trusted; a user's sheet is not one).
 */
function storeValues(rows: unknown[][]): Map<string, unknown> | undefined {
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
function worksheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
