import { checkSheet, type SheetGrid } from "../../src/core";
import type { SheetPlan } from "../../src/core/summary/plan";
import { statusCells } from "../../src/core/summary/statusCells";
import { summaryPlan } from "../../src/core/summary/summarySheet";
import { SUMMARY_SHEET_KEY, writeSummary } from "../../src/excel/writeSummary";
import { MemoryStore } from "../fixtures/memoryStore";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { cleanSheet } from "../fixtures/clean";
import { FakeExcel, LIMIT_BYTES, type WrittenSheet } from "./fakeExcel";
import { ALL_REQUIREMENTS, BASELINE_ONLY, gridOf, tallGrid } from "./sheets";

const MADE = new Date(2025, 0, 14, 10, 32);

function planFor(grid: SheetGrid): SheetPlan {
  return summaryPlan({ report: checkSheet(grid), statusCells: statusCells(grid), made: MADE, lang: "bg" });
}

function written(fake: FakeExcel, name: string): WrittenSheet {
  const sheet = fake.added.get(name);
  if (!sheet) throw new Error(`no sheet ${name} was added; added: ${[...fake.added.keys()].join(", ")}`);
  return sheet;
}

describe("the summary sheet written through office.js", () => {
  let grid: SheetGrid;
  beforeAll(async () => {
    grid = await gridOf(blagoevgrad2024);
  });

  it("is written in two syncs, with live formulas over the report's status column", async () => {
    const fake = new FakeExcel([grid]);
    const store = new MemoryStore();
    const name = await writeSummary(fake.context, planFor(grid), store, ALL_REQUIREMENTS);
    expect(name).toBe("Обобщение");
    expect(fake.syncs).toBe(2);
    const sheet = written(fake, name);
    const report = checkSheet(grid);
    expect(sheet.cells.get("A7")).toEqual({ input: "'Изпълнена", numberFormat: "General" });
    const statusRange = `$${report.layout.columns.status}$${report.layout.firstDataRow}:$${report.layout.columns.status}$${report.layout.lastDataRow}`;
    expect(sheet.cells.get("B7")?.input).toBe(
      `=SUMPRODUCT(--ISNUMBER(1/EXACT('Приложение 2'!${statusRange},"Изпълнена")))`,
    );
    expect(sheet.cells.get("C7")).toMatchObject({ numberFormat: "0.0%" });
    expect(sheet.active).toBe(true);
    expect(fake.activeSheet).toBe("Обобщение");
    expect(store.get(SUMMARY_SHEET_KEY)).toEqual({ id: sheet.id });
    expect(store.saves).toBe(1);
  });

  it("adds the chart of the status shares and formats the title and headers", async () => {
    const fake = new FakeExcel([grid]);
    await writeSummary(fake.context, planFor(grid), new MemoryStore(), ALL_REQUIREMENTS);
    const sheet = written(fake, "Обобщение");
    expect(sheet.charts).toEqual([
      { type: "Pie", source: "A7:B10", seriesBy: "Columns", title: "Цели по статус", from: "H5", to: "N20" },
    ]);
    expect(sheet.formats).toContainEqual({ address: "A1", font: { bold: true, size: 14 }, fill: {}, other: {} });
    expect(sheet.formats.find((f) => f.address === "A6:A6" || f.address === "A6")?.fill).toEqual({ color: "#DDEBF7" });
    expect(sheet.formats.filter((f) => "columnWidth" in f.other)).toHaveLength(6);
  });

  it("prints on A4 landscape, one page wide, with the title rows on every page, and fits its rows", async () => {
    const fake = new FakeExcel([grid]);
    const plan = planFor(grid);
    await writeSummary(fake.context, plan, new MemoryStore(), ALL_REQUIREMENTS);
    const sheet = written(fake, "Обобщение");
    expect(fake.syncs).toBe(2);
    expect(sheet.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 28.8,
      rightMargin: 28.8,
      topMargin: 43.2,
      bottomMargin: 43.2,
      headerMargin: 21.6,
      footerMargin: 21.6,
      printTitleRows: "$1:$2",
    });
    const lastRow = Math.max(...plan.cells.map((cell) => cell.row));
    expect(sheet.autofitRows).toEqual([`A1:F${lastRow}`]);
    expect(sheet.formats).toContainEqual({ address: `A1:F${lastRow}`, font: {}, fill: {}, other: { verticalAlignment: "Top" } });
  });

  it("leaves the page layout and row autofit alone where Excel lacks ExcelApi 1.9 and 1.2", async () => {
    const fake = new FakeExcel([grid]);
    await writeSummary(fake.context, planFor(grid), new MemoryStore(), BASELINE_ONLY);
    const sheet = written(fake, "Обобщение");
    expect(sheet.pageLayout).toEqual({});
    expect(sheet.autofitRows).toEqual([]);
    expect(sheet.cells.get("A7")).toEqual({ input: "'Изпълнена", numberFormat: "General" });
  });

  it("cuts text longer than a cell holds, with an ellipsis", async () => {
    const long = "Неизпълнена поради липса на финансиране; ".repeat(1000);
    const report = await gridOf(cleanSheet({ rows: [{ ...cleanSheet().rows[0], status: long }] }));
    const fake = new FakeExcel([report]);
    await writeSummary(fake.context, planFor(report), new MemoryStore(), ALL_REQUIREMENTS);
    const texts = [...written(fake, "Обобщение").cells.values()].map((cell) => String(cell.input));
    // The "'" text prefix is not part of the cell's text.
    const longest = Math.max(...texts.map((input) => input.replace(/^'/, "").length));
    expect(longest).toBe(32_767);
    expect(texts.some((input) => input.endsWith("…") && input.length === 32_768)).toBe(true);
  });

  it("replaces its own sheet the next time, and never a sheet of the user's", async () => {
    const userSheet: SheetGrid = { name: "обобщение", origin: { row: 1, col: 1 }, values: [["Моите бележки"]], merges: [] };
    const fake = new FakeExcel([grid, userSheet]);
    const store = new MemoryStore();
    const first = await writeSummary(fake.context, planFor(grid), store, ALL_REQUIREMENTS);
    expect(first).toBe("Обобщение (2)");
    const second = await writeSummary(fake.context, planFor(grid), store, ALL_REQUIREMENTS);
    expect(second).toBe("Обобщение (2)");
    expect([...fake.added.keys()]).toEqual(["Обобщение (2)"]);
    expect(fake.syncs).toBe(4);
  });

  it("writes text from the report as text, never as a formula", async () => {
    const formulaLike = '=HYPERLINK("http://example.com","Областна администрация Хасково")';
    const sheet = cleanSheet();
    const above = (sheet.above ?? []).map((line) =>
      Array.isArray(line) && line[0].startsWith("Наименование") ? ([line[0], formulaLike] as [string, string]) : line,
    );
    const report = await gridOf({ ...sheet, above });
    const fake = new FakeExcel([report]);
    await writeSummary(fake.context, planFor(report), new MemoryStore(), ALL_REQUIREMENTS);
    const inputs = [...written(fake, "Обобщение").cells.values()].map((cell) => String(cell.input));
    expect(inputs).toContain(`'${formulaLike}, 2023 г.`);
    expect(inputs.filter((input) => input.startsWith("=")).every((input) => !input.includes("example.com"))).toBe(true);
  });

  it("goes in row blocks when one request would pass 5 MB", async () => {
    const tall = await tallGrid(blagoevgrad2024, 40_000);
    const plan = planFor(tall);
    const fake = new FakeExcel([tall]);
    await writeSummary(fake.context, plan, new MemoryStore(), ALL_REQUIREMENTS);
    const sent = fake.requests.reduce((sum, bytes) => sum + bytes, 0);
    expect(sent).toBeGreaterThan(LIMIT_BYTES);
    expect(Math.max(...fake.requests)).toBeLessThanOrEqual(LIMIT_BYTES);
    expect(fake.syncs).toBeGreaterThan(2);
    const rows = Math.max(...plan.cells.map((c) => c.row));
    expect(written(fake, "Обобщение").cells.has(`A${rows}`)).toBe(true);
  });
});
