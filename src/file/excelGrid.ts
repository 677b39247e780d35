/**
 * An ExcelJS worksheet as a SheetGrid, with the values Excel's own API would report: for the hosts that change a
 * workbook (the harness's open .xlsx once something is written). Only ExcelJS's types here, not ExcelJS itself, so
 * that the harness can show a workbook's grids before ExcelJS is loaded; the file's reader (readWorkbook.ts) gives
 * the same grids (a differential test holds the two together).
 * No Node APIs here (no Buffer, no fs): the browser harness runs this module too.
 */
import type ExcelJS from "exceljs";
import type { CellRange, CellValue, SheetGrid } from "../core/grid";
import { shortMessage, UnreadableWorkbookError } from "./errors";

/** One worksheet of a loaded workbook as a SheetGrid. */
export function gridOf(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): SheetGrid {
  const date1904 = workbook.properties?.date1904 === true;
  try {
    return readSheet(sheet, date1904);
  } catch (error) {
    // Loaded but with a shape we did not expect: still the user's file that cannot be read, not a crash.
    throw new UnreadableWorkbookError("file.damaged", shortMessage(error));
  }
}

interface ReadCell {
  row: number;
  col: number;
  value: CellValue;
  format: string | null;
}

function readSheet(sheet: ExcelJS.Worksheet, date1904: boolean): SheetGrid {
  const cells = nonEmptyCells(sheet, date1904);
  const merges = mergesOf(sheet);
  const name = sheet.name;
  if (cells.length === 0) return { name, origin: { row: 1, col: 1 }, values: [], numberFormats: [], merges };

  // The grid starts at the first row and column holding a value. Excel's used range also counts merely formatted
  // cells, so the two hosts' origins may differ; values are addressed by sheet coordinates, so that is harmless.
  const top = cells[0]?.row ?? 1;
  const bottom = cells[cells.length - 1]?.row ?? top;
  const left = cells.reduce((min, cell) => Math.min(min, cell.col), Infinity);
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => []);
  const numberFormats: (string | null)[][] = Array.from({ length: bottom - top + 1 }, () => []);
  for (const cell of cells) {
    const line = values[cell.row - top] as CellValue[];
    const formats = numberFormats[cell.row - top] as (string | null)[];
    // Cells arrive left to right, so filling the gap before each one keeps the rows dense (but ragged at the end).
    while (line.length < cell.col - left) {
      line.push(null);
      formats.push(null);
    }
    line.push(cell.value);
    formats.push(cell.format);
  }
  return { name, origin: { row: top, col: left }, values, numberFormats, merges };
}

/** Cells with a value, row by row and left to right (the order ExcelJS keeps them in). */
function nonEmptyCells(sheet: ExcelJS.Worksheet, date1904: boolean): ReadCell[] {
  const cells: ReadCell[] = [];
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      const value = valueOf(cell, date1904);
      if (value !== null) cells.push({ row: rowNumber, col: colNumber, value, format: formatOf(cell) });
    });
  });
  return cells;
}

function valueOf(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  // ExcelJS answers a merged cell's value with its master's; Excel reports those cells as empty, and so must we.
  // (A cell other than its area's top-left one has another master: ExcelJS's type Merge, without ExcelJS's enum.)
  if (cell.master !== cell) return null;
  return plain(cell.value, date1904);
}

/** ExcelJS's cell value (plain, Date, rich text, formula, hyperlink, error) as the plain value Excel reports. */
function plain(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return excelSerial(value, date1904);
  if (typeof value !== "object") return null;
  if ("richText" in value && Array.isArray(value.richText)) return richTextOf(value.richText);
  if ("error" in value) return plain(value.error, date1904);
  // A formula is its cached result; a formula never calculated has none.
  if ("formula" in value || "sharedFormula" in value) return "result" in value ? plain(value.result, date1904) : null;
  if ("text" in value) return plain(value.text, date1904);
  return null;
}

function richTextOf(runs: unknown[]): string {
  return runs.map((run) => (run && typeof run === "object" && "text" in run ? String(run.text) : "")).join("");
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const UNIX_EPOCH_SERIAL = 25569; // 1970-01-01 in the 1900 date system
const DAYS_1900_TO_1904 = 1462;

/**
 * ExcelJS turns numbers with a date format into Dates (rounded to the millisecond, in UTC); Excel reports the stored
 * serial. Back to the serial, rounded to 1e-8 day (under a millisecond) so 0.5 stays 0.5 rather than 0.5000000001.
 */
function excelSerial(date: Date, date1904: boolean): number | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  const serial = UNIX_EPOCH_SERIAL + time / MS_PER_DAY - (date1904 ? DAYS_1900_TO_1904 : 0);
  return Math.round(serial * 1e8) / 1e8;
}

function formatOf(cell: ExcelJS.Cell): string | null {
  const format = cell.numFmt;
  return format && format !== "General" ? format : null;
}

/**
 * ExcelJS keeps the merge list privately (keyed by master address); its public `model.merges` would rebuild the
 * whole sheet model. The version is pinned and the tests check merges, so a rename would not go unnoticed.
 */
function mergesOf(sheet: ExcelJS.Worksheet): CellRange[] {
  const list = (sheet as unknown as { _merges?: Record<string, CellRange | undefined> })._merges ?? {};
  return Object.values(list)
    .filter((range): range is CellRange => range !== undefined)
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
