/**
 * Highlights and quick fixes through office.js, at every ExcelApi version the add-in meets: "clear" and undo give
 * every cell back what it had — solid, patterned and tinted fills (the colour alone before ExcelApi 1.9), no fill,
 * texts that look like formulas, number formats — also when a batch fails part-way, and a protected sheet is named
 * before anything is written to it.
 */
import { checkSheet } from "../../src/core/check";
import { STATUSES } from "../../src/core/fields";
import { columnLetter, type SheetGrid } from "../../src/core/grid";
import { CELLS_PER_SYNC } from "../../src/excel/blockPlan";
import { OfficeHost } from "../../src/excel/officeHost";
import { HIGHLIGHT_FILL, HIGHLIGHTS_KEY, type CellMark } from "../../src/host/edits";
import { HostError } from "../../src/host/hostError";
import { MemoryStore } from "../fixtures/memoryStore";
import { blagoevgradMisspelt } from "../fixtures/misspelt";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { EXCEL_API_VERSIONS, minorOf, type ExcelApiVersion } from "./apiSets";
import { NO_FILL, type FillState, type SheetProtection } from "./fakeCells";
import { FakeExcel, officeError, type FakeSheet } from "./fakeExcel";
import { ALL_REQUIREMENTS, gridOf, heavyGrid, officeAt } from "./sheets";

const SHEET = "Приложение 2";

/** The user's own fills on some of the cells the check marks (H16 and H21: missing targets, G16: a warning…). */
const OWN_FILLS: Record<string, Partial<FillState>> = {
  H16: { color: "#C6EFCE", pattern: "Solid" },
  G16: { color: "#FFFFFF", pattern: "Gray50", patternColor: "#7F7F7F", patternTintAndShade: 0.25 },
  H21: { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 },
  H9: { color: "#FFFF00", pattern: "LightTrellis", patternColor: "#FF0000" },
  // G17 and A23…A30 have no fill.
};

const atLeast = (version: ExcelApiVersion, minor: number) => minorOf(version) >= minor;

async function setUp(version: ExcelApiVersion, protection?: SheetProtection, store = new MemoryStore()) {
  const grid = await gridOf(blagoevgrad2024);
  const sheet: FakeSheet = { grid, fills: { ...OWN_FILLS, Q2: { color: "#D9D9D9", pattern: "Solid" } }, protection };
  const { fake, host } = officeAt(version, [sheet], {}, store);
  const marks: CellMark[] = checkSheet(grid).issues.map(({ sheet: name, cell, severity }) => ({ sheet: name, cell, severity }));
  return { fake, host, store, marks, grid };
}

function fillsOf(fake: FakeExcel, sheet = SHEET): Record<string, FillState> {
  return Object.fromEntries([...fake.cells(sheet).fills].sort(([a], [b]) => a.localeCompare(b)));
}

/** The fills setUp gives the report's sheet, in a fake of their own. */
function setUpFills(): FakeExcel {
  const grid: SheetGrid = { name: SHEET, origin: { row: 1, col: 1 }, values: [], merges: [] };
  return new FakeExcel([{ grid, fills: { ...OWN_FILLS, Q2: { color: "#D9D9D9", pattern: "Solid" } } }]);
}

/**
 * The fills "clear" gives back. With ExcelApi 1.9 exactly the ones before. Before it Excel tells the colour alone,
 * which comes back as a solid fill, and white (no fill, to Excel) as no fill.
 */
function restoredFills(
  before: Record<string, FillState>,
  version: ExcelApiVersion,
  touched: (cell: string) => boolean = () => true,
): Record<string, FillState> {
  if (atLeast(version, 9)) return before;
  const colourOnly = Object.entries(before)
    .map(([cell, fill]): [string, FillState] => [cell, touched(cell) ? { ...NO_FILL, color: fill.color, pattern: "Solid" } : fill])
    .filter(([cell, fill]) => !touched(cell) || fill.color.toUpperCase() !== "#FFFFFF");
  return Object.fromEntries(colourOnly);
}

/** The cells with issues, as the highlight leaves them, and the ones it must not touch. */
function marked(fake: FakeExcel, marks: CellMark[]): Record<string, FillState> {
  const cells = new Set(marks.map((mark) => mark.cell));
  return Object.fromEntries(Object.entries(fillsOf(fake)).filter(([cell]) => !cells.has(cell)));
}

