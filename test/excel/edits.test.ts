/**
 * Highlights and quick fixes through office.js: one sync each, and "clear" / undo give every cell back exactly what
 * it had — solid, patterned and tinted fills, no fill, texts that look like formulas, number formats.
 */
import { checkSheet } from "../../src/core/check";
import { STATUSES } from "../../src/core/fields";
import type { SheetGrid } from "../../src/core/grid";
import { CELLS_PER_SYNC } from "../../src/excel/highlight";
import { OfficeHost } from "../../src/excel/officeHost";
import type { Requirements } from "../../src/excel/requirements";
import { HIGHLIGHT_FILL, HIGHLIGHTS_KEY, type CellMark } from "../../src/host/edits";
import { HostError } from "../../src/host/hostError";
import { MemoryStore } from "../fixtures/memoryStore";
import { blagoevgradMisspelt } from "../fixtures/misspelt";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { NO_FILL, type FillState } from "./fakeCells";
import { FakeExcel, officeError, type FakeSheet } from "./fakeExcel";
import { ALL_REQUIREMENTS, BASELINE_ONLY, gridOf } from "./sheets";

const SHEET = "Приложение 2";

/** The user's own fills on some of the cells the check marks (H16 and H21: missing targets, G16: a warning…). */
const OWN_FILLS: Record<string, Partial<FillState>> = {
  H16: { color: "#C6EFCE", pattern: "Solid" },
  G16: { color: "#FFFFFF", pattern: "Gray50", patternColor: "#7F7F7F", patternTintAndShade: 0.25 },
  H21: { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 },
  H9: { color: "#FFFF00", pattern: "LightTrellis", patternColor: "#FF0000" },
  // G17 and A23…A30 have no fill.
};

async function setUp(requirements: Requirements = ALL_REQUIREMENTS, store = new MemoryStore()) {
  const grid = await gridOf(blagoevgrad2024);
  const sheet: FakeSheet = { grid, fills: { ...OWN_FILLS, Q2: { color: "#D9D9D9", pattern: "Solid" } } };
  const fake = new FakeExcel([sheet]);
  const host = new OfficeHost({ run: fake.run, requirements, store });
  const marks: CellMark[] = checkSheet(grid).issues.map(({ sheet: name, cell, severity }) => ({ sheet: name, cell, severity }));
  return { fake, host, store, marks, grid };
}

function fillsOf(fake: FakeExcel): Record<string, FillState> {
  return Object.fromEntries([...fake.cells(SHEET).fills].sort(([a], [b]) => a.localeCompare(b)));
}

describe("OfficeHost highlights", () => {
  it("fills every cell with an issue by its severity in one sync, keeping the cells' own fills", async () => {
    const { fake, host, store, marks } = await setUp();
    expect(host.highlighted()).toBe(false);
    await host.highlight(marks);
    expect(fake.syncs).toBe(1);
    expect(store.saves).toBe(1);
    expect(host.highlighted()).toBe(true);
    const cells = fake.cells(SHEET);
    expect(cells.fill("H16")).toMatchObject({ color: HIGHLIGHT_FILL.error, pattern: "Solid" });
    expect(cells.fill("G16")).toMatchObject({ color: HIGHLIGHT_FILL.warning, pattern: "Solid" });
    expect(cells.fill("A23")).toMatchObject({ color: HIGHLIGHT_FILL.info, pattern: "Solid" });
    expect(cells.fill("Q2")).toMatchObject({ color: "#D9D9D9" }); // no issue there: untouched
    const kept = store.get<{ cells: { cell: string; fill: unknown }[] }>(HIGHLIGHTS_KEY)?.cells ?? [];
    expect(kept.find((entry) => entry.cell === "G16")?.fill).toEqual({ ...NO_FILL, ...OWN_FILLS.G16 });
    expect(kept.find((entry) => entry.cell === "A23")?.fill).toEqual(NO_FILL);
  });

  it("clears back to the exact solid, patterned, tinted and empty fills in one sync", async () => {
    const { fake, host, store, marks } = await setUp();
    const before = fillsOf(fake);
    await host.highlight(marks);
    fake.syncs = 0;
    await host.clearHighlights();
    expect(fake.syncs).toBe(1);
    expect(fillsOf(fake)).toEqual(before);
    expect(host.highlighted()).toBe(false);
    expect(store.get(HIGHLIGHTS_KEY)).toBeUndefined();
  });

  it("clears after the workbook was saved and opened again, from the originals kept in the document", async () => {
    const { fake, host, store, marks, grid } = await setUp();
    const before = fillsOf(fake);
    await host.highlight(marks);
    // Reopened: the same cells with the highlight fills, the document's settings, a new pane and host.
    const reopened = new FakeExcel([{ grid, fills: fillsOf(fake) }]);
    const again = new OfficeHost({ run: reopened.run, requirements: ALL_REQUIREMENTS, store });
    expect(again.highlighted()).toBe(true);
    await again.clearHighlights();
    expect(reopened.syncs).toBe(1);
    expect(fillsOf(reopened)).toEqual(before);
  });

  it("highlighting again keeps the first originals and gives unmarked cells their fill back", async () => {
    const { fake, host, marks } = await setUp();
    const before = fillsOf(fake);
    await host.highlight(marks);
    const fewer = marks.filter((mark) => mark.cell !== "H9");
    fake.syncs = 0;
    await host.highlight(fewer);
    expect(fake.syncs).toBe(1);
    expect(fake.cells(SHEET).fill("H9")).toEqual({ ...NO_FILL, ...OWN_FILLS.H9 });
    await host.highlight(marks);
    await host.clearHighlights();
    expect(fillsOf(fake)).toEqual(before);
  });

  it("colours a cell with several issues by the most severe", async () => {
    const { fake, host } = await setUp();
    await host.highlight([
      { sheet: SHEET, cell: "H16", severity: "info" },
      { sheet: SHEET, cell: "H16", severity: "error" },
      { sheet: SHEET, cell: "H16", severity: "warning" },
    ]);
    expect(fake.cells(SHEET).fill("H16").color).toBe(HIGHLIGHT_FILL.error);
  });

  it("before ExcelApi 1.9 keeps the colour alone, and a white cell goes back to no fill", async () => {
    const { fake, host, marks } = await setUp(BASELINE_ONLY);
    await host.highlight(marks);
    await host.clearHighlights();
    const cells = fake.cells(SHEET);
    expect(cells.fill("H16")).toEqual({ ...NO_FILL, ...OWN_FILLS.H16 });
    expect(cells.fill("A23")).toEqual(NO_FILL);
    expect(cells.fill("H21").color).toBe("#4472C4");
  });

  it("says in words when the sheet has gone, and keeps nothing", async () => {
    const { host, store } = await setUp();
    const failure = await host.highlight([{ sheet: "Изтрит", cell: "A1", severity: "error" }]).catch((error: unknown) => error);
    expect(failure).toEqual(expect.any(HostError));
    expect((failure as HostError).key).toBe("host.notFound");
    expect(store.get(HIGHLIGHTS_KEY)).toBeUndefined();
  });
});

