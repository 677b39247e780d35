import { checkSheet } from "../../src/core";
import type { CellRange, SheetGrid } from "../../src/core/grid";
import type { ReadProgress } from "../../src/host/workbookHost";
import { TYPICAL_ROWS } from "../../src/excel/blockPlan";
import { joined, readSheet } from "../../src/excel/readSheet";
import { detectRequirements, type Requirements } from "../../src/excel/requirements";
import type { FormSheet } from "../fixtures/builder";
import { cleanRows, cleanSheet } from "../fixtures/clean";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { EXCEL_API_VERSIONS, minorOf } from "./apiSets";
import { FakeExcel, LIMIT_BYTES, officeError, type FakeSheet } from "./fakeExcel";
import { ALL_REQUIREMENTS, BASELINE_ONLY, expectSameCells, gridOf, heavyGrid, tallGrid } from "./sheets";

/** Reads the fake's active sheet the way the host does, recording progress. */
async function readActive(fake: FakeExcel, requirements: Requirements = detectRequirements(fake.support)) {
  const progress: ReadProgress[] = [];
  const { grid } = await readSheet(
    fake.context,
    (context) => ({ sheet: context.workbook.worksheets.getActiveWorksheet(), also: null }),
    { requirements, onProgress: (p) => progress.push(p) },
  );
  return { grid, progress };
}

function sheetOf(grid: SheetGrid, formatted?: FakeSheet["formatted"]): FakeSheet {
  return formatted ? { grid, formatted } : { grid };
}

describe.each(EXCEL_API_VERSIONS)("a typical report at ExcelApi %s", (version) => {
  // Merged areas are read from ExcelApi 1.13; before it the grid has none, and the check goes by the rows alone.
  const merges = minorOf(version) >= 13;

  it("reads the clean three-goal report in one sync, the same as the file host", async () => {
    const expected = await gridOf(cleanSheet());
    const fake = new FakeExcel([expected], { version });
    const { grid, progress } = await readActive(fake);
    expect(fake.syncs).toBe(1);
    expect(fake.blocks).toEqual([1]);
    expectSameCells(grid, expected);
    expect(grid.merges).toEqual(merges ? expected.merges : []);
    expect(checkSheet(grid)).toEqual(checkSheet(merges ? expected : { ...expected, merges: [] }));
    expect(progress).toEqual([{ rowsRead: 10, rowsTotal: 10 }]);
  });

  it("reads the Blagoevgrad 2024 report in one sync, issues and roll-up equal to the file host's", async () => {
    const expected = await gridOf(blagoevgrad2024);
    const fake = new FakeExcel([expected], { version });
    const { grid } = await readActive(fake);
    expect(fake.syncs).toBe(1);
    expectSameCells(grid, expected);
    expect(grid.name).toBe("Приложение 2");
    expect(grid.merges).toEqual(merges ? expected.merges : []);
    const report = checkSheet(grid);
    expect(report.counts.error).toBeGreaterThan(0); // the reference keeps its real flaws: a real check, not a blank one
    expect(report).toEqual(checkSheet(merges ? expected : { ...expected, merges: [] }));
  });

  it(`reads a sheet of exactly ${TYPICAL_ROWS} rows in one sync`, async () => {
    const expected = await tallGrid(cleanSheet(), TYPICAL_ROWS);
    const fake = new FakeExcel([expected], { version });
    const { grid } = await readActive(fake);
    expect(fake.syncs).toBe(1);
    expect(grid.values).toHaveLength(TYPICAL_ROWS);
    expectSameCells(grid, expected);
    expect(grid.merges).toEqual(merges ? expected.merges : []);
  });
});

