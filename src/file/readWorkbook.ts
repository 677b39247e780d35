/**
 * The command line's and the harness's reader: .xlsx bytes → one SheetGrid per worksheet, with the values Excel's
 * own API would report, so the core sees the same grid from a file as from the Excel task pane. Only the parts the
 * check needs are unzipped (fflate) and streamed (saxes); ExcelJS is not loaded to read.
 * No Node APIs here (no Buffer, no fs): the browser harness runs this module too.
 */
import { isBlank, type SheetGrid } from "../core/grid";
import { classifyBytes, classifyLoadFailure, shortMessage, UnreadableWorkbookError } from "./errors";
import { isStoreSheet } from "./sheetStore";
import { DEFAULT_LIMITS, type ReadLimits } from "./xlsx/limits";
import { readSharedStrings } from "./xlsx/sharedStrings";
import { readSheetPart } from "./xlsx/sheetPart";
import { readStyles } from "./xlsx/styles";
import { readWorkbookPart, type WorkbookPart } from "./xlsx/workbookPart";
import { openZip, type ZipParts } from "./xlsx/zip";

/** Reads every worksheet, in tab order, hidden ones included; chart sheets have no cells and are left out. */
export async function readWorkbook(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<SheetGrid[]> {
  const refused = classifyBytes(bytes);
  if (refused) throw new UnreadableWorkbookError(refused);
  const zip = openParts(bytes, limits);
  const grids = within(bytes, () => readGrids(zip, limits));
  if (!grids.some(hasData)) throw new UnreadableWorkbookError("file.empty");
  return grids;
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

function readGrids(zip: ZipParts, limits: ReadLimits): SheetGrid[] {
  const workbook = readWorkbookPart(zip);
  const sheets = workbook.sheets.filter((sheet) => sheet.path && !isStoreSheet(sheet));
  if (sheets.length === 0) return [];
  const context = sharedContext(zip, workbook, limits);
  const grids = sheets.map((sheet) => {
    const bytes = zip.read(sheet.path as string);
    if (!bytes) throw new UnreadableWorkbookError("file.damaged", `${sheet.path} is missing`);
    try {
      return readSheetPart(bytes, { ...context, name: sheet.name });
    } catch (error) {
      if (error instanceof UnreadableWorkbookError) throw error;
      // Which sheet is broken, and where in its XML: "Отчет, 1:48: unclosed tag: sheetData".
      throw new UnreadableWorkbookError("file.damaged", `${sheet.name}, ${shortMessage(error)}`);
    }
  });
  // The store as LibreOffice saves it, merely hidden, is known by its rows once read.
  return grids.filter((grid, i) => !isStoreSheet(sheets[i] as (typeof sheets)[number], () => rowsFromA(grid)));
}

/** A grid's rows as they stand on the sheet from column A. */
function rowsFromA(grid: SheetGrid): unknown[][] {
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
