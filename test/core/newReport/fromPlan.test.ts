// The report made from a plan, written as the command line writes it and checked as a user's report would be.
import ExcelJS from "exceljs";
import { checkWorkbook, FIELD_KEYS, type Report } from "../../../src/core";
import { detectLayout } from "../../../src/core/layout";
import { reportFromPlan } from "../../../src/core/newReport/fromPlan";
import { readWorkbook } from "../../../src/file/readWorkbook";
import { writePlan } from "../../../src/file/writePlan";
import { buildWorkbook, type FormSheet } from "../../fixtures/builder";
import { blagoevgrad2024 } from "../../fixtures/reference/blagoevgrad2024";
import { reportSheet } from "../../../bench/lib/synthetic";

const PLAN_FIELDS = FIELD_KEYS.filter((field) => field !== "status" && field !== "progressInfo");

/** A report's goals as the plan they were reported against. */
function planOf(report: FormSheet): FormSheet {
  return {
    ...report,
    name: "План 2024",
    fields: PLAN_FIELDS,
    statusList: false,
    rows: report.rows.map(({ status: _s, progressInfo: _p, ...row }) => row),
  };
}

const plan = planOf(blagoevgrad2024);
/** 24 real goals, every eighth spread over three rows with its goal columns merged. */
const mergedPlan = planOf(reportSheet(24));

async function madeReport(from: FormSheet = plan): Promise<{ bytes: Uint8Array; planReport: Report }> {
  const plan = from;
  const [planGrid] = await readWorkbook(await buildWorkbook([plan]));
  const layout = detectLayout(planGrid!);
  if (!layout) throw new Error("the plan's layout was not found");
  const workbook = new ExcelJS.Workbook();
  writePlan(workbook.addWorksheet("Отчет 2024"), reportFromPlan(planGrid!, layout));
  const [planReport] = checkWorkbook([planGrid!]);
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), planReport: planReport! };
}

test("checks as a report with the plan's goals, missing only the statuses and notes the user adds", async () => {
  const { bytes, planReport } = await madeReport();
  const [report] = checkWorkbook(await readWorkbook(bytes));
  expect(report?.form).toBe("report");
  expect(report?.layout.year).toBe(2024);
  expect(report?.layout.administration).toBe("Областна администрация Благоевград");
  expect(report?.rollup.goals).toBe(planReport.rollup.goals);
  const rulesOf = (r: Report) => r.issues.map((issue) => issue.rule).filter((rule) => !rule.startsWith("layout."));
  const added = rulesOf(report!).filter((rule) => !rulesOf(planReport).includes(rule));
  expect([...new Set(added)].sort()).toEqual(["progress.missing", "status.missing"]);
  expect(report?.issues.filter((i) => i.rule === "status.missing")).toHaveLength(planReport.rollup.goals);
});

test("keeps the plan's merged cells and offers the three statuses in a drop-down on the status column", async () => {
  const { bytes } = await madeReport(mergedPlan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.getWorksheet("Отчет 2024")!;
  expect(sheet.getCell("M8").dataValidation).toMatchObject({ type: "list", formulae: ['"Изпълнена,Неизпълнена,В процес на изпълнение"'] });
  const [grid] = await readWorkbook(bytes);
  const planMerges = (await readWorkbook(await buildWorkbook([mergedPlan])))[0]!.merges.filter((m) => m.top >= 8);
  const reportMerges = grid!.merges.filter((m) => m.top >= 8);
  expect(planMerges.length).toBeGreaterThan(0);
  expect(reportMerges.length).toBe(planMerges.length);
  expect(sheet.getCell("A1").value).toBe("Отчет на ежегодните цели на администрацията за 2024 г.");
  expect(sheet.getCell("I6").value).toBe("Индикативен размер, лв.");
});
