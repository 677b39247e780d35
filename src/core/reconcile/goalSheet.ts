/**
 * The goals of one sheet as reconcile compares them: each goal's number, texts and target, and where the sheet's goal
 * and target columns are. Plain data, a few hundred bytes a goal and no grid: the command line's check workers hand
 * it back, so that plans and reports of different files are reconciled without reading any file twice.
 */
import { fieldFormat, fieldValue, type Goal, type Table } from "../table";
import { cellText } from "../text";
import { parseIndicatorValue, type IndicatorValue } from "../values";
import { wordingKey } from "./goalText";

export interface GoalSheet {
  /** The sheet, and its file when the findings point into another workbook. */
  sheet: string;
  file?: string;
  /** Where issues about the sheet as a whole sit: the goal column's first header cell. */
  headerRow: number;
  goalCol: number;
  targetCol?: number;
  goals: ReconcileGoal[];
}

export interface ReconcileGoal {
  /** The goal's first row. */
  row: number;
  /** Its № as written, without a trailing dot; "—" when there is none. */
  number: string;
  goal: string;
  indicator: string;
  target: Target;
}

/**
 * A goal's target values, as the indicator rules read them: `key` holds the quantities in order when there are any (so
 * "1 бр." and "1 брой" are the same target), else the text folded; `shown` is the text to quote, `row` where it is.
 */
export interface Target {
  key: string;
  shown: string;
  row: number;
}

export function goalSheetOf(table: Table, sheet: string, file?: string): GoalSheet {
  const { columns, rows, firstCol } = table.layout.header;
  return {
    sheet,
    ...(file !== undefined && { file }),
    headerRow: rows[0] ?? 1,
    goalCol: columns.goal ?? firstCol,
    ...(columns.targetValue !== undefined && { targetCol: columns.targetValue }),
    goals: table.goals.map((goal) => ({
      row: goal.rows[0] as number,
      number: numberOf(table, goal),
      goal: textOf(table, goal, "goal"),
      indicator: textOf(table, goal, "indicator"),
      target: targetOf(table, goal),
    })),
  };
}

/** A field's text over the goal's rows, each distinct text once (a merged cell reads the same on every row). */
function textOf(table: Table, goal: Goal, field: "goal" | "indicator" | "targetValue"): string {
  return [...new Set(goal.rows.map((row) => cellText(fieldValue(table, row, field)).trim()).filter(Boolean))].join("\n");
}

function numberOf(table: Table, goal: Goal): string {
  const value = cellText(fieldValue(table, goal.rows[0] as number, "no")).trim();
  return value.replace(/\.$/, "") || "—";
}

function targetOf(table: Table, goal: Goal): Target {
  const parts = goal.rows.map((row) => ({ row, value: parseIndicatorValue(fieldValue(table, row, "targetValue"), fieldFormat(table, row, "targetValue")) }));
  const keys = [...new Set(parts.map(({ value }) => keyOf(value)).filter(Boolean))];
  const row = parts.find(({ value }) => value.kind !== "empty")?.row ?? (goal.rows[0] as number);
  return { key: keys.join(" | "), shown: textOf(table, goal, "targetValue").replace(/\s+/g, " "), row };
}

function keyOf(value: IndicatorValue): string {
  if (value.kind === "empty") return "";
  if (value.kind === "notApplicable") return "n/a";
  const quantities = value.items.filter((item) => item.quantity).map((item) => `${item.quantity?.value} ${item.quantity?.unit}`);
  return quantities.length > 0 ? quantities.join("; ") : value.items.map((item) => wordingKey(item.text)).join("; ");
}
