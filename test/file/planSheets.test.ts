/**
 * Plan and report in the file host (the harness's workbook, issue 15): a report's plan sheet read with it, the report
 * made from a plan added beside the user's sheets — saved, it checks as the plan's report — and removed by its undo;
 * and a plan file read by the pane's lazily loaded reader, refused in words when it is not one.
 */
import type ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core";
import { loadWorkbook } from "../../src/file/excelWorkbook";
import { readPlanFile } from "../../src/file/planFile";
import { readWorkbook } from "../../src/file/readWorkbook";
import { addReportFromPlan } from "../../src/host/newReport";
import { writeSummarySheet } from "../../src/host/summary";
import { buildWorkbook } from "../fixtures/builder";
import { BLAGOEVGRAD_PLAN, BLAGOEVGRAD_REPORT_CHANGED } from "../fixtures/planPair";
import { hostOver } from "./hostView";

const sheetNames = (workbook: ExcelJS.Workbook) => workbook.worksheets.map((sheet) => sheet.name);

describe("readWithPlan in a file", () => {
  it("gives the report with its plan sheet, and the plan alone when the plan is shown", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([BLAGOEVGRAD_PLAN, BLAGOEVGRAD_REPORT_CHANGED]));
    const onReport = await hostOver(workbook, "Отчет 2024").host.readWithPlan();
    expect([onReport.grid.name, onReport.plan?.name]).toEqual(["Отчет 2024", "План 2024"]);
    const onPlan = await hostOver(workbook, "План 2024").host.readWithPlan();
    expect([onPlan.grid.name, onPlan.plan]).toEqual(["План 2024", undefined]);
  });
});

describe("the summary of a report the pane reconciles with its plan", () => {
  it("counts the planned goals the report leaves out", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([BLAGOEVGRAD_PLAN, BLAGOEVGRAD_REPORT_CHANGED]));
    const { host } = hostOver(workbook, "Отчет 2024");
    const { grid, plan } = await host.readWithPlan();
    const name = await writeSummarySheet(host, grid, "bg", new Date(2025, 0, 14), plan && { grid: plan });
    const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
    const lines = sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1, 3)] : []));
    expect(lines).toContainEqual(["Цели от плана, които липсват в отчета", 1]);
  });
});

describe("Нов отчет от плана in a file", () => {
  it("adds the report sheet, shown; saved, it is the plan's report with only status and progress left to fill", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([BLAGOEVGRAD_PLAN]));
    const { host, view } = hostOver(workbook);
    const added = await addReportFromPlan(host, (await host.readWithPlan()).grid);
    expect(added).toMatchObject({ sheet: "Отчет 2024", leftOut: [] });
    expect(view).toMatchObject({ active: "Отчет 2024", selected: "Отчет 2024!A1" });

    const grids = await readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const [plan, report] = checkWorkbook(grids); // the report, reconciled with the plan beside it
    expect(report).toMatchObject({ sheet: "Отчет 2024", form: "report", rollup: { goals: 15 } });
    // Beyond what the plan itself had (Благоевград's missing values…): the statuses and progress notes to fill in.
    const planRules = new Set(plan?.issues.map((issue) => issue.rule));
    const beyondPlan = new Set(report?.issues.map((issue) => issue.rule).filter((rule) => !planRules.has(rule)));
    expect(beyondPlan).toEqual(new Set(["status.missing", "progress.missing"]));
    expect(report?.issues.filter((issue) => issue.rule === "status.missing")).toHaveLength(15);
    const sheet = workbook.getWorksheet("Отчет 2024") as ExcelJS.Worksheet;
    expect(sheet.getCell("M8").dataValidation).toMatchObject({ type: "list", formulae: ['"Изпълнена,Неизпълнена,В процес на изпълнение"'] });
    expect(sheet.getCell("C5").isMerged).toBe(true); // the strategic group's header over its three columns
  });

  it("never takes the name of a sheet of the user's, and its undo removes only the sheet it made", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([BLAGOEVGRAD_PLAN, { name: "Отчет 2024", cells: { A1: "чернова" } }]));
    const { host, view } = hostOver(workbook);
    const added = await addReportFromPlan(host, (await host.readWithPlan()).grid);
    expect(added.sheet).toBe("Отчет 2024 (2)");
    expect(workbook.getWorksheet("Отчет 2024")?.getCell("A1").value).toBe("чернова");
    (workbook.getWorksheet("Отчет 2024 (2)") as ExcelJS.Worksheet).name = "Моят отчет";
    await added.revert();
    expect(sheetNames(workbook)).toEqual(["План 2024", "Отчет 2024"]);
    expect(view.active).toBe("План 2024"); // the sheet shown is gone: the first is shown, as Excel does
    await added.revert();
    expect(sheetNames(workbook)).toEqual(["План 2024", "Отчет 2024"]);
  });
});

describe("a plan file opened in the pane", () => {
  it("gives the plan sheet of a workbook that holds one", async () => {
    const read = await readPlanFile(new Uint8Array(await buildWorkbook([{ name: "Бележки", cells: { A1: "—" } }, BLAGOEVGRAD_PLAN])));
    expect("plan" in read && read.plan.name).toBe("План 2024");
  });

  it("says why a file cannot be used: not a workbook, or no plan in it", async () => {
    expect(await readPlanFile(new TextEncoder().encode("Ред №;Ежегодна цел\n1.;Прозрачност"))).toEqual({
      problem: "unreadable",
      reason: { key: "file.notWorkbook", params: { detail: undefined } },
    });
    expect(await readPlanFile(new Uint8Array(await buildWorkbook([BLAGOEVGRAD_REPORT_CHANGED])))).toEqual({ problem: "notAPlan" });
  });
});