describe("OfficeHost highlights of very many cells", () => {
  /** 4,500 marked cells down column B (more than two blocks), with fills of the user's own on a few. */
  const CELLS = 4_500;
  const own: Record<string, Partial<FillState>> = {
    B1: { color: "#C6EFCE", pattern: "Solid" },
    B2001: { color: "#FFFFFF", pattern: "Gray50", patternColor: "#7F7F7F" },
    B4500: { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 },
  };
  const marks: CellMark[] = Array.from({ length: CELLS }, (_, i) => ({
    sheet: SHEET,
    cell: `B${i + 1}`,
    severity: i % 3 === 0 ? "error" : "warning",
  }));

  async function big() {
    const grid = await gridOf(blagoevgrad2024);
    const fake = new FakeExcel([{ grid, fills: own }]);
    const store = new MemoryStore();
    const host = new OfficeHost({ run: fake.run, requirements: ALL_REQUIREMENTS, store });
    return { fake, host, store };
  }

  it("works in blocks of CELLS_PER_SYNC cells, one sync each, and clears back exactly", async () => {
    const { fake, host, store } = await big();
    const before = fillsOf(fake);
    await host.highlight(marks);
    expect(fake.syncs).toBe(Math.ceil(CELLS / CELLS_PER_SYNC));
    expect(store.saves).toBe(1);
    expect(fake.cells(SHEET).fill("B4500")).toMatchObject({ color: HIGHLIGHT_FILL.warning }); // i = 4,499: not a multiple of 3
    expect(store.get<{ cells: unknown[] }>(HIGHLIGHTS_KEY)?.cells).toHaveLength(CELLS);
    fake.syncs = 0;
    await host.clearHighlights();
    expect(fake.syncs).toBe(Math.ceil(CELLS / CELLS_PER_SYNC));
    expect(fillsOf(fake)).toEqual(before);
  });

  it("keeps the originals of the blocks done when a later block fails, so that clear puts every cell back", async () => {
    const { fake, host, store } = await big();
    const before = fillsOf(fake);
    fake.failSyncAfter(1, officeError("GeneralException"));
    await expect(host.highlight(marks)).rejects.toBeDefined();
    expect(store.get<{ cells: unknown[] }>(HIGHLIGHTS_KEY)?.cells).toHaveLength(CELLS_PER_SYNC);
    expect(fake.cells(SHEET).fill("B1")).toMatchObject({ color: HIGHLIGHT_FILL.error });
    expect(fake.cells(SHEET).fill("B2001")).toEqual({ ...NO_FILL, ...own.B2001 });
    await host.clearHighlights();
    expect(fillsOf(fake)).toEqual(before);
    expect(host.highlighted()).toBe(false);
  });
});

