/**
 * indicator.*: every goal has an indicator, each indicator a current and a target value, and the two can be
 * compared: the same numbered items, the same units, percentages within 0–100, a change planned.
 */
import type { FieldKey } from "../fields";
import { isBlank } from "../grid";
import { fieldFormat, fieldValue, ownValue, type Goal, type Table } from "../table";
import { foldKey } from "../text";
import { findQuantity, parseIndicatorValue, type IndicatorValue, type Quantity, type ValueItem } from "../values";
import type { Emit, ParamValue } from "./finding";
import { firstFilled } from "./status";

type Values = Extract<IndicatorValue, { kind: "values" }>;

export function checkIndicators(table: Table, emit: Emit): void {
  const columns = table.layout.header.columns;
  const valueCells = new Set<string>();
  for (const goal of table.goals) {
    if (columns.indicator !== undefined && firstFilled(table, goal, "indicator") === undefined) {
      emit({ rule: "indicator.missing", row: goal.rows[0] as number, col: columns.indicator });
    }
    for (const row of indicatorRows(table, goal)) checkIndicatorRow(table, row, emit, valueCells);
  }
}

/** Fields whose own cell makes a continuation row an indicator row of its own. */
const OWN_INDICATOR_FIELDS: FieldKey[] = ["indicator", "currentValue", "targetValue"];

/** The goal's rows that hold an indicator of their own (the first row always counts). */
function indicatorRows(table: Table, goal: Goal): number[] {
  return goal.rows.filter(
    (row, i) => i === 0 || OWN_INDICATOR_FIELDS.some((field) => !isBlank(ownValue(table, row, field))),
  );
}

const MISSING_RULE = { currentValue: "indicator.currentMissing", targetValue: "indicator.targetMissing" } as const;

/** `valueCells`: the value cells already looked at alone (by their first cell), so that each is judged once. */
function checkIndicatorRow(table: Table, row: number, emit: Emit, valueCells: Set<string>): void {
  const columns = table.layout.header.columns;
  const named = columns.indicator === undefined || !isBlank(fieldValue(table, row, "indicator"));
  const current = valueOf(table, row, "currentValue");
  const target = valueOf(table, row, "targetValue");
  checkValueCell(table, { row, field: "currentValue", value: current, named }, emit, valueCells);
  checkValueCell(table, { row, field: "targetValue", value: target, named }, emit, valueCells);
  if (current.kind === "values" && target.kind === "values") {
    compare(current, target, { row, col: columns.targetValue as number }, emit);
  }
}

interface ValueCell {
  row: number;
  field: "currentValue" | "targetValue";
  value: IndicatorValue;
  /** Whether the row names an indicator, which then needs the value. */
  named: boolean;
}

/**
 * One value cell alone: missing where the row names an indicator, else what its value says by itself. A value merged
 * over several indicator rows (one cell for all of them) is judged once, at the merged area's first cell.
 */
function checkValueCell(table: Table, { row, field, value, named }: ValueCell, emit: Emit, valueCells: Set<string>): void {
  const col = table.layout.header.columns[field];
  if (col === undefined) return;
  if (value.kind === "empty" && named) emit({ rule: MISSING_RULE[field], row, col });
  if (value.kind !== "values") return;
  const merge = table.merges.at(row, col);
  const first = merge ? { row: merge.top, col: merge.left } : { row, col };
  const key = `${first.row}:${first.col}`;
  if (valueCells.has(key)) return;
  valueCells.add(key);
  checkSingleValue(value, { ...first, field }, emit);
}

function valueOf(table: Table, row: number, field: FieldKey): IndicatorValue {
  if (table.layout.header.columns[field] === undefined) return { kind: "empty" };
  return parseIndicatorValue(fieldValue(table, row, field), fieldFormat(table, row, field));
}

/** What can be said of one value alone: descriptive text, or a percentage out of range. */
function checkSingleValue(value: Values, at: { row: number; col: number; field: FieldKey }, emit: Emit): void {
  if (value.items.every((item) => !item.quantity)) {
    emit({ rule: "indicator.qualitative", ...at });
    return;
  }
  const outOfRange = value.items.find(({ quantity: q }) => q?.unit === "percent" && (q.value < 0 || q.value > 100));
  if (outOfRange?.quantity) {
    emit({ rule: "indicator.percentOutOfRange", ...at, params: { value: formatNumber(outOfRange.quantity.value) } });
  }
}

interface Pair {
  label?: number;
  current: Quantity;
  target: Quantity;
  /** Every quantity of the two items is the same, not only the first. */
  same: boolean;
}