async function failureOf(promise: Promise<unknown>): Promise<HostError> {
  const failure = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(failure instanceof HostError)) throw new Error(`expected a HostError, got ${String(failure)}`);
  return failure;
}

/** Highlighting needs names (ExcelApi 1.4), which follow the cells; the versions from there on. */
const WITH_NAMES = EXCEL_API_VERSIONS.filter((version) => atLeast(version, 4));

describe.each(WITH_NAMES)("highlights at ExcelApi %s", (version) => {
  it("fills every cell with an issue by its severity, keeping the cells' own fills, in three syncs", async () => {
    const { fake, host, store, marks } = await setUp(version);
    const untouched = marked(fake, marks);
    expect(host.highlighted()).toBe(false);
    await host.highlight(marks);
    expect(fake.syncs).toBe(3); // where the names are; read the fills (and check the sheet); name the cells and highlight
    expect(store.saves).toBe(1);
    expect(host.highlighted()).toBe(true);
    const cells = fake.cells(SHEET);
    expect(cells.fill("H16")).toMatchObject({ color: HIGHLIGHT_FILL.error, pattern: "Solid" });
    expect(cells.fill("G16")).toMatchObject({ color: HIGHLIGHT_FILL.warning, pattern: "Solid" });
    expect(cells.fill("A23")).toMatchObject({ color: HIGHLIGHT_FILL.info, pattern: "Solid" });
    expect(marked(fake, marks)).toEqual(untouched); // Q2 and the other cells without issues
    const kept = store.get<{ cells: { cell: string; fill: unknown }[] }>(HIGHLIGHTS_KEY)?.cells ?? [];
    const g16 = kept.find((entry) => entry.cell === "G16")?.fill;
    expect(g16).toEqual(atLeast(version, 9) ? { ...NO_FILL, ...OWN_FILLS.G16 } : { color: "#FFFFFF" });
  });

  it("clears back to the cells' own fills", async () => {
    const { fake, host, store, marks } = await setUp(version);
    const before = fillsOf(fake);
    await host.highlight(marks);
    fake.syncs = 0;
    await host.clearHighlights();
    expect(fake.syncs).toBe(3); // where the names are; the sheet's protection; the fills back
    expect(fillsOf(fake)).toEqual(restoredFills(before, version));
    expect(host.highlighted()).toBe(false);
    expect(store.get(HIGHLIGHTS_KEY)).toBeUndefined();
  });

  it("clears after the workbook was saved and opened again, from the originals kept in the document", async () => {
    const { fake, host, store, marks, grid } = await setUp(version);
    const before = fillsOf(fake);
    await host.highlight(marks);
    // Reopened: the same cells with the highlight fills, the document's settings, a new pane and host.
    const reopened = officeAt(version, [{ grid, fills: fillsOf(fake) }], { names: fake.names }, store);
    expect(reopened.host.highlighted()).toBe(true);
    await reopened.host.clearHighlights();
    expect(fillsOf(reopened.fake)).toEqual(restoredFills(before, version));
  });

  it("highlighting again keeps the first originals and gives unmarked cells their fill back", async () => {
    const { fake, host, marks } = await setUp(version);
    const before = fillsOf(fake);
    await host.highlight(marks);
    const fewer = marks.filter((mark) => mark.cell !== "H9");
    fake.syncs = 0;
    await host.highlight(fewer);
    expect(fake.syncs).toBe(3); // the names; nothing new to read, only the check; the fills
    expect(fake.cells(SHEET).fill("H9")).toEqual(restoredFills(before, version).H9);
    await host.highlight(marks);
    await host.clearHighlights();
    expect(fillsOf(fake)).toEqual(restoredFills(before, version));
  });

  it("clears onto the cells themselves after rows were inserted above them", async () => {
    const { fake, host, marks } = await setUp(version);
    await host.highlight(marks);
    fake.insertRows(SHEET, 12, 3); // H16 is now H19, H21 is H24; rows 12–14 are new and empty
    await host.clearHighlights();
    const cells = fake.cells(SHEET);
    expect(cells.fill("H19")).toEqual(restoredFills(fillsOf(setUpFills()), version).H16);
    expect(cells.fill("H24")).toEqual(restoredFills(fillsOf(setUpFills()), version).H21);
    expect(cells.fill("H16")).toEqual(NO_FILL); // what was G/H13 before: never painted with H16's fill
    expect(Object.values(fillsOf(fake)).some((fill) => Object.values(HIGHLIGHT_FILL).includes(fill.color))).toBe(false);
    expect(fake.names.size).toBe(0);
  });

  it("clears after the sheet was renamed, and drops the fills of rows that were deleted", async () => {
    const { fake, host, marks } = await setUp(version);
    await host.highlight(marks);
    fake.renameSheetNow(SHEET, "Отчет 2024");
    fake.deleteRows("Отчет 2024", 16, 1); // H16's row is gone, with its highlight; H21 is now H20
    await host.clearHighlights();
    const cells = fake.cells("Отчет 2024");
    expect(cells.fill("H20")).toEqual(restoredFills(fillsOf(setUpFills()), version).H21);
    expect(Object.values(fillsOf(fake, "Отчет 2024")).some((fill) => Object.values(HIGHLIGHT_FILL).includes(fill.color))).toBe(false);
    expect(host.highlighted()).toBe(false);
  });

  it("highlighting again after rows were inserted keeps each cell's own original", async () => {
    const { fake, host, marks, grid } = await setUp(version);
    const before = fillsOf(fake);
    await host.highlight(marks);
    fake.insertRows(SHEET, 2, 1);
    // The check run again finds the same issues one row lower.
    const moved = marks.map((mark) => ({ ...mark, cell: mark.cell.replace(/\d+$/, (row) => String(Number(row) + 1)) }));
    await host.highlight(moved);
    await host.clearHighlights();
    const shiftedBack = Object.fromEntries(
      Object.entries(fillsOf(fake)).map(([cell, fill]) => [cell.replace(/\d+$/, (row) => String(Number(row) - 1)), fill]),
    );
    expect(shiftedBack).toEqual(restoredFills(before, version));
    expect(grid.name).toBe(SHEET);
  });

  it("colours a cell with several issues by the most severe", async () => {
    const { fake, host } = await setUp(version);
    await host.highlight([
      { sheet: SHEET, cell: "H16", severity: "info" },
      { sheet: SHEET, cell: "H16", severity: "error" },
      { sheet: SHEET, cell: "H16", severity: "warning" },
    ]);
    expect(fake.cells(SHEET).fill("H16").color).toBe(HIGHLIGHT_FILL.error);
  });

  it("says in words when the sheet has gone, and keeps nothing", async () => {
    const { host, store } = await setUp(version);
    const failure = await failureOf(host.highlight([{ sheet: "Изтрит", cell: "A1", severity: "error" }]));
    expect(failure.key).toBe("host.notFound");
    expect(store.get(HIGHLIGHTS_KEY)).toBeUndefined();
  });

  it("when the highlight fails part-way, the cells it changed still clear back", async () => {
    const { fake, marks, grid } = await setUp(version);
    const before = fillsOf(fake);
    const probe = await setUp(version);
    await probe.host.highlight(marks);
    const actions = probe.fake.actions[2] as number; // the sync that names the cells and sets the fills
    expect(actions).toBeGreaterThan(40); // a name, a clear and a colour for each of the sheet's 14 cells with issues
    for (const at of [0, 1, Math.floor(actions / 2), actions - 1]) {
      const store = new MemoryStore();
      const run = officeAt(version, [{ grid, fills: before }], {}, store);
      run.fake.failSyncAtAction(2, at, officeError("InvalidOperationInCellEditMode"));
      expect((await failureOf(run.host.highlight(marks))).key).toBe("host.cellEditing");
      const failed = fillsOf(run.fake);
      if (at >= 4) expect(failed).not.toEqual(before); // a cell's name, hiding it, clear, colour: 4 actions
      // The cells the failed batch named are restored (before ExcelApi 1.9 by their colour, as every highlight is);
      // those it never reached keep their own fill untouched.
      const named = new Set([...run.fake.names.values()].map(({ rect }) => (rect ? `${columnLetter(rect.left)}${rect.top}` : "")));
      await run.host.clearHighlights();
      expect({ at, fills: fillsOf(run.fake) }).toEqual({ at, fills: restoredFills(before, version, (cell) => named.has(cell)) });
    }
  });

  it("when clearing fails part-way, clearing again finishes it", async () => {
    const { fake, host, marks } = await setUp(version);
    const before = fillsOf(fake);
    await host.highlight(marks);
    fake.failSyncAtAction(2, 17, officeError("Conflict")); // the names, the check, then the fills: part-way
    expect((await failureOf(host.clearHighlights())).key).toBe("host.busy");
    expect(host.highlighted()).toBe(true);
    await host.clearHighlights();
    expect(fillsOf(fake)).toEqual(restoredFills(before, version));
  });
});

