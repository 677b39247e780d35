/**
 * The summary sheet written through office.js, at every ExcelApi version the add-in meets: live formulas, text kept
 * as text, its own sheet replaced and never the user's; written under a temporary name and swapped in, so that a
 * batch failing at any command leaves the old summary or the new one, whole and marked; the mark read afresh, so that
 * the ribbon's runtime and the pane's never make "Обобщение (2)" beside each other's summary.
 */
import { checkSheet, type SheetGrid } from "../../src/core";
import type { SheetPlan } from "../../src/core/summary/plan";
import { statusCells } from "../../src/core/summary/statusCells";
import { summaryPlan } from "../../src/core/summary/summarySheet";
import { OfficeHost } from "../../src/excel/officeHost";
import { detectRequirements } from "../../src/excel/requirements";
import { SettingsStore } from "../../src/excel/settingsStore";
import { isTemporaryName, SUMMARY_SHEET_KEY, writeSummary } from "../../src/excel/writeSummary";
import { HIGHLIGHTS_KEY } from "../../src/host/edits";
import { HostError } from "../../src/host/hostError";
import { MemoryStore } from "../fixtures/memoryStore";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { cleanSheet } from "../fixtures/clean";
import { EXCEL_API_VERSIONS, minorOf, type ExcelApiVersion } from "./apiSets";
import { FakeExcel, LIMIT_BYTES, officeError, type WrittenSheet } from "./fakeExcel";
import { FakeDocument } from "./fakeSettings";
import { gridOf, officeAt, tallGrid } from "./sheets";

const MADE = new Date(2025, 0, 14, 10, 32);

function planFor(grid: SheetGrid): SheetPlan {
  return summaryPlan({ report: checkSheet(grid), statusCells: statusCells(grid), made: MADE, lang: "bg" });
}

function written(fake: FakeExcel, name: string): WrittenSheet {
  const sheet = fake.added.get(name);
  if (!sheet) throw new Error(`no sheet ${name} was added; added: ${[...fake.added.keys()].join(", ")}`);
  return sheet;
}

/** Writes the plan the way OfficeHost does, over `fake`, with what `fake` supports. */
function write(fake: FakeExcel, plan: SheetPlan, store = new MemoryStore()): Promise<string> {
  return writeSummary(fake.context, plan, store, detectRequirements(fake.support));
}

/** Every cell the plan puts on the sheet, as sent to Excel: what a whole summary holds. */
const planned = (plan: SheetPlan) => plan.cells.filter((cell) => !(cell.value.kind === "text" && cell.value.text === "")).length;

let grid: SheetGrid;
beforeAll(async () => {
  grid = await gridOf(blagoevgrad2024);
});

