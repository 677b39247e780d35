/**
 * Plans and reports among the files of one run (issue 15): p2check pairs a plan (Приложение №1) with the report of
 * the same administration and year by itself, and adds the plan.* issues to the report. Each file is checked in its
 * worker, which hands back, beside the reports, the goals of its plans (plain data: texts and targets, never a grid);
 * the pairing runs here once the last file is checked, by the administration and year each report names. A report that
 * pairs is then checked again for its own goals (goalsOf): in a folder of reports without plans — what a central
 * office collects — no report's goals are made, handed over or kept (they were a third of the data a worker handed
 * back, and of p2check's memory).
 */
// Not the core's index, which brings zod and the whole checker: the reconciling is loaded when a plan is found.
import type { GoalSheet, Issue, Lang, Report } from "../core";
import { mayPair, pairSheets } from "../core/reconcile/pairs";
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
  /** Reports whose file could not be read again, or read otherwise, for their goals: reconciled with none. */
  changed: { report: SheetRef; plan: SheetRef }[];
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
  /** A plan's goals, from its check; a report's once it pairs. */
  goals?: GoalSheet;
}

/** The goals of a file's sheets that may pair, from a fresh check of it; undefined when it cannot be read now. */
export type GoalsOf = (file: string) => Promise<(GoalSheet | null)[] | undefined>;

export class PlanPairing {
  private readonly candidates: Candidate[] = [];

  /** Keeps a checked file's sheets that may pair, and the plans' goals, taken off the result (not for printing). */
  take(result: FileResult): void {
    if (isUnreadable(result)) return;
    result.reports.forEach((report, index) => {
      const goals = result.goals?.[index];
      if (goals) this.candidates.push({ result, index, goals });
      else if (report.form === "report" && mayPair(report)) this.candidates.push({ result, index });
    });
    delete result.goals;
  }

  /**
   * Pairs the plans and reports taken, and puts each paired report, reconciled, in its file's result in place of the
   * one checked alone. Undefined when no plan is among the files: then there is nothing to pair, nor to say.
   */
  async pair(lang: Lang, goalsOf: GoalsOf): Promise<Pairing | undefined> {
    const candidates = this.candidates.splice(0);
    const reports = candidates.map(reportOf);
    if (!reports.some((report) => report.form === "plan")) return undefined;
    const { countBySeverity, reconcileWithPlan } = await import("../core/check");
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
      changed: [],
      reportsAlone: found.reportsAlone.map(ref),
      plansAlone: found.plansAlone.filter((i) => !usedInItsWorkbook(candidates[i] as Candidate)).map(ref),
    };
    const checkedAgain = new Map<string, ReturnType<GoalsOf>>();
    for (const [p, r] of found.pairs) {
      const plan = candidates[p] as Candidate;
      const report = candidates[r] as Candidate;
      const checked = reportOf(report);
      const file = report.result.file;
      if (!checkedAgain.has(file)) checkedAgain.set(file, goalsOf(file));
      const reportGoals = (await checkedAgain.get(file))?.[report.index];
      const planGoals = plan.goals as GoalSheet;
      // The file as it is now must still hold this sheet where it was: someone may have saved it since.
      if (reportGoals?.sheet !== checked.sheet) {
        pairing.changed.push({ report: ref(r), plan: ref(p) });
        continue;
      }
      if (planGoals.goals.length * reportGoals.goals.length > MAX_GOAL_PAIRS) {
        pairing.tooLarge.push({ report: ref(r), plan: ref(p), goals: planGoals.goals.length + reportGoals.goals.length });
        continue;
      }
      const reconciled = reconcileWithPlan(checked, reportGoals, planGoals, { lang });
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
