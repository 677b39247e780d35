/**
 * What the pane's quick fixes and highlights change, worked out from the Report (and the grid it was checked from):
 * the status fixes with their old and new text for the preview, the cells to highlight, the drop-down's range; and
 * the undo stack, a list of changes the pane can take back, newest first.
 */
import { STATUSES } from "../../core/fields";
import { cellAt, parseAddress, type SheetGrid } from "../../core/grid";
import type { Params } from "../../core/i18n/format";
import type { StringKey } from "../../core/i18n/strings";
import type { Issue, Report } from "../../core/report";
import type { CellMark, DropDown, Revert, TextWrite } from "../../host/edits";

/** One status to set from its suggestion: the cell, what it says now, what it will say. */
export interface StatusFix extends TextWrite {
  from: string;
}

/** The rules whose suggestion is a status to write in: a misspelt one, and one with an invisible character in it. */
const STATUS_FIX_RULES: readonly string[] = ["status.invalid", "status.invisibleCharacter"];

/** Whether an issue carries a status the add-in can write in for the user. */
export function isStatusFix(issue: Issue): issue is Issue & { suggestion: string } {
  return STATUS_FIX_RULES.includes(issue.rule) && issue.suggestion !== undefined && issue.suggestion !== "";
}

/** The fix of one issue; `from` is the cell's text as checked (the issue's cell on the grid). */
export function statusFix(issue: Issue & { suggestion: string }, grid?: SheetGrid): StatusFix {
  const at = parseAddress(issue.cell);
  const value = grid && at && grid.name === issue.sheet ? cellAt(grid, at.row, at.col) : null;
  return { sheet: issue.sheet, cell: issue.cell, from: value === null ? "" : String(value), text: issue.suggestion };
}

/** Every status the check has a suggestion for, in the sheet's order. */
export function statusFixes(report: Report, grid?: SheetGrid): StatusFix[] {
  return report.issues.filter(isStatusFix).map((issue) => statusFix(issue, grid));
}

/** The cells to highlight: every issue's cell with its severity. */
export function marksOf(report: Report): CellMark[] {
  return report.issues.map(({ sheet, cell, severity }) => ({ sheet, cell, severity }));
}

/** The status column over the table's rows, when the check found both. */
export function statusDropDown(report: Report): DropDown | undefined {
  const column = report.layout.columns.status;
  const { firstDataRow, lastDataRow } = report.layout;
  if (!report.layout.found || report.form !== "report" || !column || !firstDataRow || !lastDataRow) return undefined;
  return { sheet: report.sheet, range: `${column}${firstDataRow}:${column}${lastDataRow}`, values: Object.values(STATUSES) };
}

/** A change the pane made and can take back; its words say what it was. */
export interface UndoEntry {
  id: number;
  label: { key: StringKey; params: Params };
  revert: Revert;
}

/** How many changes the pane remembers; older ones drop off (they stay in the workbook, as any edit would). */
export const UNDO_DEPTH = 20;

export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  return [entry, ...stack].slice(0, UNDO_DEPTH);
}

/** The newest change and the stack without it. */
export function popUndo(stack: readonly UndoEntry[]): { entry?: UndoEntry; rest: UndoEntry[] } {
  const [entry, ...rest] = stack;
  return { entry, rest };
}
