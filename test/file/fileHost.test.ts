import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkSheet } from "../../src/core";
import { loadWorkbook } from "../../src/file/excelWorkbook";
import { readWorkbook } from "../../src/file/readWorkbook";
import { writeSummarySheet } from "../../src/host/summary";
import { buildWorkbook } from "../fixtures/builder";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { hostOver } from "./hostView";

describe("the summary sheet in a file host", () => {
  it("is added with formulas counting the report's status column whose results agree with the Report", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024]));
    const { host, view } = hostOver(workbook);
    const grid = await host.read();
    const name = await writeSummarySheet(host, grid, "bg");
    expect(name).toBe("Обобщение");
    expect(view).toMatchObject({ active: "Обобщение", selected: "Обобщение!A1", changes: 1 });

    // What a user downloads: the workbook written and read back.
    const saved = await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const sheet = saved.getWorksheet("Обобщение") as ExcelJS.Worksheet;
    const report = checkSheet(grid);
    const column = report.layout.columns.status;
    const range = `$${column}$${report.layout.firstDataRow}:$${column}$${report.layout.lastDataRow}`;
    const counts = [7, 8, 9].map((row) => sheet.getCell(`B${row}`).value as ExcelJS.CellFormulaValue);
    const exactly = (status: string) => `SUMPRODUCT(--ISNUMBER(1/EXACT('Приложение 2'!${range},"${status}")))`;
    expect(counts.map((value) => value.formula)).toEqual(
      ["Изпълнена", "В процес на изпълнение", "Неизпълнена"].map(exactly),
    );
    const { byStatus } = report.rollup;
    // ExcelJS does not write a cached 0 (the workbook asks to be recalculated on opening instead).
    expect(counts.map((value) => value.result ?? 0)).toEqual([byStatus.fulfilled, byStatus.inProgress, byStatus.notFulfilled]);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    expect(await zip.file("xl/workbook.xml")?.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect((sheet.getCell("B13").value as ExcelJS.CellFormulaValue).result).toBe(report.rollup.completionPercent! / 100);
    // The summary is not a report: checking the workbook again finds the one form.
    expect((await readWorkbook(new Uint8Array(await saved.xlsx.writeBuffer()))).map((g) => g.name)).toEqual([
      "Приложение 2",
      "Обобщение",
    ]);
  });

  it("replaces its own sheet, also after the workbook is saved and reopened, but never the user's", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024, { name: "Обобщение", cells: { A1: "мое" } }]));
    const first = hostOver(workbook);
    expect(await writeSummarySheet(first.host, await first.host.read(), "bg")).toBe("Обобщение (2)");

    const reopened = await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const second = hostOver(reopened);
    expect(await writeSummarySheet(second.host, await second.host.read(), "bg")).toBe("Обобщение (2)");
    const visible = reopened.worksheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name);
    expect(visible).toEqual(["Приложение 2", "Обобщение", "Обобщение (2)"]);
    expect(reopened.getWorksheet("Обобщение")?.getCell("A1").value).toBe("мое");
  });
});
