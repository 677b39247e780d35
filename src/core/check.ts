/** check(grid) → Report: find the form, run every rule, roll up — the one entry point every host calls. */
import { FIELD_KEYS } from "./fields";
import { address, columnLetter, parseAddress, type SheetGrid } from "./grid";
import type { Lang } from "./i18n/format";
import { detectLayout, type Layout } from "./layout";
import type { Issue, Report } from "./report";
import { oncePerObject } from "./memo";
import { emptyRollup, rollUp } from "./rollup";
import { checkForm, checkTable, messageOf, RULES, type Finding } from "./rules";
import { goalSheetOf, reconcile, type GoalSheet } from "./reconcile";
import { mayPair } from "./reconcile/pairs";
import { readTable, type Table } from "./table";

export interface CheckOptions {
  lang?: Lang;
  file?: string;
}

/** Checks one sheet. A sheet without the form gives a Report with form "unknown" and layout.notFound. */
export function checkSheet(grid: SheetGrid, options: CheckOptions = {}): Report {
  const layout = layoutOf(grid);
  return layout ? reportOf(grid, layout, options) : notFound(grid.name, options);
}

/** Whether the sheet holds the form (a header the layout finder recognises); hosts use it to pick the sheet. */
export function holdsForm(grid: SheetGrid): boolean {
  return layoutOf(grid) !== undefined;
}

/** The grid's layout, found once per grid: a host asks holdsForm to pick the sheet, then checks the same grid. */
const layoutOf = oncePerObject(detectLayout);

/**
 * Checks every sheet that holds the form; when none does, one "not found" Report for the workbook. A workbook that
 * holds a plan and a report of the same year has each report reconciled with that plan.
 */
export function checkWorkbook(grids: SheetGrid[], options: CheckOptions = {}): Report[] {
  const reports = checkFound(grids, options).map(({ report }) => report);
  return reports.length > 0 ? reports : [notFound(grids[0]?.name ?? "", options)];
}

/**
 * checkWorkbook, and beside each Report the goals reconcile needs (goalSheet.ts) where the sheet may still be paired
 * with a sheet of another file (mayPair). The command line's workers return these, and it pairs plans and reports of
 * different files with reconcileWithPlan. With `of: "plans"`, only plans' goals: a report's are wanted only once a
 * plan of its administration and year is found among the files, which in a folder of reports is never.
 */
export function checkWorkbookForPairing(
  grids: SheetGrid[],
  options: CheckOptions = {},
  of: "plans" | "all" = "all",
): { reports: Report[]; goals: (GoalSheet | null)[] } {
  const found = checkFound(grids, options);
  if (found.length === 0) return { reports: [notFound(grids[0]?.name ?? "", options)], goals: [null] };
  const wanted = (report: Report) => mayPair(report) && (of === "all" || report.form === "plan");
  return {
    reports: found.map(({ report }) => report),
    goals: found.map(({ report, table }) => (wanted(report) ? goalSheetOf(table, report.sheet, options.file) : null)),
  };
}

function checkFound(grids: SheetGrid[], options: CheckOptions): { report: Report; table: Table }[] {
  const found = grids.flatMap((grid) => {
    const layout = layoutOf(grid);
    return layout ? [{ grid, layout }] : [];
  });
  return found.map(({ grid, layout }) => {
    const plan = layout.form === "report" ? found.find((other) => isPlanFor(other.layout, layout)) : undefined;
    return checked(grid, layout, options, plan && { grid: plan.grid, ...(options.file !== undefined && { file: options.file }) });
  });
}

/**
 * A checked report with the plan.* issues of a plan from elsewhere (goalSheet.ts) added in their places, the counts
 * updated, and the plan named; `goals` are the report's own, as checkWorkbookForPairing gave them.
 */
export function reconcileWithPlan(report: Report, goals: GoalSheet, plan: GoalSheet, options: CheckOptions = {}): Report {
  const lang = options.lang ?? "bg";
  const added = reconcile(plan, goals).map((finding) => issueOf(finding, report.sheet, lang));
  const issues = [...report.issues, ...added].sort((a, b) => byPlace(placeOf(a), placeOf(b)));
  return {
    ...(report.file !== undefined && { file: report.file }),
    sheet: report.sheet,
    form: report.form,
    plan: planRef(plan),
    layout: report.layout,
    issues,
    counts: countBySeverity(issues),
    rollup: report.rollup,
  };
}

function placeOf(issue: Issue): Pick<Finding, "rule" | "row" | "col"> {
  const place = parseAddress(issue.cell) ?? { row: 0, col: 0 };
  return { rule: issue.rule as Finding["rule"], ...place };
}

function planRef(plan: { file?: string; sheet: string }): NonNullable<Report["plan"]> {
  return { ...(plan.file !== undefined && { file: plan.file }), sheet: plan.sheet };
}

/** A plan to reconcile a report with: its sheet, and its file when that is another one. */
export interface PlanSheet {
  grid: SheetGrid;
  file?: string;
}

/** Checks a report's sheet and reconciles it with a plan's (`p2check --plan`); a sheet that is no plan is ignored. */
export function checkSheetWithPlan(grid: SheetGrid, plan: PlanSheet, options: CheckOptions = {}): Report {
  const layout = layoutOf(grid);
  if (!layout) return notFound(grid.name, options);
  const planLayout = layoutOf(plan.grid);
  return reportOf(grid, layout, options, planLayout?.form === "plan" ? plan : undefined);
}

