/**
 * The command line's and the harness's reader: .xlsx bytes → one SheetGrid per worksheet, with the values Excel's
 * own API would report, so the core sees the same grid from a file as from the Excel task pane. Only the parts the
 * check needs are unzipped (fflate) and streamed (saxes); ExcelJS is not loaded to read.
 * No Node APIs here (no Buffer, no fs): the browser harness runs this module too.
 */
import { isBlank, type SheetGrid } from "../core/grid";
import { classifyBytes, classifyLoadFailure, shortMessage, UnreadableWorkbookError } from "./errors";
import { isStoreSheet } from "./storeSheet";
import { DEFAULT_LIMITS, type ReadLimits } from "./xlsx/limits";
import { readSharedStrings } from "./xlsx/sharedStrings";
import { readSheetPart } from "./xlsx/sheetPart";
import { readStyles } from "./xlsx/styles";
import { readWorkbookPart, type SheetEntry, type SheetState, type WorkbookPart } from "./xlsx/workbookPart";
import { openZip, type ZipParts } from "./xlsx/zip";

/** Reads every worksheet, in tab order, hidden ones included; chart sheets have no cells and are left out. */
export async function readWorkbook(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<SheetGrid[]> {
  return (await readBook(bytes, limits)).sheets.filter((sheet) => !sheet.store).map((sheet) => sheet.grid);
}

/** A worksheet as read: its grid, where it is in the zip, and whether it is the add-in's store (see sheetStore.ts). */
export interface BookSheet {
  name: string;
  state: SheetState;
  path: string;
  grid: SheetGrid;
  store: boolean;
}

/** The worksheets with the store among them, and the zip, for what the harness reads later (a sheet's fills). */
export interface Book {
  sheets: BookSheet[];
  zip: ZipParts;
  stylesPath?: string;
}

/** readWorkbook, keeping the store sheet and the zip: the harness's view of a file before anything is written. */
export async function readBook(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<Book> {
  const refused = classifyBytes(bytes);
  if (refused) throw new UnreadableWorkbookError(refused);
  const zip = openParts(bytes, limits);
  const book = within(bytes, () => readSheets(zip, limits));
  if (!book.sheets.some((sheet) => !sheet.store && hasData(sheet.grid))) throw new UnreadableWorkbookError("file.empty");
  return book;
}

function openParts(bytes: Uint8Array, limits: ReadLimits): ZipParts {
  try {
    return openZip(bytes, limits);
  } catch (error) {
    throw classifyLoadFailure(bytes, error);
  }
}

/** Our own refusals pass through; anything else thrown while parsing means the file is damaged. */
function within<T>(bytes: Uint8Array, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    throw classifyLoadFailure(bytes, new Error(shortMessage(error)));
  }
}

function readSheets(zip: ZipParts, limits: ReadLimits): Book {
  const workbook = readWorkbookPart(zip);
  const entries = workbook.sheets.filter((sheet): sheet is SheetEntry & { path: string } => sheet.path !== undefined);
  const book: Book = { sheets: [], zip, stylesPath: workbook.stylesPath };
  if (entries.length === 0) return book;
  const context = sharedContext(zip, workbook, limits);
  for (const entry of entries) {
    // The very hidden store is the add-in's, whatever it holds: a damaged one is forgotten, never the file refused.
    const storeByName = isStoreSheet(entry);
    let grid: SheetGrid;
    try {
      grid = readSheet(zip, entry, context);
    } catch (error) {
      if (storeByName) continue;
      throw error;
    }
    // The store as LibreOffice saves it, merely hidden, is known by its rows once read.
    const store = storeByName || isStoreSheet(entry, () => rowsFromA(grid));
    book.sheets.push({ name: entry.name, state: entry.state, path: entry.path, grid, store });
  }
  return book;
}

function readSheet(zip: ZipParts, sheet: SheetEntry & { path: string }, context: ReturnType<typeof sharedContext>): SheetGrid {
  const bytes = zip.read(sheet.path);
  if (!bytes) throw new UnreadableWorkbookError("file.damaged", `${sheet.path} is missing`);
  try {
    return readSheetPart(bytes, { ...context, name: sheet.name });
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    // Which sheet is broken, and where in its XML: "Отчет, 1:48: unclosed tag: sheetData".
    throw new UnreadableWorkbookError("file.damaged", `${sheet.name}, ${shortMessage(error)}`);
  }
}

/** A grid's rows as they stand on the sheet from column A. */
export function rowsFromA(grid: SheetGrid): unknown[][] {
  const before = Array<null>(grid.origin.col - 1).fill(null);
  return grid.values.map((row) => [...before, ...row]);
}

function sharedContext(zip: ZipParts, workbook: WorkbookPart, limits: ReadLimits) {
  return {
    sharedStrings: readSharedStrings(workbook.sharedStringsPath ? zip.read(workbook.sharedStringsPath) : undefined),
    styles: readStyles(workbook.stylesPath ? zip.read(workbook.stylesPath) : undefined),
    date1904: workbook.date1904,
    limits,
  };
}

function hasData(grid: SheetGrid): boolean {
  return grid.values.some((row) => row.some((value) => !isBlank(value)));
}
