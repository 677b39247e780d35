/**
 * Plan ↔ report (issue 15): every goal the plan (Приложение №1) set must be accounted for in the report
 * (Приложение №2) of the same administration and year. `reconcile` pairs the two sheets' goals and says what did not
 * pair and what changed on the way; the findings sit on the report's cells, and those about a plan goal also say
 * where that goal is in the plan.
 */
import { address } from "../grid";
import type { Finding } from "../rules/finding";
import { goalSheetOf, type GoalSheet, type ReconcileGoal } from "./goalSheet";
import { meaningWords, wordingKey } from "./goalText";
import { pairGoals, type GoalWords } from "./match";

export { goalSheetOf, type GoalSheet };

const FIRST_WORDS = 8;

export function reconcile(plan: GoalSheet, report: GoalSheet): Finding[] {
  const pairs = pairGoals(plan.goals.map(wordsOf), report.goals.map(wordsOf));
  const findings: Finding[] = [];
  const sourceOf = (goal: ReconcileGoal) => ({
    ...(plan.file !== undefined && { file: plan.file }),
    sheet: plan.sheet,
    cell: address(goal.row, plan.goalCol),
  });

  const paired = new Set(pairs.map(([p]) => p));
  plan.goals.forEach((goal, p) => {
    if (paired.has(p)) return;
    findings.push({
      rule: "plan.goalNotReported",
      row: report.headerRow,
      col: report.goalCol,
      params: { number: goal.number, words: firstWords(goal.goal) },
      source: sourceOf(goal),
    });
  });

  const reportPaired = new Set(pairs.map(([, r]) => r));
  report.goals.forEach((goal, r) => {
    if (!reportPaired.has(r)) findings.push({ rule: "plan.goalNotPlanned", row: goal.row, col: report.goalCol });
  });

  for (const [p, r] of pairs) {
    const planGoal = plan.goals[p] as ReconcileGoal;
    const reportGoal = report.goals[r] as ReconcileGoal;
    const source = sourceOf(planGoal);
    if (wordingKey(planGoal.goal) !== wordingKey(reportGoal.goal)) {
      findings.push({ rule: "plan.goalReworded", row: reportGoal.row, col: report.goalCol, params: { number: planGoal.number }, source });
    }
    if (report.targetCol !== undefined && planGoal.target.key !== reportGoal.target.key) {
      findings.push({
        rule: "plan.targetChanged",
        row: reportGoal.target.row,
        col: report.targetCol,
        params: { planned: planGoal.target.shown || "—", reported: reportGoal.target.shown || "—" },
        source,
      });
    }
  }
  return findings;
}

function wordsOf(goal: ReconcileGoal): GoalWords {
  return { goal: meaningWords(goal.goal), indicator: meaningWords(goal.indicator) };
}

function firstWords(text: string): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(" ")} …` : words.join(" ");
}
