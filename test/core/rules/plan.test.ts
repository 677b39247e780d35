// Plan ↔ report: the plan (Приложение №1) of Областна администрация Хасково 2023 and its report, in one workbook
// (the report is reconciled by itself) or in two files (checkSheetWithPlan, as `p2check --plan` does).
import { checkSheetWithPlan, checkWorkbookForPairing, reconcileWithPlan, ReportSchema, type Report } from "../../../src/core";
import { readWorkbook } from "../../../src/file/readWorkbook";
import { buildWorkbook, type FormRow, type FormSheet } from "../../fixtures/builder";
import { checkBuilt, issuesOf } from "../../fixtures/check";
import { cleanRows, cleanSheet } from "../../fixtures/clean";
import { planOf } from "../../fixtures/plan";
import { blagoevgrad2024 } from "../../fixtures/reference/blagoevgrad2024";

/** The report of a one-workbook pair (plan sheet first, report second). */
async function reconciled(plan: FormSheet, report: FormSheet): Promise<Report> {
  const reports = await checkBuilt([plan, report]);
  const found = reports.find((r) => r.form === "report");
  if (!found) throw new Error("no report sheet found");
  return found;
}

const planIssues = (report: Report) => report.issues.filter((issue) => issue.rule.startsWith("plan."));
const PLAN = planOf(cleanSheet());

describe("plan.goalNotReported and plan.goalNotPlanned", () => {
  it("is silent for the report made from the plan, also reordered and renumbered", async () => {
    expect(planIssues(await reconciled(PLAN, cleanSheet()))).toEqual([]);
    const [a, b, c] = cleanRows as [FormRow, FormRow, FormRow];
    const reordered = [{ ...c, no: "1." }, { ...a, no: "2." }, { ...b, no: "3." }];
    expect(planIssues(await reconciled(PLAN, cleanSheet({ rows: reordered })))).toEqual([]);
  });

  it("names a planned goal the report dropped, on the report's goal header, pointing at the plan's cell", async () => {
    const report = await reconciled(PLAN, cleanSheet({ rows: [cleanRows[0] as FormRow, cleanRows[2] as FormRow] }));
    const [missing] = issuesOf(report, "plan.goalNotReported");
    expect(missing).toMatchObject({ severity: "error", cell: "B5", source: { sheet: "План", cell: "B9" } });
    expect(missing?.message).toBe("Цел № 2 от плана („Развитие на трансгранично сътрудничество в различни сфери на …“) липсва в отчета");
    expect(planIssues(report).map((i) => i.rule)).toEqual(["plan.goalNotReported"]);
  });

  it("notes a goal the plan did not have", async () => {
    const added: FormRow = {
      ...(cleanRows[1] as FormRow),
      no: "4.",
      goal: "Организиране на областен форум за младежка заетост и предприемачество",
      indicator: "Брой проведени форуми",
    };
    const report = await reconciled(PLAN, cleanSheet({ rows: [...cleanRows, added] }));
    expect(planIssues(report).map((i) => `${i.rule}@${i.cell} ${i.severity}`)).toEqual(["plan.goalNotPlanned@B11 info"]);
  });
});

describe("plan.goalReworded", () => {
  it("notes a goal whose wording changed, not one whose spaces or punctuation did", async () => {
    const goal = (cleanRows[0] as FormRow).goal as string;
    const spaced = await reconciled(PLAN, cleanSheet({ rows: [{ ...(cleanRows[0] as FormRow), goal: `  ${goal.replace(/ /g, "  ")}.` }, ...cleanRows.slice(1)] }));
    expect(planIssues(spaced)).toEqual([]);
    const reworded = goal.replace("Подобряване достъпа до", "Осигуряване на по-добър достъп до");
    const report = await reconciled(PLAN, cleanSheet({ rows: [{ ...(cleanRows[0] as FormRow), goal: reworded }, ...cleanRows.slice(1)] }));
    expect(planIssues(report).map((i) => `${i.rule}@${i.cell}: ${i.message}`)).toEqual([
      "plan.goalReworded@B8: Текстът на целта е променен спрямо цел № 1 от плана",
    ]);
  });
});

describe("plan.targetChanged", () => {
  it("warns on a target the report changed from the plan's, and not on the same target written otherwise", async () => {
    const changed = await reconciled(PLAN, cleanSheet({ rows: [{ ...(cleanRows[0] as FormRow), targetValue: "2 бр." }, ...cleanRows.slice(1)] }));
    expect(planIssues(changed).map((i) => `${i.rule}@${i.cell}: ${i.message}`)).toEqual([
      "plan.targetChanged@H8: Целевата стойност е „2 бр.“, а в плана е „1 бр.“",
    ]);
    const same = await reconciled(PLAN, cleanSheet({ rows: [{ ...(cleanRows[0] as FormRow), targetValue: "1 брой" }, ...cleanRows.slice(1)] }));
    expect(planIssues(same)).toEqual([]);
  });
});

