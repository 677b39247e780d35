/**
 * What a workbook may make us do before it is refused. Excel's own grid limits, and how much XML one part may
 * inflate to: a 1 MB zip can declare gigabytes, and nothing is allocated by what a file merely declares.
 */
export interface ReadLimits {
  /** The most bytes one part (a sheet, the shared strings, the styles) may inflate to. */
  maxPartBytes: number;
  /** The most cells the grid of one sheet may hold, blanks between values included (rows are dense). */
  maxGridCells: number;
}

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

export const DEFAULT_LIMITS: ReadLimits = {
  // A report of 50,000 goals is about 60 MB of sheet XML; 200 MB leaves room and still bounds memory.
  maxPartBytes: 200 * 1024 * 1024,
  // 50,000 goals × 20 columns is 1,000,000; five times that is still checked within the command line's budget.
  maxGridCells: 5_000_000,
};