function compare(current: Values, target: Values, at: { row: number; col: number }, emit: Emit): void {
  if (current.numbered && target.numbered && !sameLabels(current.items, target.items)) {
    emit({
      rule: "indicator.itemCountMismatch",
      ...at,
      params: {
        current: current.items.length,
        target: target.items.length,
        currentLabels: labels(current.items),
        targetLabels: labels(target.items),
      },
    });
  }
  const pairs = pairItems(current, target);
  const mismatch = pairs.find((p) => isUnitMismatch(p.current, p.target));
  if (mismatch) {
    emit({
      rule: "indicator.unitMismatch",
      ...at,
      params: { item: itemPrefix(mismatch), currentUnit: unitRef(mismatch.current), targetUnit: unitRef(mismatch.target) },
    });
  }
  const comparable = pairs.filter((p) => isComparable(p.current, p.target));
  if (comparable.length > 0 && comparable.every((p) => p.same)) {
    const only = comparable.length === 1 ? (comparable[0] as Pair) : undefined;
    emit({ rule: "indicator.targetEqualsCurrent", ...at, params: { value: only ? show(only.target) : "…" } });
  }
  const below = comparable.find((p) => p.target.value < p.current.value);
  if (below) {
    emit({
      rule: "indicator.targetBelowCurrent",
      ...at,
      params: { item: itemPrefix(below), target: show(below.target), current: show(below.current) },
    });
  }
}

/** Items side by side: by their labels when both sides are numbered, else the single item of each side. */
function pairItems(current: Values, target: Values): Pair[] {
  const withQuantities = (c?: ValueItem, t?: ValueItem, label?: number): Pair[] =>
    c?.quantity && t?.quantity ? [{ label, current: c.quantity, target: t.quantity, same: sameQuantities(c, t) }] : [];
  if (current.numbered && target.numbered) {
    return current.items.flatMap((c) =>
      withQuantities(
        c,
        target.items.find((t) => t.label === c.label),
        c.label,
      ),
    );
  }
  if (current.items.length === 1 && target.items.length === 1) return withQuantities(current.items[0], target.items[0]);
  return [];
}

/**
 * An item can name several quantities ("Проверки на речни участъци - 0 бр.; Проведени заседания - 2 бр."): the two
 * items are the same only when all of them are, in order, and the words that describe them say the same thing:
 * "2 бр. проекти в процес" and "2 бр. реализирани" count different things.
 */
function sameQuantities(a: ValueItem, b: ValueItem): boolean {
  const [left, right] = [quantitiesIn(a), quantitiesIn(b)];
  const sameNumbers = left.length === right.length && left.every((q, i) => q.value === right[i]?.value && q.unit === right[i]?.unit);
  return sameNumbers && sameDescription(a.text, b.text);
}

/** The words of a value beside its numbers and units; a side with none (a bare "2 бр.") describes nothing else. */
function sameDescription(a: string, b: string): boolean {
  const [left, right] = [describingWords(a), describingWords(b)];
  if (left.size === 0 || right.size === 0) return true;
  return left.size === right.size && [...left].every((word) => right.has(word));
}

/** Units and the words that only repeat them ("броя", "лв.", "%"), left out of a value's description. */
const UNIT_WORDS = new Set(["бр", "броя", "брой", "лв", "лева", "евро", "eur", "bgn", "процента", "процент", "%"]);

function describingWords(text: string): Set<string> {
  const words = foldKey(text)
    .split(/[^\p{L}%]+/u)
    .filter((word) => word.length > 0 && !UNIT_WORDS.has(word));
  return new Set(words);
}

function quantitiesIn(item: ValueItem): Quantity[] {
  // One part: its quantity is the item's own, found when the cell was read.
  if (!PART_BREAK.test(item.text)) return item.quantity ? [item.quantity] : [];
  const parts = item.text.split(/[;\n]/).map((part) => findQuantity(part));
  const found = parts.filter((q): q is Quantity => q !== undefined);
  return found.length > 0 ? found : item.quantity ? [item.quantity] : [];
}

const PART_BREAK = /[;\n]/;

function sameLabels(a: ValueItem[], b: ValueItem[]): boolean {
  return labels(a) === labels(b);
}

function labels(items: ValueItem[]): string {
  return items.map((item) => item.label ?? "–").join(", ");
}

/** A percentage against a count (or money) is two different measures; a bare number goes with anything. */
function isUnitMismatch(a: Quantity, b: Quantity): boolean {
  return a.unit !== b.unit && a.unit !== "number" && b.unit !== "number";
}

function isComparable(a: Quantity, b: Quantity): boolean {
  return !isUnitMismatch(a, b);
}

function itemPrefix(pair: Pair): ParamValue {
  return pair.label === undefined ? "" : { ref: "item.label", params: { label: pair.label } };
}

function unitRef(quantity: Quantity): ParamValue {
  return { ref: `unit.${quantity.unit}` };
}

function show(quantity: Quantity): string {
  const value = formatNumber(quantity.value);
  if (quantity.unit === "percent") return `${value} %`;
  if (quantity.unit === "count") return `${value} бр.`;
  return value;
}

/** Numbers as a Bulgarian reader writes them: decimal comma, at most two decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace(".", ",");
}
