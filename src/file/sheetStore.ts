/**
 * The DocumentStore of a file host: a very hidden sheet "p2check" in the workbook itself, so what the add-in keeps
 * (its summary sheet, the original fills of highlighted cells) travels with the downloaded file. A key per row in
 * column A, its JSON in column B and on, cut under Excel's 32,767 characters per cell.
 */
import type ExcelJS from "exceljs";
import { MapStore } from "../host/mapStore";
import { freeSheetName } from "../host/sheetNames";

export const STORE_SHEET = "p2check";
const CHUNK = 32_000;

export class SheetStore extends MapStore {
  constructor(private readonly workbook: ExcelJS.Workbook) {
    super();
    for (const [key, value] of readStore(workbook)) this.values.set(key, value);
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

/** Whether a worksheet is the store, which no check or preview should show: "p2check" or "p2check (2)"…, very hidden. */
/** The add-in's state sheet, by name and visibility (an ExcelJS worksheet, or a sheet the fast reader listed). */
export function isStoreSheet(sheet: { name: string; state?: string }): boolean {
  return sheet.state === "veryHidden" && (sheet.name === STORE_SHEET || /^p2check \(\d+\)$/.test(sheet.name));
}

function storeSheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find(isStoreSheet);
}

function readStore(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const values = new Map<string, unknown>();
  const sheet = storeSheetOf(workbook);
  if (!sheet) return values;
  sheet.eachRow((row) => {
    const [key, ...chunks] = (row.values as unknown[]).slice(1).map((cell) => (typeof cell === "string" ? cell : ""));
    if (!key) return;
    try {
      values.set(key, JSON.parse(chunks.join("")));
    } catch {
      // A store damaged by hand is forgotten rather than trusted.
    }
  });
  return values;
}
