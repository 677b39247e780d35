/**
 * "Обобщение" in the harness: the pane's button adds the summary sheet, the preview shows it, and the downloaded
 * workbook holds formulas counting the report's status column whose numbers are the core's Report, and prints on A4.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core";
import { readWorkbook } from "../../src/file/readWorkbook";
import { openHarness, SAMPLE, settled, useBrowser, watchSpinner } from "./browser";

const chromium = useBrowser();

describe("Обобщение in the harness", () => {
  it("adds a sheet with live status counts that agree with the Report, shown and downloadable", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    await page.getByTestId("count-error").waitFor();
    await page.getByRole("button", { name: "Обобщение", exact: true }).click();
    await page.getByTestId("summary-done").waitFor();
    expect(await page.getByTestId("summary-done").textContent()).toContain("„Обобщение“");

    // The preview switched to the new sheet, whose tab is there and selected.
    const tabs = await page.getByTestId("harness-sheet-tab").allTextContents();
    expect(tabs).toEqual(["Приложение 2", "Обобщение"]);
    expect(await page.getByRole("tab", { name: "Обобщение" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.locator('td[data-address="A1"]').textContent()).toBe("Обобщение на отчета по Приложение №2");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("harness-download").click()]);
    const bytes = await readFile(await download.path());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = workbook.getWorksheet("Обобщение") as ExcelJS.Worksheet;
    const [report] = checkWorkbook(await readWorkbook(await readFile(SAMPLE)));
    if (!report) throw new Error("the sample has no report");
    const column = report.layout.columns.status;
    const range = `'Приложение 2'!$${column}$${report.layout.firstDataRow}:$${column}$${report.layout.lastDataRow}`;
    const cells = [7, 8, 9].map((row) => sheet.getCell(`B${row}`).value as ExcelJS.CellFormulaValue);
    const exactly = (status: string) => `SUMPRODUCT(--ISNUMBER(1/EXACT(${range},"${status}")))`;
    expect(cells.map((cell) => cell.formula)).toEqual(["Изпълнена", "В процес на изпълнение", "Неизпълнена"].map(exactly));
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    const { byStatus } = report.rollup;
    // ExcelJS writes no cached 0; the workbook is recalculated when opened.
    expect(cells.map((cell) => cell.result ?? 0)).toEqual([byStatus.fulfilled, byStatus.inProgress, byStatus.notFulfilled]);
    expect(sheet.getCell("B11").value).toBe(report.rollup.goals);

    // Pressed again, it replaces its own sheet rather than adding another.
    await page.getByRole("button", { name: "Обобщение", exact: true }).click();
    await page.getByTestId("summary-done").waitFor();
    expect(await page.getByTestId("harness-sheet-tab").allTextContents()).toEqual(["Приложение 2", "Обобщение"]);
    expect(errors).toEqual([]);
    await page.close();
  });
  it("draws its spinner before it checks the sheet again and writes the summary", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    await page.getByTestId("count-error").waitFor();
    const spinnerDrawn = await watchSpinner(page, "summary-writing");
    await page.getByRole("button", { name: "Обобщение", exact: true }).click();
    await page.getByTestId("summary-done").waitFor();
    expect(await settled(() => page.getByTestId("summary-writing").count(), 0)).toBe(0);
    expect(await spinnerDrawn()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