describe("OfficeHost quick fixes", () => {
  async function misspelt(requirements: Requirements = ALL_REQUIREMENTS) {
    const grid = await gridOf(blagoevgradMisspelt);
    const fake = new FakeExcel([{ grid }]);
    const host = new OfficeHost({ run: fake.run, requirements, store: new MemoryStore() });
    return { fake, host, grid };
  }

  const statusIssues = (grid: SheetGrid) => checkSheet(grid).issues.filter((issue) => issue.rule === "status.invalid");

  it("writes one suggestion in one sync, and the check then finds no issue there", async () => {
    const { fake, host } = await misspelt();
    const revert = await host.writeTexts([{ sheet: SHEET, cell: "M8", text: STATUSES.fulfilled }]);
    expect(fake.syncs).toBe(1);
    expect(fake.cells(SHEET).value(8, 13)).toBe("Изпълнена");
    const grid = await host.read();
    expect(statusIssues(grid).map((issue) => issue.cell)).toEqual(["M9", "M10"]);
    fake.syncs = 0;
    await revert();
    expect(fake.syncs).toBe(1);
    expect(fake.cells(SHEET).value(8, 13)).toBe("изпълнено");
  });

  it("writes all suggestions in one sync and undoes them as one step, a text like a formula back as text", async () => {
    const { fake, host, grid } = await misspelt();
    const writes = statusIssues(grid).map((issue) => ({ sheet: issue.sheet, cell: issue.cell, text: issue.suggestion as string }));
    expect(writes.map((write) => write.text)).toEqual(["Изпълнена", "В процес на изпълнение", "Изпълнена"]);
    const revert = await host.writeTexts(writes);
    expect(fake.syncs).toBe(1);
    expect(statusIssues(await host.read())).toEqual([]);
    await revert();
    const cells = fake.cells(SHEET);
    expect([8, 9, 10].map((row) => cells.value(row, 13))).toEqual(["изпълнено", "в процес", "=Изпълнен"]);
    expect(cells.formulas.size).toBe(0); // "=Изпълнен" is text again, never a formula
    expect([8, 9, 10].map((row) => cells.numberFormat(row, 13))).toEqual(["General", "General", "General"]);
  });

  it("gives a cell its own number format back", async () => {
    const { fake, host } = await misspelt();
    fake.cells(SHEET).setNumberFormat(9, 13, "@");
    const revert = await host.writeTexts([{ sheet: SHEET, cell: "M9", text: STATUSES.inProgress }]);
    await revert();
    expect(fake.cells(SHEET).numberFormat(9, 13)).toBe("@");
    expect(fake.cells(SHEET).value(9, 13)).toBe("в процес");
  });

  it("writes a text Excel would read as a formula under the Text format", async () => {
    const { fake, host } = await misspelt();
    await host.writeTexts([{ sheet: SHEET, cell: "N8", text: "=SUM(A1:A2)" }]);
    expect(fake.cells(SHEET).value(8, 14)).toBe("=SUM(A1:A2)");
    expect(fake.cells(SHEET).formulas.size).toBe(0);
  });
});

describe("OfficeHost status drop-down", () => {
  const dropDown = { sheet: SHEET, range: "M8:M30", values: Object.values(STATUSES) };

  it("adds the list to the status cells and takes it off again exactly", async () => {
    const grid = await gridOf(blagoevgrad2024);
    const fake = new FakeExcel([{ grid }]);
    const host = new OfficeHost({ run: fake.run, requirements: ALL_REQUIREMENTS, store: new MemoryStore() });
    expect(host.features.dropDowns).toBe(true);
    const result = await host.addDropDown(dropDown);
    expect(fake.syncs).toBe(2); // is a rule there? then the list
    expect(fake.validationsSent).toEqual([
      { address: "M8:M30", rule: { list: { inCellDropDown: true, source: "Изпълнена,Неизпълнена,В процес на изпълнение" } } },
    ]);
    expect(fake.cells(SHEET).validations.size).toBe(23);
    if (!result.added) throw new Error("expected the drop-down to be added");
    fake.syncs = 0;
    await result.revert();
    expect(fake.syncs).toBe(1);
    expect(fake.cells(SHEET).validations.size).toBe(0);
  });

  it("never overwrites a rule the user has there", async () => {
    const grid = await gridOf(blagoevgrad2024);
    const own = { list: { inCellDropDown: true, source: "=$P$8:$P$10" } };
    const fake = new FakeExcel([{ grid, validations: { M12: own } }]);
    const host = new OfficeHost({ run: fake.run, requirements: ALL_REQUIREMENTS, store: new MemoryStore() });
    expect(await host.addDropDown(dropDown)).toEqual({ added: false });
    expect(fake.syncs).toBe(1);
    expect(fake.validationsSent).toEqual([]);
    expect([...fake.cells(SHEET).validations]).toEqual([["M12", own]]);
  });

  it("is switched off before ExcelApi 1.8", async () => {
    const fake = new FakeExcel([await gridOf(blagoevgrad2024)]);
    const host = new OfficeHost({ run: fake.run, requirements: BASELINE_ONLY, store: new MemoryStore() });
    expect(host.features.dropDowns).toBe(false);
    await expect(host.addDropDown(dropDown)).rejects.toEqual(expect.any(HostError));
    expect(fake.syncs).toBe(0);
  });
});