describe("highlights before ExcelApi 1.4 (no names to follow the cells)", () => {
  it("are not offered, as clearing could not be sure to find the cells", async () => {
    const { fake, host, marks } = await setUp("1.1");
    expect(host.features.highlights).toBe(false);
    expect((await failureOf(host.highlight(marks))).key).toBe("host.unsupported");
    expect(fake.syncs).toBe(0);
  });

  it("highlights kept without names (by an older add-in) are still cleared where they were", async () => {
    const store = new MemoryStore();
    store.set(HIGHLIGHTS_KEY, { host: "excel", cells: [{ sheet: SHEET, cell: "H16", fill: { color: "#C6EFCE" } }] });
    const grid = await gridOf(blagoevgrad2024);
    const { fake, host } = officeAt("1.1", [{ grid, fills: { H16: { color: HIGHLIGHT_FILL.error, pattern: "Solid" } } }], {}, store);
    expect(host.highlighted()).toBe(true);
    await host.clearHighlights();
    expect(fake.cells(SHEET).fill("H16")).toEqual({ ...NO_FILL, color: "#C6EFCE", pattern: "Solid" });
  });
});

describe.each(EXCEL_API_VERSIONS)("writing to a protected sheet at ExcelApi %s", (version) => {
  const canSay = atLeast(version, 2);
  const writes = [{ sheet: SHEET, cell: "M8", text: STATUSES.fulfilled }];

  it("highlights are refused, naming the sheet, before any fill changes", async () => {
    const { fake, host, marks, store } = await setUp(version, { protected: true });
    const before = fillsOf(fake);
    const failure = await failureOf(host.highlight(marks));
    expect(failure.key).toBe(atLeast(version, 4) ? "host.sheetProtected" : "host.unsupported");
    if (atLeast(version, 4)) expect(failure.params).toEqual({ sheet: SHEET });
    expect(fillsOf(fake)).toEqual(before);
    expect(store.get(HIGHLIGHTS_KEY)).toBeUndefined();
  });

  if (atLeast(version, 4)) {
    it("highlights go through where the protection allows formatting cells", async () => {
      const { fake, host, marks } = await setUp(version, { protected: true, allowFormatCells: true });
      await host.highlight(marks);
      expect(fake.cells(SHEET).fill("H16").color).toBe(HIGHLIGHT_FILL.error);
    });
  }

  it("a quick fix is refused, and the cell keeps its text", async () => {
    const grid = await gridOf(blagoevgradMisspelt);
    const { fake, host } = officeAt(version, [{ grid, protection: { protected: true } }]);
    const failure = await failureOf(host.writeTexts(writes));
    expect(failure.key).toBe(canSay ? "host.sheetProtected" : "host.protected");
    expect(fake.cells(SHEET).value(8, 13)).toBe("изпълнено");
  });

  it("nothing is changed in a workbook opened read-only, and Excel is not even asked", async () => {
    const grid = await gridOf(blagoevgradMisspelt);
    const fake = new FakeExcel([grid], { version });
    const host = new OfficeHost({ run: fake.run, requirements: ALL_REQUIREMENTS, store: new MemoryStore(), readOnly: () => true });
    expect((await failureOf(host.writeTexts(writes))).key).toBe("host.readOnly");
    expect((await failureOf(host.highlight([{ sheet: SHEET, cell: "M8", severity: "error" }]))).key).toBe("host.readOnly");
    expect(fake.syncs).toBe(0);
  });
});

