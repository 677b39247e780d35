/**
 * A sheet to write, described without any host: cells with their values and looks, column widths and a chart.
 * The summary is laid out once as a SheetPlan (layout.ts) and every host writes the plan its own way — office.js in
 * Excel, ExcelJS in the harness and the command line — so the sheet is the same wherever it is made.
 */
import type { CellRange } from "../grid";
import type { TitleRows } from "./print";

/**
 * What goes into a cell. Text is always written as text, never parsed: a report's cell that reads
 * "=HYPERLINK(...)" stays those characters, cut to what a cell holds (cellLimit.ts). Formulas use English function names and A1 references, and carry the
 * result the check computed, so that a reader that does not recalculate (a preview, ExcelJS) shows the right number.
 */
export type PlanValue =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "formula"; formula: string; result: number | string };

export interface PlanStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Excel number format, e.g. "0.0%". */
  numFmt?: string;
  /** Solid fill, "RRGGBB". */
  fill?: string;
  /** Font colour, "RRGGBB". */
  color?: string;
  wrap?: boolean;
}

export interface PlanCell {
  /** 1-based row and column on the planned sheet. */
  row: number;
  col: number;
  value: PlanValue;
  style?: PlanStyle;
}

/** A pie chart; `source` is an A1 range on the planned sheet: categories in its first column, values in the second. */
export interface ChartPlan {
  title: string;
  source: string;
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}

export interface SheetPlan {
  /** The sheet's name; a host adds " (2)", " (3)"… when a sheet it did not make has the name. */
  name: string;
  cells: PlanCell[];
  /** Column widths in characters, from column A. */
  widths: number[];
  /** Heights in points of the rows taller than one line of plain text (wrapped text, a larger font). */
  rowHeights: { row: number; height: number }[];
  /** Rows printed at the top of every page (the sheet is printed as print.ts says). */
  titleRows?: TitleRows;
  /** Merged areas (the report made from a plan keeps the plan's). */
  merges?: CellRange[];
  /** Drop-down lists of allowed values on ranges of cells (the report's status column). */
  dropDowns?: { range: CellRange; values: string[] }[];
  chart?: ChartPlan;
}
