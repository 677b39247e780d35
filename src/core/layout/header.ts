/**
 * Finds the table header in the first rows of a sheet and maps each field to its column by the header's text,
 * never by position: the header may start anywhere in the first 30 rows and columns may be moved or added.
 */
import { FIELD_KEYS, type FieldKey } from "../fields";
import { cellAt, isBlank, lastCol, lastRow, mergeAt, type SheetGrid } from "../grid";
import { oncePerKey } from "../memo";
import { cellText, foldKey } from "../text";
import { headerMeaning, type Group } from "./headers";

/** How far down the header may start. */
export const HEADER_SEARCH_ROWS = 30;

/** Fewest distinct fields a header row must name to count as the form's header. */
const MIN_FIELDS = 5;

export interface HeaderCell {
  row: number;
  col: number;
  text: string;
}

export interface Header {
  /** One or two sheet rows. */
  rows: number[];
  columns: Partial<Record<FieldKey, number>>;
  /** The header cell that named each field. */
  cells: Partial<Record<FieldKey, HeaderCell>>;
  /** Header cells inside the table that are none of the fields. */
  unknown: HeaderCell[];
  /** First and last column of the table. */
  firstCol: number;
  lastCol: number;
}

const STATUS_WORDS = new Set(["изпълнена", "неизпълнена", "в процес на изпълнение"]);

/**
 * What the texts seen during one findHeader call name. The search reads each cell of the first rows several times
 * (as a row's header, as the row under the one above, for fields and for groups); the cache lives only while
 * findHeader runs.
 */
let seen: typeof headerMeaning | undefined;

function meaningOf(text: string): ReturnType<typeof headerMeaning> {
  return (seen ?? headerMeaning)(text);
}

function fieldOf(text: string): FieldKey | undefined {
  return meaningOf(text).field;
}

function groupOf(text: string): Group | undefined {
  return meaningOf(text).group;
}

export function findHeader(grid: SheetGrid): Header | undefined {
  seen = oncePerKey(headerMeaning);
  try {
    return searchHeader(grid);
  } finally {
    seen = undefined;
  }
}

function searchHeader(grid: SheetGrid): Header | undefined {
  const top = grid.origin.row;
  const bottom = Math.min(lastRow(grid), top + HEADER_SEARCH_ROWS - 1);
  let best: { row: number; score: number } | undefined;
  for (let row = top; row <= bottom; row++) {
    const score = fieldsNamedFrom(grid, row).size;
    if (score >= MIN_FIELDS && (!best || score > best.score)) best = { row, score };
    // A row that names every field cannot be beaten: the rows under it are the goals' paragraphs, not headers.
    if (best?.score === FIELD_KEYS.length) break;
  }
  if (!best) return undefined;
  const named = fieldsNamedFrom(grid, best.row);
  if (!named.has("goal") && !named.has("indicator")) return undefined;
  return mapColumns(grid, best.row);
}

/** The fields named by a row and the row under it (a two-row header), groups included. */
function fieldsNamedFrom(grid: SheetGrid, row: number): Set<FieldKey> {
  const named = new Set<FieldKey>();
  for (const r of [row, row + 1]) {
    for (let col = grid.origin.col; col <= lastCol(grid); col++) {
      const text = cellText(cellAt(grid, r, col));
      if (text === "") continue;
      const field = fieldOf(text);
      if (field) named.add(field);
      else if (r === row) groupOf(text)?.fields.forEach((f) => named.add(f));
    }
  }
  return named;
}

