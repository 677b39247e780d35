/**
 * ExcelJS checks every merged area it is given against every one before it (Worksheet._mergeCellsInternal), so
 * loading a sheet costs the square of its merges: 4,510 merges (a 500-goal report) took 1.4 s, 18,010 (2,000
 * goals) 27 s, all of it before the harness could write a summary or a highlight. Upstream knows it
 * (exceljs/exceljs#2689, fix #2691 unmerged; ExcelJS 4.4.0 is the last release). Here the same check asks the cells
 * of the new area instead, whether any is already part of a merge — as many steps as the area has cells, which
 * ExcelJS walks anyway to merge them — and ExcelJS's own method then does the merging, with nothing left to compare.
 * Installed once, on the Worksheet class of the ExcelJS build in use (Node's and the harness's bundle alike).
 */
import type ExcelJS from "exceljs";

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The parts of ExcelJS's Worksheet this reaches: private, and stable in the version the lockfile pins. */
interface WorksheetInternals {
  _merges: Record<string, MergeRange>;
  _rows: ({ findCell(col: number): { isMerged: boolean; address: string } | undefined } | undefined)[];
  _mergeCellsInternal(dimensions: MergeRange, ignoreStyle?: boolean): void;
}

const INDEXED = Symbol.for("p2check.mergeCheckIndexed");

export function indexMergeCheck(excel: typeof ExcelJS): void {
  const prototype = Object.getPrototypeOf(new excel.Workbook().addWorksheet("x")) as WorksheetInternals & { [INDEXED]?: true };
  if (prototype[INDEXED]) return;
  const merge = prototype._mergeCellsInternal;
  prototype._mergeCellsInternal = function (this: WorksheetInternals, dimensions: MergeRange, ignoreStyle?: boolean) {
    if (overlapsMerge(this, dimensions)) throw new Error("Cannot merge already merged cells"); // ExcelJS's own words
    const merges = this._merges;
    this._merges = {};
    try {
      merge.call(this, dimensions, ignoreStyle);
    } finally {
      this._merges = Object.assign(merges, this._merges);
    }
  };
  prototype[INDEXED] = true;
}

/** Whether a cell of the area is already merged: a covered cell, a merge's first cell, or a one-cell merge. */
function overlapsMerge(sheet: WorksheetInternals, area: MergeRange): boolean {
  for (let row = area.top; row <= area.bottom; row++) {
    const cells = sheet._rows[row - 1];
    if (!cells) continue; // a row with no cells holds no merge
    for (let col = area.left; col <= area.right; col++) {
      const cell = cells.findCell(col);
      if (cell && (cell.isMerged || sheet._merges[cell.address])) return true;
    }
  }
  return false;
}
