/**
 * The report form made from a plan (`p2check --new-report`, issue 15): the plan's goals in the same order, with
 * their merged cells, strategic links, indicators, current and target values, amounts and sources, activities and
 * responsible units, laid out in the current template; the status column empty with the three statuses as a drop-
 * down, the progress notes empty for the user. Host-neutral: a SheetPlan each host writes its own way.
 */
import { FIELD_KEYS, STATUSES, type FieldKey } from "../fields";
import { cellAt, formatAt, isBlank, type CellRange, type SheetGrid } from "../grid";
import type { Layout } from "../layout";
import { fitCell } from "../summary/cellLimit";
import type { PlanCell, SheetPlan } from "../summary/plan";
import { rowHeight } from "../summary/rowHeight";
import { readTable, type Table } from "../table";
import {
  TEMPLATE_ADMINISTRATION,
  TEMPLATE_CONTACT,
  TEMPLATE_HEADERS,
  TEMPLATE_TITLE,
  TEMPLATE_WIDTHS,
} from "./template";

const HEADER_ROW = 5;
const NUMBERING_ROW = HEADER_ROW + 2;
const FIRST_DATA_ROW = NUMBERING_ROW + 1;
/** What a report adds to a plan: the user fills these in. */
const LEFT_FOR_THE_USER = new Set<FieldKey>(["status", "progressInfo"]);

/** The report made from the plan on `grid` (its layout found by the core); `year` defaults to the plan's. */
export function reportFromPlan(grid: SheetGrid, layout: Layout, year = layout.year ?? new Date().getFullYear()): SheetPlan {
  const table = readTable(grid, layout);
  const cells: PlanCell[] = [...titleCells(layout, year), ...headerCells(year)];
  const merges: CellRange[] = headerMerges();
  const rows = bodyRows(table);
  const newRow = new Map(rows.map((row, i) => [row, FIRST_DATA_ROW + i]));
  const col = (field: FieldKey) => FIELD_KEYS.indexOf(field) + 1;
  const headings = new Set(table.sections.map((section) => section.row));
  for (const row of rows) {
    const target = newRow.get(row) as number;
    if (headings.has(row)) {
      const title = table.sections.find((section) => section.row === row)?.title ?? "";
      cells.push({ row: target, col: 1, value: { kind: "text", text: fitCell(title) }, style: { bold: true, wrap: true } });
      merges.push({ top: target, left: 1, bottom: target, right: FIELD_KEYS.length });
      continue;
    }
    for (const field of FIELD_KEYS) {
      if (LEFT_FOR_THE_USER.has(field)) continue;
      const from = layout.header.columns[field];
      if (from === undefined) continue;
      const value = cellAt(grid, row, from);
      if (isBlank(value) && typeof value !== "number") continue;
      const format = formatAt(grid, row, from);
      cells.push({
        row: target,
        col: col(field),
        value: typeof value === "number" ? { kind: "number", value } : { kind: "text", text: fitCell(String(value)) },
        style: { wrap: true, ...(format && { numFmt: format }) },
      });
    }
  }
  merges.push(...bodyMerges(table, newRow));
  const lastRow = FIRST_DATA_ROW + Math.max(rows.length, 1) - 1;
  return {
    name: `Отчет ${year}`,
    cells,
    widths: FIELD_KEYS.map((field) => TEMPLATE_WIDTHS[field]),
    rowHeights: rowHeights(cells),
    titleRows: { first: HEADER_ROW, last: NUMBERING_ROW },
    merges,
    dropDowns: [
      {
        range: { top: FIRST_DATA_ROW, left: col("status"), bottom: lastRow, right: col("status") },
        values: Object.values(STATUSES),
      },
    ],
  };
}

function titleCells(layout: Layout, year: number): PlanCell[] {
  const text = (row: number, col: number, value: string, bold = false): PlanCell => ({
    row,
    col,
    value: { kind: "text", text: value },
    ...(bold && { style: { bold: true } }),
  });
  return [
    text(1, 1, TEMPLATE_TITLE(year), true),
    text(2, 1, TEMPLATE_ADMINISTRATION),
    ...(layout.administration ? [text(2, 2, layout.administration)] : []),
    text(3, 1, TEMPLATE_CONTACT),
    ...(layout.meta.preparedBy?.value ? [text(3, 2, layout.meta.preparedBy.value)] : []),
  ];
}

