/**
 * A workbook opened with ExcelJS: for writing into (the harness loads this module, and ExcelJS with it, the first time
 * something is written), and as the second reader the differential tests hold the project's reader against.
 * No Node APIs here (no Buffer, no fs): the browser harness runs this module too.
 */
import ExcelJS from "./exceljs";
import { isBlank, type SheetGrid } from "../core/grid";
import { classifyBytes, classifyLoadFailure, hasWorkbookPart, UnreadableWorkbookError } from "./errors";
import { gridOf } from "./excelGrid";
import { isStoreWorksheet } from "./storeSheet";

export { gridOf };

/** Every worksheet through ExcelJS, in tab order, hidden ones included; chart sheets are left out. */
export async function readWorkbookWithExcelJS(bytes: Uint8Array): Promise<SheetGrid[]> {
  return (await open(bytes)).grids;
}

/**
 * Opens the bytes as an ExcelJS workbook, refusing what is not a readable workbook with data (UnreadableWorkbookError).
 * The harness keeps the workbook itself, to read sheets again and to write into it.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return (await open(bytes)).workbook;
}

async function open(bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; grids: SheetGrid[] }> {
  const refused = classifyBytes(bytes);
  if (refused) throw new UnreadableWorkbookError(refused);
  const workbook = await load(bytes);
  const grids = toGrids(workbook);
  if (!grids.some(hasData)) {
    // ExcelJS happily "loads" any ZIP (a .docx, a plain archive) as a workbook with no sheets.
    throw new UnreadableWorkbookError(hasWorkbookPart(bytes) ? "file.empty" : "file.notWorkbook");
  }
  return { workbook, grids };
}

/** The bytes as an ExcelJS workbook, for writing into: the reader has read them already, so no grids are made here. */
export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // JSZip (under ExcelJS) takes an ArrayBuffer in Node and in the browser alike. Copy into a fresh one: a Node
    // Buffer is often a view into a larger shared pool, so `bytes.buffer` alone could hand over someone else's bytes.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw classifyLoadFailure(bytes, error);
  }
  return workbook;
}

function toGrids(workbook: ExcelJS.Workbook): SheetGrid[] {
  // The add-in's own store sheet (see sheetStore.ts) is state, not a sheet of the report.
  return workbook.worksheets.filter((sheet) => !isStoreWorksheet(sheet)).map((sheet) => gridOf(workbook, sheet));
}

function hasData(grid: SheetGrid): boolean {
  return grid.values.some((row) => row.some((value) => !isBlank(value)));
}

