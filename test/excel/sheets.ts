/** Sheets for the Excel host's tests: the project's fixtures read by the file host, and taller ones made from them. */
import { cellAt, formatAt, lastCol, lastRow, type CellRange, type SheetGrid } from "../../src/core/grid";
import { detectRequirements, type Requirements } from "../../src/excel/requirements";
import { readWorkbook } from "../../src/file/readWorkbook";
import { OfficeHost } from "../../src/excel/officeHost";
import type { DocumentStore } from "../../src/host/documentStore";
import { MemoryStore } from "../fixtures/memoryStore";
import { minorOf, type ExcelApiVersion } from "./apiSets";
import { FakeExcel, type FakeExcelOptions, type FakeSheet } from "./fakeExcel";
import { buildWorkbook, placementOf, type FormSheet, type SheetSpec } from "../fixtures/builder";

/** What the add-in detects in an Excel that has ExcelApi up to `version` ("latest": every set). */
export function requirementsAt(version: ExcelApiVersion): Requirements {
  return detectRequirements({
    isSetSupported: (name: string, wanted?: string) => name === "ExcelApi" && minorOf(wanted ?? "1.1") <= minorOf(version),
  });
}

/** A fake Excel of `version` and an OfficeHost over it that detects what it supports, as the add-in does in Excel. */
export function officeAt(
  version: ExcelApiVersion,
  sheets: (FakeSheet | SheetGrid)[],
  options: Omit<FakeExcelOptions, "version"> = {},
  store: DocumentStore = new MemoryStore(),
): { fake: FakeExcel; host: OfficeHost; store: DocumentStore; requirements: Requirements } {
  const fake = new FakeExcel(sheets, { ...options, version });
  const requirements = detectRequirements(fake.support);
  const host = new OfficeHost({ run: fake.run, requirements, store, readOnly: () => false, selectionEvents: () => fake.document });
  return { fake, host, store, requirements };
}

export const ALL_REQUIREMENTS: Requirements = requirementsAt("latest");
export const BASELINE_ONLY: Requirements = requirementsAt("1.1");

/** The grids the file host reads from the workbook the builder makes: what Excel would show for the same file. */
export async function gridsOf(specs: SheetSpec[]): Promise<SheetGrid[]> {
  return readWorkbook(await buildWorkbook(specs));
}

export async function gridOf(spec: SheetSpec): Promise<SheetGrid> {
  const [grid] = await gridsOf([spec]);
  if (!grid) throw new Error("no sheet built");
  return grid;
}

/**
 * A form sheet with its table rows repeated until the sheet has `rows` rows, merged areas included: the builder
 * would take minutes over 20,000 rows with merges (ExcelJS checks each merge against all the others).
 */
export async function tallGrid(spec: FormSheet, rows: number): Promise<SheetGrid> {
  const grid = await gridOf({ ...spec, below: [] });
  const first = placementOf(spec).firstDataRow;
  const height = lastRow(grid) - first + 1;
  const values = grid.values.slice(0, first - grid.origin.row);
  const numberFormats = grid.numberFormats?.slice(0, first - grid.origin.row) ?? [];
  const merges = grid.merges.filter((m) => m.top < first);
  for (let copy = 0; values.length < rows; copy++) {
    const shift = copy * height;
    for (let r = first; r <= lastRow(grid) && values.length < rows; r++) {
      values.push([...(grid.values[r - grid.origin.row] ?? [])]);
      numberFormats.push([...(grid.numberFormats?.[r - grid.origin.row] ?? [])]);
    }
    const bottom = grid.origin.row + rows - 1;
    const copied = grid.merges.filter((m) => m.top >= first).map((m) => shifted(m, shift));
    merges.push(...copied.filter((m) => m.bottom <= bottom));
  }
  return { ...grid, values, numberFormats, merges };
}

function shifted(merge: CellRange, rows: number): CellRange {
  return { ...merge, top: merge.top + rows, bottom: merge.bottom + rows };
}

/** A grid of the same text in every cell: a sheet as heavy as wanted. */
export function heavyGrid(name: string, rows: number, columns: number, text: string, top = 1): SheetGrid {
  return {
    name,
    origin: { row: top, col: 1 },
    values: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => `${r + top}.${c + 1} ${text}`),
    ),
    merges: [],
  };
}

/** Every cell of either grid holds the same value and number format in both. */
export function expectSameCells(actual: SheetGrid, expected: SheetGrid): void {
  const top = Math.min(actual.origin.row, expected.origin.row);
  const left = Math.min(actual.origin.col, expected.origin.col);
  const bottom = Math.max(lastRow(actual), lastRow(expected));
  const right = Math.max(lastCol(actual), lastCol(expected));
  const differences: string[] = [];
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) {
      const [a, e] = [cellAt(actual, row, col), cellAt(expected, row, col)];
      if (a !== e) differences.push(`R${row}C${col}: ${JSON.stringify(a)} ≠ ${JSON.stringify(e)}`);
      const [af, ef] = [formatAt(actual, row, col), formatAt(expected, row, col)];
      if (af !== ef) differences.push(`R${row}C${col} format: ${String(af)} ≠ ${String(ef)}`);
    }
  }
  expect(differences.slice(0, 10)).toEqual([]);
}
