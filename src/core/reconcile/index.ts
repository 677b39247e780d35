/**
 * Plan ↔ report (issue 15): every goal the plan (Приложение №1) set must be accounted for in the report
 * (Приложение №2) of the same administration and year. `reconcile` pairs the two tables' goals and says what did not
 * pair and what changed on the way; the findings sit on the report's cells, and those about a plan goal also say
 * where that goal is in the plan.
 */
import { address } from "../grid";
import { fieldFormat, fieldValue, type Goal, type Table } from "../table";
import { cellText } from "../text";
import { parseIndicatorValue, type IndicatorValue } from "../values";
import type { Finding } from "../rules/finding";
import { meaningWords, wordingKey } from "./goalText";
import { pairGoals, type GoalWords } from "./match";

/** The plan's table and where it is, for findings that point back at it. */
export interface PlanTable {
  table: Table;
  sheet: string;
  file?: string;
}

const FIRST_WORDS = 8;

export function reconcile(plan: PlanTable, report: Table): Finding[] {
  const planGoals = plan.table.goals;
  const reportGoals = report.goals;
  const pairs = pairGoals(planGoals.map((g) => wordsOf(plan.table, g)), reportGoals.map((g) => wordsOf(report, g)));
  const findings: Finding[] = [];
  const columns = report.layout.header.columns;
  const goalCol = columns.goal ?? report.layout.header.firstCol;
  const headerRow = report.layout.header.rows[0] ?? 1;

  const paired = new Set(pairs.map(([p]) => p));
  planGoals.forEach((goal, p) => {
    if (paired.has(p)) return;
    const first = goal.rows[0] as number;
    const planGoalCol = plan.table.layout.header.columns.goal ?? plan.table.layout.header.firstCol;
    findings.push({
      rule: "plan.goalNotReported",
      row: headerRow,
      col: goalCol,
      params: { number: numberOf(plan.table, goal), words: firstWords(textOf(plan.table, goal, "goal")) },
      source: { ...(plan.file !== undefined && { file: plan.file }), sheet: plan.sheet, cell: address(first, planGoalCol) },
    });
  });

  const reportPaired = new Set(pairs.map(([, r]) => r));
  reportGoals.forEach((goal, r) => {
    if (!reportPaired.has(r)) findings.push({ rule: "plan.goalNotPlanned", row: goal.rows[0] as number, col: goalCol });
  });

  for (const [p, r] of pairs) {
    const planGoal = planGoals[p] as Goal;
    const reportGoal = reportGoals[r] as Goal;
    const source = { ...(plan.file !== undefined && { file: plan.file }), sheet: plan.sheet, cell: address(planGoal.rows[0] as number, plan.table.layout.header.columns.goal ?? plan.table.layout.header.firstCol) };
    if (wordingKey(textOf(plan.table, planGoal, "goal")) !== wordingKey(textOf(report, reportGoal, "goal"))) {
      findings.push({ rule: "plan.goalReworded", row: reportGoal.rows[0] as number, col: goalCol, params: { number: numberOf(plan.table, planGoal) }, source });
    }
    const planTarget = targetOf(plan.table, planGoal);
    const reportTarget = targetOf(report, reportGoal);
    if (columns.targetValue !== undefined && planTarget.key !== reportTarget.key) {
      findings.push({
        rule: "plan.targetChanged",
        row: reportTarget.row,
        col: columns.targetValue,
        params: { planned: planTarget.shown || "—", reported: reportTarget.shown || "—" },
        source,
      });
    }
  }
  return findings;
}

function wordsOf(table: Table, goal: Goal): GoalWords {
  return { goal: meaningWords(textOf(table, goal, "goal")), indicator: meaningWords(textOf(table, goal, "indicator")) };
}

/** A field's text over the goal's rows, each distinct text once (a merged cell reads the same on every row). */
function textOf(table: Table, goal: Goal, field: "goal" | "indicator" | "targetValue"): string {
  return [...new Set(goal.rows.map((row) => cellText(fieldValue(table, row, field)).trim()).filter(Boolean))].join("\n");
}

function numberOf(table: Table, goal: Goal): string {
  const value = cellText(fieldValue(table, goal.rows[0] as number, "no")).trim();
  return value.replace(/\.$/, "") || "—";
}

function firstWords(text: string): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(" ")} …` : words.join(" ");
}

/**
 * The goal's target values, as the indicator rules read them: the quantities in order when there are any (so
 * "1 бр." and "1 брой" are the same target), else the text folded; with the text to show and the row to point at.
 */
function targetOf(table: Table, goal: Goal): { key: string; shown: string; row: number } {
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
