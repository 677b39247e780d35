/**
 * The workbook a FileHost works on (the harness's open .xlsx, or a test's). Opened with the project's reader, which
 * gives the sheets, their grids and the store at once, without ExcelJS. ExcelJS is loaded, in a script of its own,
 * the first time something is to be written (the summary, highlights, a fix, the drop-down, a typed cell, the
 * download): `editable()`. From then on the ExcelJS workbook is what is read too, so that what was written shows.
 * No Node APIs here (no Buffer, no fs): the browser harness runs this module too.
 */
import type ExcelJS from "exceljs";
import type { SheetGrid } from "../core/grid";
import { cellFills, type CellFill } from "./cellFills";
import { gridOf } from "./excelGrid";
import { readBook, rowsFromA, type Book } from "./readWorkbook";
import { isStoreWorksheet, worksheetRows } from "./storeSheet";
import { readSheetFills, readStyleFills } from "./xlsx/fills";

export interface SheetInfo {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
}

export class FileWorkbook {
  private loading: Promise<ExcelJS.Workbook> | undefined;
  private styleFills: ReturnType<typeof readStyleFills> | undefined;

  private constructor(
    private readonly file: { bytes: Uint8Array; book: Book } | undefined,
    private workbook: ExcelJS.Workbook | undefined,
  ) {
    if (workbook) hideStore(workbook);
  }

  /** Reads the file's bytes; refuses what is not a readable workbook with data (UnreadableWorkbookError). */
  static async open(bytes: Uint8Array): Promise<FileWorkbook> {
    return new FileWorkbook({ bytes, book: await readBook(bytes) }, undefined);
  }

  /** A workbook already loaded with ExcelJS. */
  static of(workbook: ExcelJS.Workbook | FileWorkbook): FileWorkbook {
    return workbook instanceof FileWorkbook ? workbook : new FileWorkbook(undefined, workbook);
  }

  /** The ExcelJS workbook, loaded from the file on the first call; what every write goes into. */
  editable(): Promise<ExcelJS.Workbook> {
    if (this.workbook) return Promise.resolve(this.workbook);
    this.loading ??= this.load();
    return this.loading;
  }

  /**
   * Resolves once ExcelJS holds the workbook, if it is being loaded for a write (else at once): a read that waits
   * for it reads what that write changed (the write's own continuation runs first, having asked first).
   */
  settled(): Promise<void> {
    const done = () => undefined; // a failed load is the write's to report
    return this.loading ? this.loading.then(done, done) : Promise.resolve();
  }

  /** Whether ExcelJS holds the workbook (something has been, or is being, written). */
  get loaded(): boolean {
    return this.workbook !== undefined;
  }

  /** The worksheets in tab order, hidden ones included, the add-in's store left out. */
  sheets(): SheetInfo[] {
    if (this.workbook) return this.workbook.worksheets.filter((sheet) => !isStoreWorksheet(sheet)).map(({ name, state }) => ({ name, state }));
    return this.readSheets().map(({ name, state }) => ({ name, state }));
  }

  /** A worksheet's grid, as the check reads it; undefined when there is no sheet of that name (or it is the store). */
  grid(name: string): SheetGrid | undefined {
    if (this.workbook) {
      const sheet = this.workbook.getWorksheet(name);
      return sheet && !isStoreWorksheet(sheet) ? gridOf(this.workbook, sheet) : undefined;
    }
    return this.readSheets().find((sheet) => sheet.name === name)?.grid;
  }

  /** The fills of a sheet's cells in its first `maxRow` rows (A1 → colour), for the preview. */
  fills(name: string, maxRow: number): Map<string, CellFill> {
    if (this.workbook) {
      const sheet = this.workbook.getWorksheet(name);
      return sheet ? cellFills(sheet, maxRow) : new Map();
    }
    const { book } = this.file as { book: Book };
    const sheet = book.sheets.find((each) => each.name === name);
    const xml = sheet && book.zip.read(sheet.path);
    if (!xml) return new Map();
    this.styleFills ??= readStyleFills(book.stylesPath ? book.zip.read(book.stylesPath) : undefined);
    return readSheetFills(xml, this.styleFills, maxRow);
  }

  /** The store sheet's rows from column A, or undefined when the workbook has none. */
  storeRows(): unknown[][] | undefined {
    if (this.workbook) {
      const sheet = this.workbook.worksheets.find(isStoreWorksheet);
      return sheet && worksheetRows(sheet);
    }
    const store = (this.file as { book: Book }).book.sheets.find((sheet) => sheet.store);
    return store && rowsFromA(store.grid);
  }

  private readSheets(): Book["sheets"] {
    return (this.file as { book: Book }).book.sheets.filter((sheet) => !sheet.store);
  }

  private async load(): Promise<ExcelJS.Workbook> {
    const { load } = await import(/* webpackChunkName: "exceljs" */ "./excelWorkbook");
    const workbook = await load((this.file as { bytes: Uint8Array }).bytes);
    hideStore(workbook);
    this.workbook = workbook;
    return workbook;
  }
}

/**
 * A store saved by LibreOffice, merely hidden, is made very hidden again as soon as ExcelJS holds the workbook, so
 * that every file written from it carries the store very hidden.
 */
function hideStore(workbook: ExcelJS.Workbook): void {
  const store = workbook.worksheets.find(isStoreWorksheet);
  if (store) store.state = "veryHidden";
}