/**
 * Checks a workbook's sheets, reconciling each report with the first plan sheet of another workbook
 * (`p2check REPORT --plan PLAN`); undefined when that workbook holds no plan.
 */
export function checkWorkbookWithPlan(
  grids: SheetGrid[],
  planGrids: SheetGrid[],
  options: CheckOptions & { planFile?: string } = {},
): Report[] | undefined {
  const planGrid = planGrids.find((grid) => layoutOf(grid)?.form === "plan");
  if (!planGrid) return undefined;
  const plan: PlanSheet = { grid: planGrid, ...(options.planFile !== undefined && { file: options.planFile }) };
  const reports = grids.filter((grid) => layoutOf(grid)).map((grid) => checkSheetWithPlan(grid, plan, options));
  return reports.length > 0 ? reports : [notFound(grids[0]?.name ?? "", options)];
}

/** Which form a sheet holds ("plan" or "report"), or undefined when it holds none; hosts use it to pick what to offer. */
export function formOf(grid: SheetGrid): Layout["form"] | undefined {
  return layoutOf(grid)?.form;
}

/** Whether `plan` is the sheet a workbook's `report` sheet is reconciled with (isPlanFor over their layouts). */
export function isPlanSheetFor(plan: SheetGrid, report: SheetGrid): boolean {
  const [planLayout, reportLayout] = [layoutOf(plan), layoutOf(report)];
  return planLayout !== undefined && reportLayout?.form === "report" && isPlanFor(planLayout, reportLayout);
}

/** Whether a sheet's layout is the plan for a report's: a plan, of the same year when both name one. */
export function isPlanFor(plan: Layout, report: Layout): boolean {
  return plan.form === "plan" && (plan.year === undefined || report.year === undefined || plan.year === report.year);
}

function reportOf(grid: SheetGrid, layout: Layout, options: CheckOptions, plan?: PlanSheet): Report {
  return checked(grid, layout, options, plan).report;
}

function checked(grid: SheetGrid, layout: Layout, options: CheckOptions, plan?: PlanSheet): { report: Report; table: Table } {
  const findings: Finding[] = [];
  const emit = (finding: Finding) => findings.push(finding);
  checkForm(layout, emit);
  const table = readTable(grid, layout);
  checkTable(table, emit);
  const planLayout = plan && layoutOf(plan.grid);
  if (plan && planLayout) {
    const planGoals = goalSheetOf(readTable(plan.grid, planLayout), plan.grid.name, plan.file);
    for (const finding of reconcile(planGoals, goalSheetOf(table, grid.name))) emit(finding);
  }
  const issues = findings.sort(byPlace).map((f) => issueOf(f, grid.name, options.lang ?? "bg"));
  const columns: Report["layout"]["columns"] = {};
  for (const field of FIELD_KEYS) {
    const col = layout.header.columns[field];
    if (col !== undefined) columns[field] = columnLetter(col);
  }
  const report: Report = {
    ...(options.file !== undefined && { file: options.file }),
    sheet: grid.name,
    form: layout.form,
    ...(plan && planLayout && { plan: planRef({ ...plan, sheet: plan.grid.name }) }),
    layout: {
      found: true,
      headerRows: layout.header.rows,
      firstDataRow: layout.firstDataRow,
      ...(table.lastDataRow !== undefined && { lastDataRow: table.lastDataRow }),
      ...(layout.year !== undefined && { year: layout.year }),
      ...(layout.administration && { administration: layout.administration }),
      ...(layout.meta.preparedBy?.value && { preparedBy: layout.meta.preparedBy.value }),
      columns,
    },
    issues,
    counts: countBySeverity(issues),
    rollup: rollUp(table),
  };
  return { report, table };
}

function notFound(sheet: string, options: CheckOptions): Report {
  const issues = [issueOf({ rule: "layout.notFound", row: 1, col: 1 }, sheet, options.lang ?? "bg")];
  return {
    ...(options.file !== undefined && { file: options.file }),
    sheet,
    form: "unknown",
    layout: { found: false, headerRows: [], columns: {} },
    issues,
    counts: countBySeverity(issues),
    rollup: emptyRollup(),
  };
}

/** Layout findings first (they sit on the header), then in reading order: row by row, left to right. */
function byPlace(a: Pick<Finding, "rule" | "row" | "col">, b: Pick<Finding, "rule" | "row" | "col">): number {
  const layoutFirst = Number(!isLayout(a)) - Number(!isLayout(b));
  return layoutFirst || a.row - b.row || a.col - b.col;
}

function isLayout(finding: Pick<Finding, "rule">): boolean {
  return finding.rule.startsWith("layout.") || finding.rule.startsWith("meta.");
}

function issueOf(finding: Finding, sheet: string, lang: Lang): Issue {
  const rule = RULES[finding.rule];
  const field = finding.field ?? ("field" in rule ? rule.field : undefined);
  return {
    rule: finding.rule,
    severity: finding.severity ?? rule.severity,
    sheet,
    cell: address(finding.row, finding.col),
    ...(field && { field }),
    message: messageOf(finding, lang),
    ...(finding.suggestion && { suggestion: finding.suggestion }),
    ...(finding.source && { source: finding.source }),
  };
}

export function countBySeverity(issues: Issue[]): Report["counts"] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}