/** The two header rows (groups over their columns) and the numbering row under them. */
function headerCells(year: number): PlanCell[] {
  const cells: PlanCell[] = [];
  FIELD_KEYS.forEach((field, i) => {
    const { group, text } = TEMPLATE_HEADERS[field];
    const col = i + 1;
    const firstOfGroup = group && TEMPLATE_HEADERS[FIELD_KEYS[i - 1] as FieldKey]?.group !== group;
    if (firstOfGroup) cells.push({ row: HEADER_ROW, col, value: { kind: "text", text: group }, style: { bold: true, wrap: true } });
    cells.push({ row: group ? HEADER_ROW + 1 : HEADER_ROW, col, value: { kind: "text", text: text(year) }, style: { bold: true, wrap: true } });
    if (i > 0) cells.push({ row: NUMBERING_ROW, col, value: { kind: "text", text: `${i}.` } });
  });
  return cells;
}

/** Group headers across their columns; a column without a group spans both header rows. */
function headerMerges(): CellRange[] {
  const merges: CellRange[] = [];
  for (let i = 0; i < FIELD_KEYS.length; ) {
    const group = TEMPLATE_HEADERS[FIELD_KEYS[i] as FieldKey].group;
    let run = 1;
    while (group && TEMPLATE_HEADERS[FIELD_KEYS[i + run] as FieldKey]?.group === group) run++;
    merges.push(group ? { top: HEADER_ROW, left: i + 1, bottom: HEADER_ROW, right: i + run } : { top: HEADER_ROW, left: i + 1, bottom: HEADER_ROW + 1, right: i + 1 });
    i += run;
  }
  return merges;
}

/** The plan's goal and heading rows, in sheet order. */
function bodyRows(table: Table): number[] {
  const rows = new Set<number>([...table.goals.flatMap((goal) => goal.rows), ...table.sections.map((section) => section.row)]);
  return [...rows].sort((a, b) => a - b);
}

/** The plan's merges inside its goals, moved to the report's rows and columns (a merge over several fields stays whole). */
function bodyMerges(table: Table, newRow: Map<number, number>): CellRange[] {
  const columns = table.layout.header.columns;
  const fieldAt = new Map(Object.entries(columns).map(([field, col]) => [col as number, field as FieldKey]));
  const to = (col: number) => {
    const field = fieldAt.get(col);
    return field === undefined || LEFT_FOR_THE_USER.has(field) ? undefined : FIELD_KEYS.indexOf(field) + 1;
  };
  const merges: CellRange[] = [];
  for (const merge of table.grid.merges) {
    const [top, bottom] = [newRow.get(merge.top), newRow.get(merge.bottom)];
    const [left, right] = [to(merge.left), to(merge.right)];
    if (top === undefined || bottom === undefined || left === undefined || right === undefined) continue;
    if (bottom - top !== merge.bottom - merge.top || (top === bottom && left === right)) continue;
    merges.push({ top, left, bottom, right });
  }
  return merges;
}

function rowHeights(cells: PlanCell[]): { row: number; height: number }[] {
  const byRow = new Map<number, PlanCell[]>();
  for (const cell of cells) if (cell.row >= HEADER_ROW) (byRow.get(cell.row) ?? byRow.set(cell.row, []).get(cell.row))?.push(cell);
  return [...byRow.entries()].map(([row, inRow]) => ({
    row,
    height: rowHeight(
      inRow.map((cell) => ({
        text: cell.value.kind === "text" ? cell.value.text : String(cell.value.kind === "number" ? cell.value.value : ""),
        width: TEMPLATE_WIDTHS[FIELD_KEYS[cell.col - 1] as FieldKey] ?? 10,
        bold: cell.style?.bold,
      })),
    ),
  }));
}
