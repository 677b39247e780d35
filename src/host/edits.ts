/**
 * What the add-in may change in the user's workbook, always on an explicit click and always undoable exactly:
 * highlights (a fill on the cells with issues, cleared back to each cell's own fill), status texts written from a
 * suggestion, and the status drop-down. Host-neutral types; the office-js and ExcelJS hosts do the work.
 */
import type { Severity } from "../core/report";

/** A cell to highlight, in the colour of its issue's severity. */
export interface CellMark {
  sheet: string;
  /** A1 address, as the issue names it (for a merged area, the cell the issue names). */
  cell: string;
  severity: Severity;
}

/** The fill a highlight gives, by severity: Excel's own "bad", "neutral" and a pale blue, so text stays legible. */
export const HIGHLIGHT_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/** The DocumentStore key under which a host keeps the original fills of highlighted cells. */
export const HIGHLIGHTS_KEY = "highlights";

/** One highlight per cell: where several issues share a cell, the most severe colours it. */
export function strongestMarks(marks: readonly CellMark[]): CellMark[] {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const byCell = new Map<string, CellMark>();
  for (const mark of marks) {
    const key = cellKey(mark.sheet, mark.cell);
    const seen = byCell.get(key);
    if (!seen || rank[mark.severity] > rank[seen.severity]) byCell.set(key, mark);
  }
  return [...byCell.values()];
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** A text to write into one cell (a status from its suggestion). It is written as text, whatever it says. */
export interface TextWrite {
  sheet: string;
  cell: string;
  text: string;
}

/** Puts back exactly what a change replaced; the pane keeps these on its undo stack. */
export type Revert = () => Promise<void>;

/** The status drop-down: a list validation over the status cells of the report's rows. */
export interface DropDown {
  sheet: string;
  /** A1 range of the status column's data rows, e.g. "M9:M40". */
  range: string;
  values: readonly string[];
}

/** What adding the drop-down did: added (and how to take it off again), or left alone a rule already there. */
export type DropDownResult = { added: true; revert: Revert } | { added: false };

/**
 * Whether Excel would read a typed text as something else (a formula, a number, a date, a boolean, an error):
 * such text is written with the Text number format, so that it stays exactly the text it was.
 */
export function needsTextFormat(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return text !== "";
  if (/^[=+\-@'{]/.test(trimmed)) return true;
  if (/^#/.test(trimmed)) return true;
  if (/^(true|false|истина|лъжа)$/i.test(trimmed)) return true;
  // Anything starting with a digit, a decimal point or a currency sign may be a number, a date, a time or a percent.
  return /^[\d.,(%$€£]/.test(trimmed);
}