describe("two files: Благоевград 2024's plan and a report that dropped, reordered, renumbered and reworded", () => {
  it("accounts for every planned goal", async () => {
    const plan = planOf(blagoevgrad2024);
    const goals = blagoevgrad2024.rows;
    // Goal 9 dropped; goals 14 and 15 swapped and renumbered; goal 3 reworded slightly.
    const kept = goals.filter((row) => row.no !== "9.");
    const swapped = kept.map((row) => (row.no === "14." ? { ...row, no: "15." } : row.no === "15." ? { ...row, no: "14." } : row));
    const reworded = swapped.map((row) => (row.no === "3." ? { ...row, goal: `${String(row.goal)} в областта` } : row));
    const [planGrid] = await readWorkbook(await buildWorkbook([plan]));
    const [reportGrid] = await readWorkbook(await buildWorkbook([{ ...blagoevgrad2024, rows: reworded }]));
    const report = checkSheetWithPlan(reportGrid!, { grid: planGrid!, file: "план-2024.xlsx" });
    expect(planIssues(report).map((i) => [i.rule, i.source?.cell])).toEqual([
      ["plan.goalNotReported", expect.stringMatching(/^B\d+$/)],
      ["plan.goalReworded", expect.stringMatching(/^B\d+$/)],
    ]);
    const missing = issuesOf(report, "plan.goalNotReported")[0];
    expect(missing?.message).toMatch(/^Цел № 9 от плана/);
    expect(missing?.source?.file).toBe("план-2024.xlsx");
  });
});

describe("a plan of another file, reconciled over the goals the command line's workers hand back", () => {
  /** Благоевград 2024's report with goal 9 dropped, 14 and 15 swapped and renumbered, 3 reworded, 5's target changed. */
  const changed = blagoevgrad2024.rows
    .filter((row) => row.no !== "9.")
    .map((row) => (row.no === "14." ? { ...row, no: "15." } : row.no === "15." ? { ...row, no: "14." } : row))
    .map((row) => (row.no === "3." ? { ...row, goal: `${String(row.goal)} в областта` } : row))
    .map((row) => (row.no === "5." ? { ...row, targetValue: "7 бр." } : row));
  const report = { ...blagoevgrad2024, rows: changed };

  it("finds what reconciling in one workbook finds, in the same places and order, and names the plan", async () => {
    const together = await reconciled(planOf(blagoevgrad2024), report);
    const reportFile = checkWorkbookForPairing(await readWorkbook(await buildWorkbook([report])), { file: "отчет.xlsx" });
    const planFile = checkWorkbookForPairing(await readWorkbook(await buildWorkbook([planOf(blagoevgrad2024)])), { file: "план.xlsx" });
    const [alone] = reportFile.reports as [Report];
    const [reportGoals] = reportFile.goals;
    const [planGoals] = planFile.goals;
    if (!reportGoals || !planGoals) throw new Error("a sheet that may pair came back without its goals");
    expect(alone.plan).toBeUndefined();
    const paired = reconcileWithPlan(alone, reportGoals, planGoals);
    expect(ReportSchema.parse(paired)).toEqual(paired);
    expect(paired.plan).toEqual({ file: "план.xlsx", sheet: "План" });
    const withoutFile = (r: Report) => r.issues.map(({ source, ...issue }) => ({ ...issue, ...(source && { source: { sheet: source.sheet, cell: source.cell } }) }));
    expect(withoutFile(paired)).toEqual(withoutFile(together));
    expect(paired.counts).toEqual(together.counts);
    expect(planIssues(paired).map((i) => i.rule)).toEqual(["plan.goalNotReported", "plan.goalReworded", "plan.targetChanged"]);
    expect(issuesOf(paired, "plan.goalNotReported")[0]?.source?.file).toBe("план.xlsx");
  });

  it("hands back the goals only of the sheets that may still pair", async () => {
    const inOne = checkWorkbookForPairing(await readWorkbook(await buildWorkbook([planOf(blagoevgrad2024), report])), { file: "двата.xlsx" });
    // The plan may serve a report of another file; the report was reconciled with it already.
    expect(inOne.reports.map((r) => [r.form, r.plan?.sheet])).toEqual([["plan", undefined], ["report", "План"]]);
    expect(inOne.goals.map((goals) => goals?.goals.length ?? null)).toEqual([15, null]);
    const unnamed = { ...report, above: (report.above ?? []).filter((line) => typeof line === "string") };
    const noAdministration = checkWorkbookForPairing(await readWorkbook(await buildWorkbook([unnamed])));
    expect(noAdministration.goals).toEqual([null]);
  });
});
