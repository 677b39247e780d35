/**
 * The table's body: which rows hold goals, which rows continue the goal above (merged goal cells, or rows that carry
 * only indicator values), which are template padding, and where the table ends (signature lines under it are not
 * goals).
 */
import { FIELD_KEYS, type FieldKey } from "./fields";
import { cellAt, formatAt, isBlank, lastRow, mergeIndexOf, type CellValue, type MergeIndex, type SheetGrid } from "./grid";
import type { Layout } from "./layout";
import { cellText } from "./text";

/** A goal: its first row and every row that continues it. */
export interface Goal {
  rows: number[];
  /** The number in "Ред №", when it is a number. */
  number?: number;
}

export interface Table {
  grid: SheetGrid;
  layout: Layout;
  /** The grid's merged areas, looked up for every field the rules read. */
  merges: MergeIndex;
  goals: Goal[];
  /** Rows with a number and nothing else (template padding). */
  emptyNumbered: number[];
  /** Every row the table's body spans, blank ones excluded. */
  rows: number[];
  lastDataRow?: number;
}

/** Fields a row may carry on its own and still continue the goal above. */
const CONTINUATION_FIELDS = new Set<FieldKey>([
  "strategicIndicator",
  "indicator",
  "currentValue",
  "targetValue",
  "amount",
  "fundingSource",
  "activities",
]);

/** A goal row names its number, or fills at least this many fields. */
const GOAL_LIKE_FIELDS = 3;

const SIGNATURE = /\.{3,}|…|_{3,}|подпис|изготвил|съгласувал|утвърдил|управител|секретар|директор|дата\s*:/i;

/** The cell of a field in a row; a cell inside a merge started above or to the left reads as its master's value. */
export function fieldValue(table: Pick<Table, "grid" | "layout" | "merges">, row: number, field: FieldKey): CellValue {
  const col = table.layout.header.columns[field];
  if (col === undefined) return null;
  const merge = table.merges.at(row, col);
  return merge ? cellAt(table.grid, merge.top, merge.left) : cellAt(table.grid, row, col);
}

/** The cell's own value: null for the non-master cells of a merge. */
export function ownValue(table: Pick<Table, "grid" | "layout" | "merges">, row: number, field: FieldKey): CellValue {
  const col = table.layout.header.columns[field];
  return col === undefined ? null : cellAt(table.grid, row, col);
}

/** "1.", "1", 1, "№ 1", "1)" → 1; anything else → undefined. */
export function rowNumber(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  const match = /^\s*№?\s*(\d{1,4})\s*[.)]?\s*$/.exec(cellText(value));
  return match ? Number(match[1]) : undefined;
}

export function readTable(grid: SheetGrid, layout: Layout): Table {
  const table: Table = { grid, layout, merges: mergeIndexOf(grid), goals: [], emptyNumbered: [], rows: [] };
  const body = bodyRows(table);
  let current: Goal | undefined;
  for (const row of body) {
    const filled = filledFields(table, row);
    const number = rowNumber(ownValue(table, row, "no"));
    if (current && continuesGoal(table, row, filled)) {
      current.rows.push(row);
    } else if (number !== undefined && filled.length === 0) {
      table.emptyNumbered.push(row);
      current = undefined;
    } else {
      current = { rows: [row], number };
      table.goals.push(current);
    }
  }
  table.rows = body;
  table.lastDataRow = body[body.length - 1];
  return table;
}

/** Fields other than "Ред №" that a row fills with its own cells. */
function filledFields(table: Table, row: number): FieldKey[] {
  return FIELD_KEYS.filter((field) => field !== "no" && !isBlank(ownValue(table, row, field)));
}

function continuesGoal(table: Table, row: number, filled: FieldKey[]): boolean {
  if (insideMergeFromAbove(table, row, "goal") || insideMergeFromAbove(table, row, "no")) return true;
  if (!isBlank(ownValue(table, row, "no")) || filled.includes("goal")) return false;
  return filled.every((field) => CONTINUATION_FIELDS.has(field));
}

function insideMergeFromAbove(table: Table, row: number, field: FieldKey): boolean {
  const col = table.layout.header.columns[field];
  if (col === undefined) return false;
  const merge = table.merges.at(row, col);
  return !!merge && merge.top < row;
}

/**
 * The rows of the body, blank rows left out. The body ends with its last goal-like row's block of rows; blocks after
 * a blank row that hold no goal-like row, and signature lines right under the table, are outside it.
 */
function bodyRows(table: Table): number[] {
  const { grid, layout } = table;
  const rows: number[] = [];
  let lastGoalLike = -1;
  let lastBlockEnd = -1;
  for (let row = layout.firstDataRow; row <= lastRow(grid); row++) {
    const filled = filledCells(table, row);
    if (filled === 0) continue;
    if (!isSignature(table, row, filled) && isGoalLike(table, row, filled)) lastGoalLike = rows.length;
    rows.push(row);
  }
  if (lastGoalLike < 0) return [];
  // Extend the last goal-like row with the rows right under it, up to a blank row or a signature line.
  lastBlockEnd = lastGoalLike;
  while (lastBlockEnd + 1 < rows.length) {
    const next = rows[lastBlockEnd + 1] as number;
    const adjacent = next === (rows[lastBlockEnd] as number) + 1;
    if (!adjacent || isSignature(table, next, filledCells(table, next))) break;
    lastBlockEnd++;
  }
  return rows.slice(0, lastBlockEnd + 1);
}

function isGoalLike(table: Table, row: number, filled: number): boolean {
  return rowNumber(ownValue(table, row, "no")) !== undefined || filled >= GOAL_LIKE_FIELDS;
}

/** A signature line under the table: one or two cells, one of them "Изготвил: …", dots or underscores to sign on. */
function isSignature(table: Table, row: number, filled: number): boolean {
  if (filled > 2) return false;
  const { firstCol, lastCol } = table.layout.header;
  for (let col = firstCol; col <= lastCol; col++) {
    const value = cellAt(table.grid, row, col);
    if (!isBlank(value) && SIGNATURE.test(cellText(value))) return true;
  }
  return false;
}

/** How many cells of a row within the table's columns hold something. */
function filledCells(table: Table, row: number): number {
  const { firstCol, lastCol } = table.layout.header;
  let filled = 0;
  for (let col = firstCol; col <= lastCol; col++) if (!isBlank(cellAt(table.grid, row, col))) filled++;
  return filled;
}

/** The number format of a field's cell (its merge master's, inside a merge). */
export function fieldFormat(table: Pick<Table, "grid" | "layout" | "merges">, row: number, field: FieldKey): string | undefined {
  const col = table.layout.header.columns[field];
  if (col === undefined) return undefined;
  const merge = table.merges.at(row, col);
  return merge ? formatAt(table.grid, merge.top, merge.left) : formatAt(table.grid, row, col);
}