function mapColumns(grid: SheetGrid, top: number): Header {
  const rows = rowNamesFields(grid, top + 1) ? [top, top + 1] : [top];
  const columns: Partial<Record<FieldKey, number>> = {};
  const cells: Partial<Record<FieldKey, HeaderCell>> = {};
  const unknown: HeaderCell[] = [];
  const groups = groupSpans(grid, top);
  const unnamedInGroup = new Map<Group, number[]>();

  for (let col = grid.origin.col; col <= lastCol(grid); col++) {
    const candidates = rows.map((row) => headerCellAt(grid, row, col)).filter((c): c is HeaderCell => !!c);
    // The sub-header (second row) is the more specific name; the first row may be a group spanning columns.
    const named = [...candidates].reverse().find((c) => fieldOf(c.text));
    const field = named && fieldOf(named.text);
    if (named && field && columns[field] === undefined) {
      columns[field] = col;
      cells[field] = named;
      continue;
    }
    const group = groups.find((g) => col >= g.left && col <= g.right);
    if (group) unnamedInGroup.set(group.group, [...(unnamedInGroup.get(group.group) ?? []), col]);
    else if (candidates.length > 0) unknown.push(candidates[candidates.length - 1] as HeaderCell);
  }
  fillGroupsWithoutSubHeaders(unnamedInGroup, columns, cells, top);

  const mapped = Object.values(columns);
  const firstCol = Math.min(...mapped);
  const tableLastCol = lastColumnOfTable(grid, rows, Math.max(...mapped));
  return {
    rows,
    columns,
    cells,
    firstCol,
    lastCol: tableLastCol,
    unknown: unknown.filter((c) => c.col > firstCol && c.col <= tableLastCol && !STATUS_WORDS.has(foldKey(c.text))),
  };
}

/** Group headers in the header's first row with the columns their merge spans. */
function groupSpans(grid: SheetGrid, top: number): { group: Group; left: number; right: number }[] {
  const spans: { group: Group; left: number; right: number }[] = [];
  for (let col = grid.origin.col; col <= lastCol(grid); col++) {
    const group = groupOf(cellText(cellAt(grid, top, col)));
    if (!group) continue;
    const merge = mergeAt(grid, top, col);
    spans.push({ group, left: col, right: merge && merge.top === top ? merge.right : col });
  }
  return spans;
}

/** A header cell's own text, or for a cell inside a merge spanning header rows, nothing (its master has it). */
function headerCellAt(grid: SheetGrid, row: number, col: number): HeaderCell | undefined {
  const value = cellAt(grid, row, col);
  if (isBlank(value)) return undefined;
  return { row, col, text: cellText(value) };
}

function rowNamesFields(grid: SheetGrid, row: number): boolean {
  for (let col = grid.origin.col; col <= lastCol(grid); col++) {
    if (fieldOf(cellText(cellAt(grid, row, col)))) return true;
  }
  return false;
}

/**
 * A group header ("Стойности на индикатора…") over columns whose sub-headers are missing or unreadable still tells
 * where its fields are: in the template's order, left to right.
 */
function fillGroupsWithoutSubHeaders(
  unnamedInGroup: Map<Group, number[]>,
  columns: Partial<Record<FieldKey, number>>,
  cells: Partial<Record<FieldKey, HeaderCell>>,
  top: number,
): void {
  for (const [group, cols] of unnamedInGroup) {
    const missing = group.fields.filter((f) => columns[f] === undefined);
    missing.forEach((field, i) => {
      const col = cols[i];
      if (col === undefined) return;
      columns[field] = col;
      cells[field] = { row: top, col, text: "" };
    });
  }
}

/** The table goes on past the last field while the header row carries text without a gap (extra columns). */
function lastColumnOfTable(grid: SheetGrid, rows: number[], lastField: number): number {
  let col = lastField;
  const hasHeaderText = (c: number) =>
    rows.some((row) => !isBlank(cellAt(grid, row, c)) || (mergeAt(grid, row, c)?.left ?? c) < c);
  while (col < lastCol(grid) && hasHeaderText(col + 1)) col++;
  return col;
}

/** The fields in template order that the header lacks. */
export function missingFields(header: Header, expected: readonly FieldKey[] = FIELD_KEYS): FieldKey[] {
  return expected.filter((field) => header.columns[field] === undefined);
}