describe.each(WITH_NAMES)("highlights of very many cells at ExcelApi %s", (version) => {
  /** 4,500 marked cells down column B (more than two blocks), with fills of the user's own on a few. */
  const CELLS = 4_500;
  const BLOCKS = Math.ceil(CELLS / CELLS_PER_SYNC);
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
    const store = new MemoryStore();
    return { ...officeAt(version, [{ grid, fills: own }], {}, store), store };
  }

  it("works in blocks of CELLS_PER_SYNC cells, two syncs each, and clears back", async () => {
    const { fake, host, store } = await big();
    const before = fillsOf(fake);
    await host.highlight(marks);
    expect(fake.syncs).toBe(1 + 2 * BLOCKS);
    expect(store.saves).toBe(1);
    expect(fake.cells(SHEET).fill("B4500")).toMatchObject({ color: HIGHLIGHT_FILL.warning }); // i = 4,499: not a multiple of 3
    expect(store.get<{ cells: unknown[] }>(HIGHLIGHTS_KEY)?.cells).toHaveLength(CELLS);
    fake.syncs = 0;
    await host.clearHighlights();
    expect(fake.syncs).toBe(1 + 1 + BLOCKS); // the names, the check, then the blocks
    expect(fillsOf(fake)).toEqual(restoredFills(before, version));
  });

  it("keeps the originals of every block read when a later block fails part-way, so that clear puts every cell back", async () => {
    const { fake, host, store } = await big();
    const before = fillsOf(fake);
    fake.failSyncAtAction(4, 700, officeError("GeneralException")); // the second block's fills, part-way
    await expect(host.highlight(marks)).rejects.toBeDefined();
    expect(store.get<{ cells: unknown[] }>(HIGHLIGHTS_KEY)?.cells).toHaveLength(2 * CELLS_PER_SYNC);
    expect(fake.cells(SHEET).fill("B1")).toMatchObject({ color: HIGHLIGHT_FILL.error });
    expect(fake.cells(SHEET).fill("B2001")).toMatchObject({ color: HIGHLIGHT_FILL.warning }); // changed before the failure
    await host.clearHighlights();
    const highlighted = (cell: string) => Number(cell.slice(1)) <= 2 * CELLS_PER_SYNC;
    expect(fillsOf(fake)).toEqual(restoredFills(before, version, highlighted));
    expect(host.highlighted()).toBe(false);
  });
});

