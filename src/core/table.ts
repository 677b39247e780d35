/**
 * The table's body: which rows hold goals, which rows continue the goal above (merged goal cells, or rows that carry
 * only indicator values), which are template padding, which are headings that group the goals ("Приоритет 1. …"),
 * and where the table ends (totals, notes and signature lines under it are not goals).
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
  /** The heading the goal is under, when the table groups its goals (an index into Table.sections). */
  section?: number;
}

/** A heading row that groups the goals under it: "Приоритет 1. Развитие на …". */
export interface Section {
  row: number;
  title: string;
}

/** A totals row under the table ("ОБЩО:"), with what it states. */
export interface StatedTotal {
  row: number;
}

export interface Table {
  grid: SheetGrid;
  layout: Layout;
  /** The grid's merged areas, looked up for every field the rules read. */
  merges: MergeIndex;
  goals: Goal[];
  /** Headings between or above the goals, in sheet order. */
  sections: Section[];
  /** Totals rows under the last goal. */
  totals: StatedTotal[];
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

/** "1.", "1", 1, "№ 1", "1)" → 1; anything else (including "1.2.") → undefined. */
export function rowNumber(value: CellValue): number | undefined {
  const label = rowLabel(value);
  return label?.length === 1 ? label[0] : undefined;
}

/**
 * A row's number as its parts: "1." → [1], "1.2." → [1, 2], "2.1.3" → [2, 1, 3], 4 → [4]; anything else → undefined.
 * Tables that group goals under headings number them 1.1., 1.2., 2.1. …
 */
export function rowLabel(value: CellValue): number[] | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? [value] : undefined;
  const match = /^\s*№?\s*(\d{1,4}(?:\.\d{1,4}){0,3})\s*[.)]?\s*$/.exec(cellText(value));
  return match ? (match[1] as string).split(".").map(Number) : undefined;
}

/** "1.2" for [1, 2]: a row label as people write it. */
export function labelText(label: number[]): string {
  return label.join(".");
}

export function readTable(grid: SheetGrid, layout: Layout): Table {
  const table: Table = {
    grid,
    layout,
    merges: mergeIndexOf(grid),
    goals: [],
    sections: [],
    totals: [],
    emptyNumbered: [],
    rows: [],
  };
  const { body, headings, totals } = bodyRows(table);
  table.sections = headings;
  table.totals = totals;
  let current: Goal | undefined;
  let heading = 0;
  for (const row of body) {
    while (heading < headings.length && (headings[heading] as Section).row < row) heading++;
    const filled = filledFields(table, row);
    const label = rowLabel(ownValue(table, row, "no"));
    if (current && continuesGoal(table, row, filled)) {
      current.rows.push(row);
    } else if (label !== undefined && filled.length === 0) {
      table.emptyNumbered.push(row);
      current = undefined;
    } else {
      current = { rows: [row], number: rowNumber(ownValue(table, row, "no")), ...(heading > 0 && { section: heading - 1 }) };
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

type RowKind = "body" | "heading" | "total" | "note" | "signature";

/**
 * The rows of the body, blank rows left out, and the headings and totals around them. The body ends with its last
 * goal-like row's block of rows; blocks after a blank row that hold no goal-like row, and totals, notes and signature
 * lines under the table, are outside it. Headings count only between or above goals.
 */
function bodyRows(table: Table): { body: number[]; headings: Section[]; totals: StatedTotal[] } {
  const { grid, layout } = table;
  const rows: { row: number; kind: RowKind }[] = [];
  let lastGoalLike = -1;
  for (let row = layout.firstDataRow; row <= lastRow(grid); row++) {
    const filled = filledCells(table, row);
    if (filled === 0) continue;
    const kind = rowKind(table, row, filled);
    if (kind === "body" && isGoalLike(table, row, filled)) lastGoalLike = rows.length;
    rows.push({ row, kind });
  }
  if (lastGoalLike < 0) return { body: [], headings: [], totals: [] };
  // Extend the last goal-like row with the body rows right under it, up to a blank row or any other kind of row.
  let end = lastGoalLike;
  while (end + 1 < rows.length) {
    const next = rows[end + 1] as { row: number; kind: RowKind };
    if (next.kind !== "body" || next.row !== (rows[end] as { row: number }).row + 1) break;
    end++;
  }
  const inside = rows.slice(0, end + 1);
  return {
    body: inside.filter((r) => r.kind === "body").map((r) => r.row),
    headings: inside.filter((r) => r.kind === "heading").map((r) => ({ row: r.row, title: onlyText(table, r.row) })),
    totals: rows.slice(lastGoalLike + 1).filter((r) => r.kind === "total").map((r) => ({ row: r.row })),
  };
}

const TOTAL = /^\s*(общо|всичко|total)(?=[\s:.,(]|$)/i;
const NOTE = /^\s*(\*|(забележк[аи]|бележк[аи]|легенда|notes?)(?=[\s:.,(]|$))/i;
/** Words that open a heading, or its numbering: "Приоритет 1.", "Раздел II", "I. …", "Стратегическа цел 2: …". */
const HEADING_WORDS =
  /^\s*((приоритет|раздел|област|направление|стратегическа цел|оперативна цел|цел|мярка|ос|програма|политика|priority|section)(?=[\s\d:.,-]|$)|[IVXLC]{1,6}\.?\s)/i;

function rowKind(table: Table, row: number, filled: number): RowKind {
  if (isSignature(table, row, filled)) return "signature";
  const first = firstText(table, row);
  if (first !== undefined && TOTAL.test(first)) return "total";
  if (first !== undefined && NOTE.test(first)) return "note";
  return isHeading(table, row, filled) ? "heading" : "body";
}

/**
 * A heading: the row's only content is one text (not a row number), merged across the table or typed in its first
 * columns (Ред № or the goal's), with no status, indicator or values. In the goal's column alone it must also read as
 * a heading (merged, or opening with a heading's word), since a goal with nothing filled in looks the same.
 */
function isHeading(table: Table, row: number, filled: number): boolean {
  if (filled !== 1) return false;
  const { firstCol, lastCol, columns } = table.layout.header;
  const col = firstFilledCol(table, row);
  if (col === undefined) return false;
  const value = cellAt(table.grid, row, col);
  if (typeof value !== "string" || rowLabel(value) !== undefined) return false;
  const merge = table.merges.at(row, col);
  const wide = !!merge && merge.right - merge.left + 1 >= Math.min(3, lastCol - firstCol + 1);
  if (col === firstCol || col === columns.no) return true;
  return col === columns.goal && (wide || HEADING_WORDS.test(value));
}

/** The first column of the table's with something in it, on that row. */
export function firstFilledCol(table: Pick<Table, "grid" | "layout">, row: number): number | undefined {
  const { firstCol, lastCol } = table.layout.header;
  for (let col = firstCol; col <= lastCol; col++) if (!isBlank(cellAt(table.grid, row, col))) return col;
  return undefined;
}

/** The text of the row's first filled cell within the table; undefined when that cell holds a number. */
function firstText(table: Table, row: number): string | undefined {
  const col = firstFilledCol(table, row);
  const value = col === undefined ? null : cellAt(table.grid, row, col);
  return typeof value === "string" ? value : undefined;
}

/** A heading's text, spaces collapsed. */
function onlyText(table: Table, row: number): string {
  return cellText(firstText(table, row) ?? "").replace(/\s+/g, " ").trim();
}

function isGoalLike(table: Table, row: number, filled: number): boolean {
  return rowLabel(ownValue(table, row, "no")) !== undefined || filled >= GOAL_LIKE_FIELDS;
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
