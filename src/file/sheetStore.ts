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
import { FileWorkbook } from "./fileWorkbook";
import { storeSheetOf, storeValues, STORE_SHEET } from "./storeSheet";

export { STORE_SHEET };

const CHUNK = 32_000;

export class SheetStore extends MapStore {
  private readonly book: FileWorkbook;

  constructor(workbook: FileWorkbook | ExcelJS.Workbook) {
    super();
    this.book = FileWorkbook.of(workbook);
    const rows = this.book.storeRows();
    for (const [key, value] of (rows && storeValues(rows)) ?? []) this.values.set(key, value);
  }

  async save(): Promise<void> {
    const workbook = await this.book.editable();
    // Only the very hidden store goes; a sheet of the user's that happens to be called "p2check" stays, and the
    // store then takes the next free name.
    const old = storeSheetOf(workbook);
    if (old) workbook.removeWorksheet(old.id);
    if (this.values.size === 0) return;
    const taken = workbook.worksheets.map((sheet) => sheet.name);
    const sheet = workbook.addWorksheet(freeSheetName(STORE_SHEET, taken), { state: "veryHidden" });
    let row = 1;
    for (const [key, value] of this.values) {
      const json = JSON.stringify(value);
      const chunks = Array.from({ length: Math.ceil(json.length / CHUNK) }, (_, i) => json.slice(i * CHUNK, (i + 1) * CHUNK));
      sheet.getRow(row++).values = [key, ...chunks];
    }
  }
}