describe.each(EXCEL_API_VERSIONS)("the summary sheet at ExcelApi %s", (version) => {
  it("is written in three syncs, with live formulas over the report's status column", async () => {
    const fake = new FakeExcel([grid], { version });
    const store = new MemoryStore();
    const name = await write(fake, planFor(grid), store);
    expect(name).toBe("Обобщение");
    expect(fake.syncs).toBe(3); // list the sheets; write under a temporary name; swap it in
    expect(fake.sheetNames()).toEqual(["Приложение 2", "Обобщение"]);
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

  it("adds the chart of the status shares, formats the title and headers, and sets column widths from ExcelApi 1.2", async () => {
    const fake = new FakeExcel([grid], { version });
    await write(fake, planFor(grid));
    const sheet = written(fake, "Обобщение");
    expect(sheet.charts).toEqual([
      { type: "Pie", source: "A7:B10", seriesBy: "Columns", title: "Цели по статус", from: "H5", to: "N20" },
    ]);
    expect(sheet.formats).toContainEqual({ address: "A1", font: { bold: true, size: 14 }, fill: {}, other: {} });
    expect(sheet.formats.find((f) => f.address === "A6:A6" || f.address === "A6")?.fill).toEqual({ color: "#DDEBF7" });
    expect(sheet.formats.filter((f) => "columnWidth" in f.other)).toHaveLength(minorOf(version) >= 2 ? 6 : 0);
  });

  it("prints on A4 landscape, one page wide, title rows on every page, from ExcelApi 1.9; fits its rows from 1.2", async () => {
    const fake = new FakeExcel([grid], { version });
    const plan = planFor(grid);
    await write(fake, plan);
    const sheet = written(fake, "Обобщение");
    expect(sheet.pageLayout).toEqual(
      minorOf(version) >= 9
        ? {
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
          }
        : {},
    );
    const lastRow = Math.max(...plan.cells.map((cell) => cell.row));
    expect(sheet.autofitRows).toEqual(minorOf(version) >= 2 ? [`A1:F${lastRow}`] : []);
    expect(sheet.formats).toContainEqual({ address: `A1:F${lastRow}`, font: {}, fill: {}, other: { verticalAlignment: "Top" } });
  });

  it("cuts text longer than a cell holds, with an ellipsis", async () => {
    const long = "Неизпълнена поради липса на финансиране; ".repeat(1000);
    const report = await gridOf(cleanSheet({ rows: [{ ...cleanSheet().rows[0], status: long }] }));
    const fake = new FakeExcel([report], { version });
    await write(fake, planFor(report));
    const texts = [...written(fake, "Обобщение").cells.values()].map((cell) => String(cell.input));
    // The "'" text prefix is not part of the cell's text.
    const longest = Math.max(...texts.map((input) => input.replace(/^'/, "").length));
    expect(longest).toBe(32_767);
    expect(texts.some((input) => input.endsWith("…") && input.length === 32_768)).toBe(true);
  });

  it("replaces its own sheet the next time, and never a sheet of the user's", async () => {
    const userSheet: SheetGrid = { name: "обобщение", origin: { row: 1, col: 1 }, values: [["Моите бележки"]], merges: [] };
    const fake = new FakeExcel([grid, userSheet], { version });
    const store = new MemoryStore();
    expect(await write(fake, planFor(grid), store)).toBe("Обобщение (2)");
    expect(await write(fake, planFor(grid), store)).toBe("Обобщение (2)");
    expect(fake.sheetNames()).toEqual(["Приложение 2", "обобщение", "Обобщение (2)"]);
    expect(fake.cells("обобщение").value(1, 1)).toBe("Моите бележки");
  });

  it("writes text from the report as text, never as a formula", async () => {
    const formulaLike = '=HYPERLINK("http://example.com","Областна администрация Хасково")';
    const sheet = cleanSheet();
    const above = (sheet.above ?? []).map((line) =>
      Array.isArray(line) && line[0].startsWith("Наименование") ? ([line[0], formulaLike] as [string, string]) : line,
    );
    const report = await gridOf({ ...sheet, above });
    const fake = new FakeExcel([report], { version });
    await write(fake, planFor(report));
    const inputs = [...written(fake, "Обобщение").cells.values()].map((cell) => String(cell.input));
    expect(inputs).toContain(`'${formulaLike}, 2023 г.`);
    expect(inputs.filter((input) => input.startsWith("=")).every((input) => !input.includes("example.com"))).toBe(true);
  });

  it("in a workbook whose structure is protected says so, from ExcelApi 1.7 before anything is written", async () => {
    const fake = new FakeExcel([grid], { version, workbookProtected: true });
    const failure = await write(fake, planFor(grid)).catch((error: unknown) => error);
    if (minorOf(version) >= 7) {
      expect(failure).toEqual(new HostError("host.workbookProtected"));
      expect(fake.syncs).toBe(1);
    } else {
      expect(failure).toMatchObject({ code: "AccessDenied" }); // Excel's own refusal, which officeErrors words
    }
    expect(fake.sheetNames()).toEqual(["Приложение 2"]);
  });
});

describe.each(EXCEL_API_VERSIONS)("a summary whose write fails part-way, at ExcelApi %s", (version) => {
  /** The workbook after a first summary, and the counts of actions in each sync of writing the next one. */
  async function withSummary() {
    const fake = new FakeExcel([grid], { version });
    const store = new MemoryStore();
    await write(fake, planFor(grid), store);
    const before = fake.syncs;
    await write(fake, planFor(grid), store);
    return { actions: fake.actions.slice(before), first: written(fake, "Обобщение") };
  }

  /** Either the old summary untouched, or the new one whole and marked; no other sheet, none half-written. */
  function expectOldOrNew(fake: FakeExcel, store: MemoryStore, oldId: string, whole: number, label: string) {
    const names = fake.sheetNames();
    expect({ label, names }).toEqual({ label, names: ["Приложение 2", "Обобщение"] });
    const summary = written(fake, "Обобщение");
    expect({ label, cells: summary.cells.size }).toEqual({ label, cells: whole });
    expect({ label, mark: store.get(SUMMARY_SHEET_KEY) }).toEqual({ label, mark: { id: summary.id } });
    return summary.id === oldId ? "old" : "new";
  }

  it("leaves the old summary or the new one, whole and marked, whichever command fails", async () => {
    const { actions } = await withSummary();
    expect(actions).toHaveLength(3);
    const plan = planFor(grid);
    const outcomes = new Set<string>();
    for (const [sync, count] of actions.entries()) {
      for (let at = 0; at <= count; at++) {
        const fake = new FakeExcel([grid], { version });
        const store = new MemoryStore();
        await write(fake, plan, store);
        const old = written(fake, "Обобщение");
        const whole = old.cells.size;
        fake.failSyncAtAction(sync, at, officeError("InvalidOperationInCellEditMode"));
        const failed = await write(fake, plan, store).then(
          () => false,
          () => true,
        );
        const outcome = expectOldOrNew(fake, store, old.id, whole, `sync ${sync}, action ${at}`);
        outcomes.add(`${outcome}${failed ? " (failed)" : ""}`);
      }
    }
    // Failures before the swap keep the old summary; a failed swap is finished from what the workbook holds.
    expect([...outcomes].sort()).toEqual(["new", "old (failed)"]);
    expect(planned(plan)).toBeGreaterThan(0);
  });

  it("when Excel goes on refusing, leaves a sheet of its own that the next summary clears away", async () => {
    const { actions } = await withSummary();
    const fake = new FakeExcel([grid], { version });
    const store = new MemoryStore();
    await write(fake, planFor(grid), store);
    // The swap fails after deleting the old summary, and so does the look at the workbook before trying again.
    fake.failSyncAtAction(2, 1, officeError("InvalidOperationInCellEditMode"));
    fake.failSyncAtAction(3, 0, officeError("InvalidOperationInCellEditMode"));
    await expect(write(fake, planFor(grid), store)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const left = fake.sheetNames().filter((name) => name !== "Приложение 2");
    expect(left).toHaveLength(1);
    expect(isTemporaryName(left[0] as string)).toBe(true);
    expect(actions[2]).toBeGreaterThan(1);
    // Excel takes commands again: the next summary replaces the leftover, and the workbook has one summary.
    expect(await write(fake, planFor(grid), store)).toBe("Обобщение");
    expect(fake.sheetNames()).toEqual(["Приложение 2", "Обобщение"]);
  });
});

describe("two runtimes, one document: the ribbon's command and the pane", () => {
  /** One workbook; the pane's runtime and the ribbon's, each with its own copy of the document's settings. */
  function twoRuntimes(version: ExcelApiVersion = "latest") {
    const document = new FakeDocument();
    const { fake, host: pane } = officeAt(version, [grid], {}, new SettingsStore(document.runtime()));
    const ribbon = new OfficeHost({ run: fake.run, requirements: detectRequirements(fake.support), store: new SettingsStore(document.runtime()), readOnly: () => false });
    return { fake, document, pane, ribbon };
  }

  it("a summary made from the ribbon is replaced by the pane's, not doubled as „Обобщение (2)“", async () => {
    const { fake, pane, ribbon } = twoRuntimes();
    expect(await ribbon.writeSummary(planFor(grid))).toBe("Обобщение");
    expect(await pane.writeSummary(planFor(grid))).toBe("Обобщение");
    expect(fake.sheetNames()).toEqual(["Приложение 2", "Обобщение"]);
    expect(await ribbon.writeSummary(planFor(grid))).toBe("Обобщение");
    expect(fake.sheetNames()).toEqual(["Приложение 2", "Обобщение"]);
  });

  it("a summary from the ribbon keeps the original fills the pane recorded, and the pane still clears them", async () => {
    const { fake, document, pane, ribbon } = twoRuntimes();
    fake.cells("Приложение 2").fills.set("H16", { color: "#C6EFCE", pattern: "Solid", patternColor: "#000000", patternTintAndShade: 0, tintAndShade: 0 });
    const own = fake.cells("Приложение 2").fill("H16");
    await pane.highlight([{ sheet: "Приложение 2", cell: "H16", severity: "error" }]);
    await ribbon.writeSummary(planFor(grid));
    expect(document.saved.get(HIGHLIGHTS_KEY)).toMatchObject({ cells: [{ cell: "H16" }] });
    expect(document.saved.get(SUMMARY_SHEET_KEY)).toEqual({ id: written(fake, "Обобщение").id });
    await pane.clearHighlights();
    expect(fake.cells("Приложение 2").fill("H16")).toEqual(own);
    expect(document.saved.get(SUMMARY_SHEET_KEY)).toEqual({ id: written(fake, "Обобщение").id });
  });
});

describe("a summary too big for one request", () => {
  it("goes in row blocks when one request would pass 5 MB", async () => {
    const tall = await tallGrid(blagoevgrad2024, 40_000);
    const plan = planFor(tall);
    const fake = new FakeExcel([tall]);
    await write(fake, plan);
    const sent = fake.requests.reduce((sum, bytes) => sum + bytes, 0);
    expect(sent).toBeGreaterThan(LIMIT_BYTES);
    expect(Math.max(...fake.requests)).toBeLessThanOrEqual(LIMIT_BYTES);
    expect(fake.syncs).toBeGreaterThan(3);
    const rows = Math.max(...plan.cells.map((c) => c.row));
    expect(written(fake, "Обобщение").cells.has(`A${rows}`)).toBe(true);
  });
});