describe("a typical report", () => {
  it("gives the used range's origin, with empty cells as null and General as no format", async () => {
    const expected: SheetGrid = {
      name: "Лист 1",
      origin: { row: 3, col: 2 },
      values: [
        ["a", null, 1.5],
        [null, "#N/A", true],
      ],
      numberFormats: [
        [null, null, "0.00%"],
        [null, null, null],
      ],
      merges: [],
    };
    const { grid } = await readActive(new FakeExcel([expected]));
    expect(grid.origin).toEqual({ row: 3, col: 2 });
    expect(grid.values).toEqual(expected.values);
    expect(grid.numberFormats).toEqual(expected.numberFormats);
  });

  it("reads a blank sheet as its top-left cell, empty", async () => {
    const blank: SheetGrid = { name: "Празен", origin: { row: 1, col: 1 }, values: [], merges: [] };
    const { grid } = await readActive(new FakeExcel([blank]));
    expect(grid).toMatchObject({ name: "Празен", origin: { row: 1, col: 1 }, values: [[null]], merges: [] });
  });

  it("asks for the used range by values only with ExcelApi 1.2, so formatting alone costs nothing", async () => {
    const expected = await gridOf(cleanSheet());
    const formatted = { top: 1, left: 1, bottom: 5_000, right: 16 };
    const withValuesOnly = new FakeExcel([sheetOf(expected, formatted)]);
    const { grid } = await readActive(withValuesOnly);
    expect(withValuesOnly.usedRangeCalls).toEqual([true]);
    expect(grid.values).toHaveLength(10);
    expect(withValuesOnly.syncs).toBe(1);

    const without = new FakeExcel([sheetOf(expected, formatted)]);
    const { grid: wide } = await readActive(without, { ...ALL_REQUIREMENTS, valuesOnlyUsedRange: false });
    expect(without.usedRangeCalls).toEqual([false]);
    expect(wide.values).toHaveLength(5_000);
    expectSameCells(wide, expected);
  });
});

describe.each(["topLeft", "clipped"] as const)("merged areas across the windows' edges, when Excel gives them %s", (rule) => {
  /**
   * Windows over A:AZ are 17 rows tall (mergeWindowRows(52)): edges above rows 18, 35, 52… Areas that cross an edge,
   * cross two, end just above one or start just below it, and two areas that meet at an edge.
   */
  const atEdges: CellRange[] = [
    { top: 16, left: 1, bottom: 17, right: 1 }, // ends just above the edge…
    { top: 18, left: 1, bottom: 19, right: 1 }, // …and the next starts just below it: two areas, not one
    { top: 15, left: 2, bottom: 20, right: 2 }, // crosses an edge
    { top: 17, left: 3, bottom: 18, right: 4 }, // crosses it by a row either side, two columns wide
    { top: 2, left: 5, bottom: 40, right: 5 }, // crosses two edges
    { top: 34, left: 6, bottom: 35, right: 8 },
  ];
  const grid: SheetGrid = {
    name: "Приложение 2",
    origin: { row: 1, col: 1 },
    values: Array.from({ length: 45 }, (_, r) => Array.from({ length: 8 }, (_, c) => `${r + 1}.${c + 1}`)),
    merges: atEdges,
  };

  it("are read whole and each once, in the same one sync", async () => {
    const fake = new FakeExcel([grid], { mergedAreas: rule });
    const { grid: read } = await readActive(fake);
    expect(fake.syncs).toBe(1);
    expect(read.merges).toEqual([...atEdges].sort((a, b) => a.top - b.top || a.left - b.left));
  });

  it("of the reference report and of goals merged over rows equal the file host's", async () => {
    for (const expected of [await gridOf(blagoevgrad2024), await gridOf(cleanWithSpans())]) {
      const { grid: read } = await readActive(new FakeExcel([expected], { mergedAreas: rule }));
      expect(read.merges).toEqual(expected.merges);
      expect(checkSheet(read)).toEqual(checkSheet(expected));
    }
  });

  it("across the edge between the first rows and the blocks read after them", async () => {
    const expected = await tallGrid(cleanWithSpans(), 2_600);
    expect(expected.merges.some((m) => m.top <= TYPICAL_ROWS && m.bottom > TYPICAL_ROWS)).toBe(true);
    const fake = new FakeExcel([expected], { mergedAreas: rule });
    const { grid: read } = await readActive(fake);
    expect(fake.syncs).toBe(2);
    expect(Math.max(...fake.mergeCalls)).toBeLessThanOrEqual(512);
    expect(read.merges).toEqual(expected.merges);
  });
});

