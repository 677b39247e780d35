/**
 * SheetGrid: the host-neutral snapshot of one worksheet that every host (Excel, .xlsx file) hands to the core.
 * Coordinates are those of the sheet (1-based rows and columns), whatever part of the sheet was read. A snapshot is
 * not changed once handed over: the core remembers what it found in a grid (its merge index, its layout), so a host
 * reads a new grid each time.
 */
import { oncePerObject } from "./memo";

/** What a cell holds once read: text, a number, a boolean, or nothing. Dates arrive as numbers (Excel serials). */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Sheet row and column of values[0][0] (Excel's used range may start anywhere). */
  origin: { row: number; col: number };
  /** values[r][c] is the cell at sheet row origin.row + r, column origin.col + c. Rows may be ragged. */
  values: CellValue[][];
  /** Number formats in the same shape as values; missing means "General". */
  numberFormats?: (string | null | undefined)[][];
  /** Merged areas on the sheet. */
  merges: CellRange[];
}

export function lastRow(grid: SheetGrid): number {
  return grid.origin.row + grid.values.length - 1;
}

const widthOf = oncePerObject((grid: SheetGrid) => grid.values.reduce((max, row) => Math.max(max, row.length), 0));

/** The last column read; loops test it on every step, so it is worked out once per grid. */
export function lastCol(grid: SheetGrid): number {
  return grid.origin.col + widthOf(grid) - 1;
}

/** The value at a sheet row and column; null outside what was read. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

export function formatAt(grid: SheetGrid, row: number, col: number): string | undefined {
  return grid.numberFormats?.[row - grid.origin.row]?.[col - grid.origin.col] ?? undefined;
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Letters to column number: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "B12" → { row: 12, col: 2 }; undefined for anything else. */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!match) return undefined;
  return { row: Number(match[2]), col: columnNumber(match[1] as string) };
}

/** Finds the merged area that holds a cell. */
export interface MergeIndex {
  at(row: number, col: number): CellRange | undefined;
}

/** Merges larger than this (whole rows or columns merged) are searched rather than listed row by row. */
const INDEXED_MERGE_CELLS = 10_000;

/**
 * The grid's merge index, built once per grid (big reports have thousands of merges). Each row lists the few
 * merges that cross it, so a lookup is an array index and a short scan: the rules ask for a merge on every field of
 * every row, and most cells are in none.
 */
export const mergeIndexOf = oncePerObject((grid: SheetGrid): MergeIndex => buildMergeIndex(grid.merges));

function buildMergeIndex(merges: CellRange[]): MergeIndex {
  const byRow: CellRange[][] = [];
  const huge: CellRange[] = [];
  for (const merge of merges) {
    if ((merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) > INDEXED_MERGE_CELLS) {
      huge.push(merge);
      continue;
    }
    for (let r = merge.top; r <= merge.bottom; r++) (byRow[r] ??= []).push(merge);
  }
  const holds = (m: CellRange, row: number, col: number) =>
    row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
  return {
    at(row, col) {
      const crossing = byRow[row];
      // From the last: should merges overlap (Excel refuses that, other writers may not), the later one holds the cell.
      for (let i = (crossing?.length ?? 0) - 1; i >= 0; i--) {
        const merge = (crossing as CellRange[])[i] as CellRange;
        if (col >= merge.left && col <= merge.right) return merge;
      }
      return huge.length === 0 ? undefined : huge.find((m) => holds(m, row, col));
    },
  };
}

/** The merged area that holds a cell, if any. */
export function mergeAt(grid: SheetGrid, row: number, col: number): CellRange | undefined {
  return mergeIndexOf(grid).at(row, col);
}

/** True when the value is empty or whitespace only. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
