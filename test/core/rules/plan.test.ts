// Plan ↔ report: the plan (Приложение №1) of Областна администрация Хасково 2023 and its report, in one workbook
// (the report is reconciled by itself) or in two files (checkSheetWithPlan, as `p2check --plan` does).
import { checkSheetWithPlan, type Report } from "../../../src/core";
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
