/**
 * The DocumentStore of a file host: a very hidden sheet "p2check" in the workbook itself, so what the add-in keeps
 * (its summary sheet, the original fills of highlighted cells) travels with the downloaded file. A key per row in
 * column A, its JSON in column B and on, cut under Excel's 32,767 characters per cell.
 */
import type ExcelJS from "exceljs";
import type { DocumentStore } from "../host/documentStore";

export const STORE_SHEET = "p2check";
const CHUNK = 32_000;

export class SheetStore implements DocumentStore {
  private readonly values: Map<string, unknown>;

  constructor(private readonly workbook: ExcelJS.Workbook) {
    this.values = readStore(workbook);
  }

  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }

  set(key: string, value: unknown): void {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.parse(JSON.stringify(value)));
  }

  async save(): Promise<void> {
    const old = this.workbook.getWorksheet(STORE_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    if (this.values.size === 0) return;
    const sheet = this.workbook.addWorksheet(STORE_SHEET, { state: "veryHidden" });
    let row = 1;
    for (const [key, value] of this.values) {
      const json = JSON.stringify(value);
      const chunks = Array.from({ length: Math.ceil(json.length / CHUNK) }, (_, i) => json.slice(i * CHUNK, (i + 1) * CHUNK));
      sheet.getRow(row++).values = [key, ...chunks];
    }
  }
}

/** Whether a worksheet is the store, which no check or preview should show. */
export function isStoreSheet(sheet: ExcelJS.Worksheet): boolean {
  return sheet.name === STORE_SHEET && sheet.state === "veryHidden";
}

function readStore(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const values = new Map<string, unknown>();
  const sheet = workbook.getWorksheet(STORE_SHEET);
  if (!sheet || !isStoreSheet(sheet)) return values;
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