describe("joining merged areas", () => {
  const area = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

  it("joins pieces that overlap, through a piece across the edge, and keeps areas that only touch apart", () => {
    expect(joined([area(5, 1, 6, 1), area(7, 1, 9, 1), area(6, 1, 7, 1), area(10, 1, 11, 1)])).toEqual([
      area(5, 1, 9, 1),
      area(10, 1, 11, 1),
    ]);
  });

  it("gives an area reported whole by several windows once", () => {
    expect(joined([area(2, 3, 8, 4), area(2, 3, 8, 4), area(2, 1, 2, 2)])).toEqual([area(2, 1, 2, 2), area(2, 3, 8, 4)]);
  });
});

describe("merged areas", () => {
  it("right of column AZ are read in one more sync", async () => {
    const expected = await gridOf(cleanWithSpans({ startCol: 45 })); // the table runs from AS to BF
    expect(Math.max(...expected.merges.map((m) => m.right))).toBeGreaterThan(52);
    const fake = new FakeExcel([expected]);
    const { grid } = await readActive(fake);
    expect(fake.syncs).toBe(2);
    expect(grid.merges).toEqual(expected.merges);
  });

  it("are read with the first rows when ExcelApi 1.13 is there, in windows of rows, in the same sync", async () => {
    const expected = await gridOf(cleanWithSpans());
    const fake = new FakeExcel([expected]);
    const { grid } = await readActive(fake);
    expect(fake.syncs).toBe(1);
    expect(fake.mergeCalls.length).toBeGreaterThan(1);
    expect(Math.max(...fake.mergeCalls)).toBeLessThanOrEqual(512);
    expect(grid.merges.length).toBeGreaterThan(10);
    expect(grid.merges).toEqual(expected.merges);
  });

  it("are not asked for without ExcelApi 1.13", async () => {
    const fake = new FakeExcel([await gridOf(cleanWithSpans())]);
    const { grid } = await readActive(fake, BASELINE_ONLY);
    expect(fake.mergeCalls).toEqual([]);
    expect(grid.merges).toEqual([]);
    expect(fake.syncs).toBe(1);
  });

  it("over 512 in the first rows: still one sync, no window asking for more than Excel returns", async () => {
    const expected = await tallGrid(cleanWithSpans(), 1_500); // 9 merged columns on 2 of every 3 goals
    expect(expected.merges.length).toBeGreaterThan(512);
    const fake = new FakeExcel([expected]);
    const { grid } = await readActive(fake);
    expect(fake.syncs).toBe(1);
    expect(Math.max(...fake.mergeCalls)).toBeLessThanOrEqual(512);
    expect(grid.merges).toEqual(expected.merges);
    expectSameCells(grid, expected);
  });
});

describe("a large sheet", () => {
  let expected: SheetGrid;
  beforeAll(async () => {
    // 40 rows repeated: 38 one-row goals and one goal over two rows, so merged areas cross the blocks' edges but
    // stay under 512 in the first 2,000 rows, as in a long report.
    const goals = Array.from({ length: 38 }, (_, i) => cleanRows[i % 3] ?? {});
    const rows = [...goals, { ...cleanRows[0], span: 2 }, { indicator: "Втори" }];
    expected = await tallGrid(cleanSheet({ rows }), 20_000);
  });

  it("is read in blocks, none of them over 5 MB, with progress up to the last row", async () => {
    const fake = new FakeExcel([expected]);
    const { grid, progress } = await readActive(fake);
    expectSameCells(grid, expected);
    expect(grid.merges).toEqual(expected.merges);

    // The first 2,000 rows, then about 2,500 rows a sync (about 1 KB a row, planned at 1.5 KB, 4 MB a sync).
    expect(fake.syncs).toBeGreaterThanOrEqual(5);
    expect(fake.syncs).toBeLessThanOrEqual(12);
    expect(fake.syncs).toBe(fake.responses.length); // none refused
    expect(Math.max(...fake.responses)).toBeLessThan(LIMIT_BYTES);
    expect(Math.max(...fake.mergeCalls)).toBeLessThanOrEqual(512);

    expect(progress[0]).toEqual({ rowsRead: TYPICAL_ROWS, rowsTotal: 20_000 });
    expect(progress.at(-1)).toEqual({ rowsRead: 20_000, rowsTotal: 20_000 });
    const read = progress.map((p) => p.rowsRead);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(progress).toHaveLength(fake.syncs);
  });

  it("of short rows packs several blocks of 5,000 rows into one sync", async () => {
    const light = heavyGrid("Кратък", 20_000, 3, "");
    const fake = new FakeExcel([light]);
    const { grid } = await readActive(fake, BASELINE_ONLY);
    expectSameCells(grid, light);
    expect(fake.blocks).toEqual([1, 4]); // the first 2,000 rows, then the other 18,000 in blocks of 5,000
    expect(fake.responses[1]).toBeLessThan(LIMIT_BYTES);
  });

  it("whose used range starts below row 2,000 reads its first row with the rest, then blocks", async () => {
    const low = heavyGrid("Долу", 3_000, 14, "текст", 2_500);
    const fake = new FakeExcel([low]);
    const { grid, progress } = await readActive(fake);
    expect(grid.origin).toEqual({ row: 2_500, col: 1 });
    expectSameCells(grid, low);
    expect(progress[0]).toEqual({ rowsRead: 1, rowsTotal: 3_000 });
    expect(fake.syncs).toBeGreaterThan(1);
  });
});