describe.each(EXCEL_API_VERSIONS)("quick fixes at ExcelApi %s", (version) => {
  async function misspelt() {
    const grid = await gridOf(blagoevgradMisspelt);
    return { ...officeAt(version, [{ grid }]), grid };
  }

  const statusIssues = (grid: SheetGrid) => checkSheet(grid).issues.filter((issue) => issue.rule === "status.invalid");

  it("writes one suggestion in two syncs (read, then write), and the check then finds no issue there", async () => {
    const { fake, host } = await misspelt();
    const revert = await host.writeTexts([{ sheet: SHEET, cell: "M8", text: STATUSES.fulfilled }]);
    expect(fake.syncs).toBe(2);
    expect(fake.cells(SHEET).value(8, 13)).toBe("Изпълнена");
    const grid = await host.read();
    expect(statusIssues(grid).map((issue) => issue.cell)).toEqual(["M9", "M10"]);
    fake.syncs = 0;
    await revert();
    expect(fake.syncs).toBe(1);
    expect(fake.cells(SHEET).value(8, 13)).toBe("изпълнено");
  });

  it("writes all suggestions together and undoes them as one step, a text like a formula back as text", async () => {
    const { fake, host, grid } = await misspelt();
    const writes = statusIssues(grid).map((issue) => ({ sheet: issue.sheet, cell: issue.cell, text: issue.suggestion as string }));
    expect(writes.map((write) => write.text)).toEqual(["Изпълнена", "В процес на изпълнение", "Изпълнена"]);
    const revert = await host.writeTexts(writes);
    expect(fake.syncs).toBe(2);
    expect(statusIssues(await host.read())).toEqual([]);
    await revert();
    const cells = fake.cells(SHEET);
    expect([8, 9, 10].map((row) => cells.value(row, 13))).toEqual(["изпълнено", "в процес", "=Изпълнен"]);
    expect(cells.formulas.size).toBe(0); // "=Изпълнен" is text again, never a formula
    expect([8, 9, 10].map((row) => cells.numberFormat(row, 13))).toEqual(["General", "General", "General"]);
  });

  it("when the write fails part-way, puts back what it wrote and says why", async () => {
    const { grid } = await misspelt();
    const writes = statusIssues(grid).map((issue) => ({ sheet: issue.sheet, cell: issue.cell, text: issue.suggestion as string }));
    const probe = officeAt(version, [{ grid: structuredClone(grid) }]);
    await probe.host.writeTexts(writes);
    const actions = probe.fake.actions[1] as number;
    expect(actions).toBeGreaterThanOrEqual(writes.length);
    for (let at = 0; at < actions; at++) {
      const { fake, host } = officeAt(version, [{ grid: structuredClone(grid) }]);
      fake.failSyncAtAction(1, at, officeError("InvalidOperationInCellEditMode"));
      expect((await failureOf(host.writeTexts(writes))).key).toBe("host.cellEditing");
      const cells = fake.cells(SHEET);
      expect({ at, values: [8, 9, 10].map((row) => cells.value(row, 13)) }).toEqual({
        at,
        values: ["изпълнено", "в процес", "=Изпълнен"],
      });
      expect(cells.formulas.size).toBe(0);
    }
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

  it("writes thousands of long texts in blocks, no request over Excel on the web's 5 MB", async () => {
    // 6,000 cells of about 1 KB: one request would carry 6 MB.
    const rows = 6_000;
    const grid = heavyGrid("Приложение 2", rows, 13, "стар текст");
    const { fake, host } = officeAt(version, [grid]);
    const text = `В процес на изпълнение — ${"подробно описание на хода ".repeat(19)}`;
    const writes = Array.from({ length: rows }, (_, r) => ({ sheet: SHEET, cell: `M${r + 1}`, text }));
    expect(Buffer.byteLength(JSON.stringify(writes.map((write) => [[write.text]])))).toBeGreaterThan(5 * 1024 * 1024);
    const revert = await host.writeTexts(writes);
    expect(fake.syncs).toBe(2 * Math.ceil(rows / CELLS_PER_SYNC));
    expect(Math.max(...fake.requests)).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(fake.cells(SHEET).value(rows, 13)).toBe(text);
    await revert();
    expect(fake.cells(SHEET).value(rows, 13)).toBe(`${rows}.13 стар текст`);
  });
});

describe.each(EXCEL_API_VERSIONS)("the status drop-down at ExcelApi %s", (version) => {
  const dropDown = { sheet: SHEET, range: "M8:M30", values: Object.values(STATUSES) };
  const offered = atLeast(version, 8);

  it(offered ? "adds the list to the status cells and takes it off again exactly" : "is not offered", async () => {
    const { fake, host } = officeAt(version, [await gridOf(blagoevgrad2024)]);
    expect(host.features.dropDowns).toBe(offered);
    if (!offered) {
      await expect(host.addDropDown(dropDown)).rejects.toEqual(expect.any(HostError));
      expect(fake.syncs).toBe(0);
      return;
    }
    const result = await host.addDropDown(dropDown);
    expect(fake.syncs).toBe(2); // is a rule there (and may the sheet change)? then the list
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

  if (!offered) return;

  it("never overwrites a rule the user has there", async () => {
    const grid = await gridOf(blagoevgrad2024);
    const own = { list: { inCellDropDown: true, source: "=$P$8:$P$10" } };
    const { fake, host } = officeAt(version, [{ grid, validations: { M12: own } }]);
    expect(await host.addDropDown(dropDown)).toEqual({ added: false });
    expect(fake.syncs).toBe(1);
    expect(fake.validationsSent).toEqual([]);
    expect([...fake.cells(SHEET).validations]).toEqual([["M12", own]]);
  });

  it("on a protected sheet says which sheet, and adds nothing", async () => {
    const { fake, host } = officeAt(version, [{ grid: await gridOf(blagoevgrad2024), protection: { protected: true } }]);
    const failure = await failureOf(host.addDropDown(dropDown));
    expect(failure.key).toBe("host.sheetProtected");
    expect(fake.cells(SHEET).validations.size).toBe(0);
  });
});
