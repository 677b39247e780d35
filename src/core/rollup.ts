/**
 * The roll-up (SPEC §3): goals by status, completion, per responsible unit, per strategic document, and financing.
 * A goal spread over several rows counts once; template padding does not count.
 */
import type { StatusKey } from "./fields";
import { address, isBlank } from "./grid";
import type { Rollup } from "./report";
import { amountsOf } from "./rules/finance";
import { goalStatuses, type GoalStatus } from "./rules/status";
import { oncePerKey } from "./memo";
import { fieldValue, firstFilledCol, type Goal, type Table } from "./table";
import { cellText, collapseSpaces, foldKey } from "./text";
import { splitDocuments, splitUnits, type Named } from "./units";
import { valueIn } from "./values";

type StatusCounts = Rollup["byStatus"];
type Bucket = keyof StatusCounts;

export function emptyRollup(currency: "BGN" | "EUR" = "BGN"): Rollup {
  return {
    goals: 0,
    byStatus: { fulfilled: 0, inProgress: 0, notFulfilled: 0, missing: 0, invalid: 0 },
    completionPercent: 0,
    byUnit: [],
    byStrategicDocument: [],
    bySection: [],
    financing: { currency, total: 0, bySource: [], goalsWithoutAmount: 0 },
  };
}

export function rollUp(table: Table): Rollup {
  const rollup = emptyRollup(table.layout.currency);
  const units = new Tally<{ goals: number } & Record<Exclude<Bucket, "missing" | "invalid">, number>>();
  const documents = new Tally<{ goals: number; fulfilled: number }>();
  // A report names the same few units and documents goal after goal (and a merged goal on each of its rows).
  const unitsIn = oncePerKey(splitUnits);
  const documentsIn = oncePerKey(splitDocuments);
  const statuses = goalStatuses(table);
  const sections = table.sections.map((section) => ({
    section: section.title,
    cell: address(section.row, firstFilledCol(table, section.row) ?? table.layout.header.firstCol),
    goals: 0,
    fulfilled: 0,
  }));
  table.goals.forEach((goal, index) => {
    const bucket = statusBucket(table, statuses[index] as GoalStatus);
    rollup.goals++;
    rollup.byStatus[bucket]++;
    const section = goal.section === undefined ? undefined : sections[goal.section];
    if (section) {
      section.goals++;
      if (bucket === "fulfilled") section.fulfilled++;
    }
    for (const unit of namesIn(table, goal, "responsible", unitsIn)) {
      const counts = units.get(unit, () => ({ goals: 0, fulfilled: 0, inProgress: 0, notFulfilled: 0 }));
      counts.goals++;
      if (bucket !== "missing" && bucket !== "invalid") counts[bucket]++;
    }
    for (const document of namesIn(table, goal, "strategicDocuments", documentsIn)) {
      const counts = documents.get(document, () => ({ goals: 0, fulfilled: 0 }));
      counts.goals++;
      if (bucket === "fulfilled") counts.fulfilled++;
    }
  });
  // A plan sets goals; completion is a report's to tell.
  const completes = table.layout.form === "report";
  rollup.completionPercent = completes ? percent(rollup.byStatus.fulfilled, rollup.goals) : null;
  rollup.byUnit = units
    .entries()
    .map(([unit, c]) => ({ unit, ...c, completionPercent: completes ? percent(c.fulfilled, c.goals) : null }));
  rollup.byStrategicDocument = documents.entries().map(([document, c]) => ({ document, ...c }));
  rollup.bySection = sections;
  rollup.financing = financing(table);
  return rollup;
}

/** Where a goal counts: its status, or missing, or invalid (a misspelt status counts as invalid until it is fixed). */
function statusBucket(table: Table, { reading }: GoalStatus): Bucket {
  if (table.layout.form !== "report") return "missing";
  if (reading.kind === "empty") return "missing";
  if (reading.kind === "invalid") return "invalid";
  return reading.status satisfies StatusKey;
}

/** The units or documents a goal names over all its rows, each once. */
function namesIn(table: Table, goal: Goal, field: "responsible" | "strategicDocuments", split: (t: string) => Named[]) {
  const seen = new Map<string, Named>();
  for (const row of goal.rows) {
    const value = fieldValue(table, row, field);
    if (isBlank(value)) continue;
    for (const named of split(cellText(value))) if (!seen.has(named.key)) seen.set(named.key, named);
  }
  return [...seen.values()];
}

function financing(table: Table): Rollup["financing"] {
  const currency = table.layout.currency;
  const bySource = new Tally<{ total: number }>();
  let total = 0;
  const rowsWithMoney = new Set<number>();
  for (const { row, amount } of amountsOf(table)) {
    if (amount.kind !== "money") continue;
    const value = valueIn(amount, currency);
    total += value;
    rowsWithMoney.add(row);
    const source = collapseSpaces(cellText(fieldValue(table, row, "fundingSource")));
    bySource.get({ key: foldKey(source), name: source || "—" }, () => ({ total: 0 })).total += value;
  }
  return {
    currency,
    total: money(total),
    bySource: bySource.entries().map(([source, t]) => ({ source, total: money(t.total) })),
    goalsWithoutAmount: table.goals.filter((goal) => !goal.rows.some((row) => rowsWithMoney.has(row))).length,
  };
}

/** part / whole × 100, one decimal; 0 when there is no whole. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/** Rounded to cents: totals round once, at the end. */
export function money(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Counts per named thing, in the order first seen; shown under its longest spelling, so "Дирекция АПОФУС" wins over
 * "АПОФУС".
 */
export class Tally<T> {
  private readonly items = new Map<string, { name: string; value: T }>();

  get(named: Named, make: () => T): T {
    const item = this.items.get(named.key);
    if (item) {
      if (named.name.length > item.name.length) item.name = named.name;
      return item.value;
    }
    const value = make();
    this.items.set(named.key, { name: named.name, value });
    return value;
  }

  entries(): [string, T][] {
    return [...this.items.values()].map((item) => [item.name, item.value]);
  }
}