describe("when Excel refuses a response as too large", () => {
  const paragraph = "Изпълнение на дейностите по плана за годината, съгласувано с отговорните звена. ".repeat(3);

  it("the first sync (2,000 rows of long text) is retried cautiously, every later response under 5 MB", async () => {
    const heavy = heavyGrid("Тежък", 2_000, 16, paragraph);
    const fake = new FakeExcel([heavy]);
    const { grid } = await readActive(fake);
    expectSameCells(grid, heavy);
    expect(fake.responses.length).toBe(fake.syncs - 1); // only the bold first sync was refused
    expect(Math.max(...fake.responses)).toBeLessThan(LIMIT_BYTES);
  });

  it("rows fuller than the ones measured: the block is read again in smaller pieces", async () => {
    const light = heavyGrid("Смесен", 2_000, 16, "");
    const full = heavyGrid("Смесен", 1_000, 16, paragraph.repeat(4), 2_001);
    const mixed: SheetGrid = { ...light, values: [...light.values, ...full.values] };
    const fake = new FakeExcel([mixed]);
    const { grid } = await readActive(fake);
    expectSameCells(grid, mixed);
    expect(fake.syncs - fake.responses.length).toBeGreaterThan(0); // some were refused
    expect(Math.max(...fake.responses)).toBeLessThan(LIMIT_BYTES);
  });

  it("a single row over the limit is reported, not retried forever", async () => {
    const huge = heavyGrid("Огромен", 3, 400, paragraph.repeat(30));
    const fake = new FakeExcel([huge]);
    await expect(readActive(fake)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.syncs).toBeLessThan(10);
  });
});

describe.each(EXCEL_API_VERSIONS)("a failed first sync at ExcelApi %s", (version) => {
  it("is retried once, cautiously, and then succeeds", async () => {
    const expected = await gridOf(cleanSheet());
    const fake = new FakeExcel([expected], { version });
    fake.failNextSync(officeError("GeneralException"));
    const { grid } = await readActive(fake);
    expect(fake.syncs).toBe(3);
    expectSameCells(grid, expected);
  });

  it("fails with the second error when the retry fails too", async () => {
    const fake = new FakeExcel([await gridOf(cleanSheet())], { version });
    fake.failEverySync(officeError("InvalidOperationInCellEditMode"));
    await expect(readActive(fake)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(fake.syncs).toBe(2);
  });
});

/** The clean report with goals over several rows, merged as the template merges them. */
function cleanWithSpans(changes: Partial<FormSheet> = {}) {
  return cleanSheet({
    rows: cleanRows.flatMap((row, i) =>
      i === 2 ? [row] : [{ ...row, span: 2 }, { indicator: "Втори показател", currentValue: 0, targetValue: 1 }],
    ),
    ...changes,
  });
}
