/**
 * Real-looking reports of any size for the benchmarks: the goals of the two reference reports (Благоевград 2024,
 * Хасково 2023 — real Bulgarian text, statuses, units, indicators, flaws included) cycled, renumbered, and every
 * eighth goal spread over three rows with its goal columns merged, as real reports do.
 *
 * Two shapes: FormRow lists for the fixture builder (small .xlsx files for the command line), and SheetGrids made
 * by repeating the rows of one built and read cycle (the builder would take minutes over 50,000 goals with merges).
 */
import { cellAt, lastRow, type CellRange, type CellValue, type SheetGrid } from "../../src/core/grid";
import { readWorkbook } from "../../src/file/readWorkbook";
import { buildWorkbook, placementOf, type FormRow, type FormSheet } from "../../test/fixtures/builder";
import { blagoevgrad2024 } from "../../test/fixtures/reference/blagoevgrad2024";
import { haskovo2023 } from "../../test/fixtures/reference/haskovo2023";

/** One goal: its first row (with Ред №) and the rows that continue it. */
type Goal = FormRow[];

/** The reference goals, padding rows left out, each with the rows that continue it. */
export function referenceGoals(): Goal[] {
  const goals: Goal[] = [];
  for (const row of [...blagoevgrad2024.rows, ...haskovo2023.rows]) {
    const padding = Object.keys(row).every((key) => key === "no");
    if (padding) continue;
    const starts = row.no !== undefined && row.no !== null;
    if (starts || goals.length === 0) goals.push([row]);
    else goals[goals.length - 1]?.push(row);
  }
  return goals;
}

const EXTRA_INDICATORS: FormRow[] = [
  { indicator: "Дял на услугите, заявени онлайн", currentValue: "10 %", targetValue: "30 %" },
  { indicator: "Брой обучени служители", currentValue: "0 бр.", targetValue: "15 бр." },
];

/** `count` goals from the reference ones, starting at goal `offset` of the cycle, numbered 1., 2., … */
export function goalRows(count: number, offset = 0): FormRow[] {
  const cycle = referenceGoals();
  const rows: FormRow[] = [];
  for (let i = 0; i < count; i++) {
    const [first, ...rest] = cycle[(offset + i) % cycle.length] as Goal;
    const numbered: FormRow = { ...first, no: `${i + 1}.` };
    if (i % 8 === 7 && rest.length === 0) {
      rows.push({ ...numbered, span: 3 }, ...EXTRA_INDICATORS);
    } else rows.push(numbered, ...rest);
  }
  return rows;
}

const ADMINISTRATIONS = [
  "Областна администрация Благоевград",
  "Областна администрация Хасково",
  "Областна администрация Смолян",
  "Областна администрация Кърджали",
  "Областна администрация Пазарджик",
  "Областна администрация Стара Загора",
  "Областна администрация Ловеч",
  "Областна администрация Видин",
];

/** A whole report sheet (the 2024 template) with `goals` goals; `variant` picks the administration and the goals. */
export function reportSheet(goals: number, variant = 0): FormSheet {
  const administration = ADMINISTRATIONS[variant % ADMINISTRATIONS.length] as string;
  return {
    ...blagoevgrad2024,
    above: [
      "Отчет на ежегодните цели на администрацията за 2024 г.",
      ["Наименование на администрацията:", administration],
      ["Изготвил/лице за контакт, тел. и ел. поща:", `Мария Иванова, 0887 ${String(100000 + variant).slice(-6)}, info@example.bg`],
    ],
    rows: goalRows(goals, variant * 7),
  };
}

/** One cycle of the reference goals as read from a built workbook, ready to be repeated into any size of grid. */
export interface GridSource {
  grid: SheetGrid;
  /** First sheet row of the table's data. */
  firstDataRow: number;
  /** Sheet rows (first, last) of each goal in the grid, in order. */
  goals: [number, number][];
}

/** Builds and reads one cycle (two rounds of the reference goals, so that spans fall on different goals). */
export async function gridSource(): Promise<GridSource> {
  const count = referenceGoals().length * 2;
  const spec: FormSheet = { ...reportSheet(count), below: [] };
  const [grid] = await readWorkbook(await buildWorkbook([spec]));
  if (!grid) throw new Error("the builder made no sheet");
  const place = placementOf(spec);
  const goals: [number, number][] = [];
  spec.rows.forEach((row, i) => {
    const sheetRow = place.rowOf(i);
    if (row.no !== undefined) goals.push([sheetRow, sheetRow]);
    else {
      const last = goals[goals.length - 1];
      if (last) last[1] = sheetRow;
    }
  });
  if (lastRow(grid) < (goals[goals.length - 1]?.[1] ?? 0)) throw new Error("the read grid is shorter than built");
  return { grid, firstDataRow: place.firstDataRow, goals };
}

/**
 * A report of `count` goals: the source's rows above the table as they are, then its goals repeated in turn with
 * their merges moved along and Ред № renumbered. Cell strings are the source's (shared, as a host's would not be).
 */
export function syntheticGrid(source: GridSource, count: number): SheetGrid {
  const { grid, firstDataRow, goals } = source;
  const values: CellValue[][] = grid.values.slice(0, firstDataRow - grid.origin.row).map((row) => [...row]);
  const numberFormats = (grid.numberFormats ?? []).slice(0, firstDataRow - grid.origin.row).map((row) => [...row]);
  const merges: CellRange[] = grid.merges.filter((m) => m.top < firstDataRow);
  const noCol = 1 - grid.origin.col;
  for (let i = 0; i < count; i++) {
    const [first, last] = goals[i % goals.length] as [number, number];
    const shift = grid.origin.row + values.length - first;
    for (let row = first; row <= last; row++) {
      const line = [...(grid.values[row - grid.origin.row] ?? [])];
      if (row === first && noCol >= 0 && cellAt(grid, row, 1) !== null) line[noCol] = `${i + 1}.`;
      values.push(line);
      numberFormats.push([...(grid.numberFormats?.[row - grid.origin.row] ?? [])]);
    }
    for (const merge of grid.merges) {
      if (merge.top >= first && merge.top <= last) merges.push({ ...merge, top: merge.top + shift, bottom: merge.bottom + shift });
    }
  }
  return { name: grid.name, origin: grid.origin, values, numberFormats, merges };
}

/** Cells in a grid as the host handed them over (rows are ragged: cells after a row's last value are not there). */
export function cellCount(grid: SheetGrid): number {
  return grid.values.reduce((sum, row) => sum + row.length, 0);
}
