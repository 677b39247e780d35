/**
 * Plans and reports among the files of one run (issue 15): p2check pairs a plan (Приложение №1) with the report of
 * the same administration and year by itself, and adds the plan.* issues to the report. Each file is checked in its
 * worker, which hands back, beside the reports, the goals of the sheets that may pair (plain data: texts and targets,
 * never a grid), so no file is read twice; the pairing runs here once the last file is checked, over those goals.
 * What it keeps until then is a few hundred bytes a goal.
 */
import { countBySeverity, pairSheets, reconcileWithPlan, type GoalSheet, type Issue, type Lang, type Report } from "../core";
import { isUnreadable, type FileResult } from "./checkFiles";

/** A sheet of a file. */
export interface SheetRef {
  file: string;
  sheet: string;
}

export interface PlanPair {
  administration: string;
  year: number;
  report: SheetRef;
  plan: SheetRef;
  /** The plan.* issues the pairing added to the report, and their counts. */
  issues: Issue[];
  counts: Report["counts"];
}

export interface Pairing {
  pairs: PlanPair[];
  /** Reports whose administration and year have two or more plans among the files: reconciled with none. */
  manyPlans: { report: SheetRef; plans: SheetRef[] }[];
  /** Pairs too large to reconcile outside a worker's budget (see MAX_GOAL_PAIRS): reconciled with none. */
  tooLarge: { report: SheetRef; plan: SheetRef; goals: number }[];
  /** Reports with no plan of theirs among the files, checked as they are; plans with no report of theirs. */
  reportsAlone: SheetRef[];
  plansAlone: SheetRef[];
}

/**
 * Goals of a plan times goals of its report above which the pair is not reconciled here, in p2check's own thread,
 * where no time or memory budget holds (the workers' does). Real pairs hold tens of goals each; at worst — every goal
 * worded alike — 1,000 × 1,000 took 1.3 s and 40 MB, 3,000 × 3,000 7.7 s and 240 MB (measured on this 2-core machine).
 * Such a pair is named, and `--plan` reconciles it in a worker, within the budget.
 */
export const MAX_GOAL_PAIRS = 1_000_000;

interface Candidate {
  result: { file: string; reports: Report[] };
  index: number;
  goals: GoalSheet;
}

export class PlanPairing {
  private readonly candidates: Candidate[] = [];

  /** Keeps a checked file's goals that may pair, and takes them off the result (they are not for printing). */
  take(result: FileResult): void {
    if (isUnreadable(result) || !result.goals) return;
    result.goals.forEach((goals, index) => {
      if (goals) this.candidates.push({ result, index, goals });
    });
    delete result.goals;
  }

  /**
   * Pairs the plans and reports taken, and puts each paired report, reconciled, in its file's result in place of the
   * one checked alone. Undefined when no plan is among the files: then there is nothing to pair, nor to say.
   */
  pair(lang: Lang): Pairing | undefined {
    const candidates = this.candidates.splice(0);
    const reports = candidates.map(reportOf);
    if (!reports.some((report) => report.form === "plan")) return undefined;
    const found = pairSheets(
      reports.map(({ form, layout }) => ({
        form: form === "plan" ? "plan" : "report",
        ...(layout.administration !== undefined && { administration: layout.administration }),
        ...(layout.year !== undefined && { year: layout.year }),
      })),
    );
    const ref = (i: number): SheetRef => ({ file: candidates[i]?.result.file as string, sheet: reports[i]?.sheet as string });
    const pairing: Pairing = {
      pairs: [],
      manyPlans: found.manyPlans.map(({ report, plans }) => ({ report: ref(report), plans: plans.map(ref) })),
      tooLarge: [],
      reportsAlone: found.reportsAlone.map(ref),
      plansAlone: found.plansAlone.filter((i) => !usedInItsWorkbook(candidates[i] as Candidate)).map(ref),
    };
    for (const [p, r] of found.pairs) {
      const plan = candidates[p] as Candidate;
      const report = candidates[r] as Candidate;
      const goals = plan.goals.goals.length * report.goals.goals.length;
      if (goals > MAX_GOAL_PAIRS) {
        pairing.tooLarge.push({ report: ref(r), plan: ref(p), goals: plan.goals.goals.length + report.goals.goals.length });
        continue;
      }
      const checked = reportOf(report);
      const reconciled = reconcileWithPlan(checked, report.goals, plan.goals, { lang });
      report.result.reports[report.index] = reconciled;
      const before = new Set(checked.issues);
      const issues = reconciled.issues.filter((issue) => !before.has(issue));
      pairing.pairs.push({
        administration: checked.layout.administration as string,
        year: checked.layout.year as number,
        report: ref(r),
        plan: ref(p),
        issues,
        counts: countBySeverity(issues),
      });
    }
    return pairing;
  }
}

function reportOf({ result, index }: Candidate): Report {
  return result.reports[index] as Report;
}

/** A plan its own workbook's report was reconciled with is not a plan without a report. */
function usedInItsWorkbook(plan: Candidate): boolean {
  const { sheet } = reportOf(plan);
  return plan.result.reports.some((report) => report.plan?.sheet === sheet && (report.plan.file ?? plan.result.file) === plan.result.file);
}
