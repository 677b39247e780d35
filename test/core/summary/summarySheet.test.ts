import { checkSheet, checkWorkbook, columnNumber, type SheetGrid } from "../../../src/core";
import { CELL_LIMIT } from "../../../src/core/summary/cellLimit";
import { cellLink, countStatus, sheetRange } from "../../../src/core/summary/formulas";
import type { PlanCell, SheetPlan } from "../../../src/core/summary/plan";
import { statusCells } from "../../../src/core/summary/statusCells";
import { summaryPlan } from "../../../src/core/summary/summarySheet";
import { readWorkbook } from "../../../src/file/readWorkbook";
import { buildWorkbook, SPAN_FIELDS, type FormRow, type FormSheet } from "../../fixtures/builder";
import { cleanRows, cleanSheet } from "../../fixtures/clean";
import { evaluatePlan } from "../../fixtures/evaluate";
import { BLAGOEVGRAD_HEADINGS, blagoevgradGrouped } from "../../fixtures/grouped";
import { planOf } from "../../fixtures/plan";
import { blagoevgrad2024 } from "../../fixtures/reference/blagoevgrad2024";

const MADE = new Date(2025, 0, 14, 10, 32);

async function gridOf(sheet: FormSheet): Promise<SheetGrid> {
  const [grid] = await readWorkbook(await buildWorkbook([sheet]));
  if (!grid) throw new Error("no sheet");
  return grid;
}

function cellIn(plan: SheetPlan, label: string, col = 2): PlanCell {
  const row = plan.cells.find((c) => c.col === 1 && c.value.kind === "text" && c.value.text === label)?.row;
  const cell = plan.cells.find((c) => c.row === row && c.col === col);
  if (!cell) throw new Error(`no cell ${col} in the row of ${label}`);
  return cell;
}

const STATUS_ROWS = { Изпълнена: "fulfilled", "В процес на изпълнение": "inProgress", Неизпълнена: "notFulfilled" } as const;
const OTHER = "Без статус или с невалиден статус";

/** What the live status table shows once a spreadsheet has recalculated it over the report. */
function liveCounts(plan: SheetPlan, grid: SheetGrid, overrides?: Parameters<typeof evaluatePlan>[2]) {
  const sheet = evaluatePlan(plan, grid, overrides);
  const valueIn = (label: string, col = 2) => sheet.at(cellIn(plan, label, col).row, col);
  return {
    fulfilled: valueIn("Изпълнена"),
    inProgress: valueIn("В процес на изпълнение"),
    notFulfilled: valueIn("Неизпълнена"),
    other: valueIn(OTHER),
    completion: valueIn("Изпълнение"),
  };
}

describe("the summary sheet of Благоевград 2024", () => {
  let grid: SheetGrid;
  let plan: SheetPlan;
  let report: ReturnType<typeof checkSheet>;
  beforeAll(async () => {
    grid = await gridOf(blagoevgrad2024);
    report = checkSheet(grid);
    plan = summaryPlan({ report, statusCells: statusCells(grid), made: MADE, lang: "bg" });
  });

  it("names the administration, the year and the time it was made", () => {
    const texts = plan.cells.filter((c) => c.row <= 4).map((c) => (c.value.kind === "text" ? c.value.text : ""));
    expect(texts[0]).toBe("Обобщение на отчета по Приложение №2");
    expect(texts[1]).toBe("Областна администрация Благоевград, 2024 г.");
    expect(texts[3]).toMatch(/^Към 14\.01\.2025 10:32\./);
  });

  it("counts each status with a live formula over the report's status column, agreeing with the Report", () => {
    const statusColumn = report.layout.columns.status as string;
    for (const [label, key] of Object.entries(STATUS_ROWS)) {
      const cell = cellIn(plan, label);
      if (cell.value.kind !== "formula") throw new Error(`${label} is not a formula`);
      expect(cell.value.formula).toContain(`'${report.sheet}'!$${statusColumn}$${report.layout.firstDataRow}:`);
      expect(cell.value.result).toBe(report.rollup.byStatus[key]);
    }
    const { byStatus } = report.rollup;
    expect(liveCounts(plan, grid)).toEqual({
      fulfilled: byStatus.fulfilled,
      inProgress: byStatus.inProgress,
      notFulfilled: byStatus.notFulfilled,
      other: byStatus.missing + byStatus.invalid,
      completion: expect.closeTo(byStatus.fulfilled / report.rollup.goals, 10),
    });
  });

  it("derives the other row, the shares and completion from the counts", () => {
    const goals = cellIn(plan, "Общо цели");
    expect(goals.value).toEqual({ kind: "number", value: report.rollup.goals });
    const other = cellIn(plan, "Без статус или с невалиден статус");
    expect(other.value).toMatchObject({ kind: "formula", formula: `$B$${goals.row}-SUM(B7:B9)` });
    const completion = cellIn(plan, "Изпълнение");
    expect(completion.value).toMatchObject({
      kind: "formula",
      formula: `IF($B$${goals.row}=0,0,B7/$B$${goals.row})`,
      result: report.rollup.completionPercent! / 100,
    });
    expect(completion.style?.numFmt).toBe("0.0%");
    expect(cellIn(plan, "Изпълнена", 3).value).toMatchObject({ formula: `IF($B$${goals.row}=0,0,B7/$B$${goals.row})` });
  });

  it("charts the status shares from the status table", () => {
    expect(plan.chart).toEqual({ title: "Цели по статус", source: "A7:B10", from: "H5", to: "N20" });
  });

  it("lists every unit and every issue, each issue linked to its cell", () => {
    for (const unit of report.rollup.byUnit) {
      expect(cellIn(plan, unit.unit).value).toEqual({ kind: "number", value: unit.goals });
    }
    const links = plan.cells.filter((c) => c.value.kind === "formula" && c.value.formula.startsWith("HYPERLINK"));
    expect(links.map((c) => c.value.kind === "formula" && c.value.result)).toEqual(report.issues.map((i) => i.cell));
    expect(links[0]?.value).toMatchObject({ formula: `HYPERLINK("#'Приложение 2'!H9","H9")` });
  });

  it("speaks English when asked", () => {
    const english = summaryPlan({ report, statusCells: statusCells(grid), made: MADE, lang: "en" });
    expect(english.name).toBe("Summary");
    expect(cellIn(english, "Total goals").value).toEqual({ kind: "number", value: report.rollup.goals });
  });
});

describe("a report reconciled with its plan (Хасково 2023, goal 2 dropped)", () => {
  const MISSING = "Цели от плана, които липсват в отчета";

  async function pairInOneWorkbook(rows: FormRow[]): Promise<{ grid: SheetGrid; plan: SheetPlan }> {
    const grids = await readWorkbook(await buildWorkbook([planOf(cleanSheet(), "План 2023"), cleanSheet({ rows })]));
    const grid = grids[1] as SheetGrid;
    const report = checkWorkbook(grids).find((r) => r.form === "report");
    if (!report) throw new Error("no report sheet");
    return { grid, plan: summaryPlan({ report, statusCells: statusCells(grid), made: MADE, lang: "bg" }) };
  }

  it("says how many of the plan's goals the report leaves out, and which plan, under live counts that still agree", async () => {
    const { grid, plan } = await pairInOneWorkbook([cleanRows[0] as FormRow, cleanRows[2] as FormRow]);
    expect(cellIn(plan, MISSING).value).toEqual({ kind: "number", value: 1 });
    const note = plan.cells.find((c) => c.row === cellIn(plan, MISSING).row + 1 && c.col === 1)?.value;
    expect(note).toEqual({ kind: "text", text: "Сверен с плана в лист „План 2023“." });
    // The line moves the sections under it; the formulas must still point at their own rows.
    expect(liveCounts(plan, grid)).toEqual({ fulfilled: 0, inProgress: 1, notFulfilled: 1, other: 0, completion: 0 });
    expect(evaluatePlan(plan, grid).at(cellIn(plan, "Общо цели").row, 3)).toBe(1);
  });

  it("says 0 when every planned goal is in the report, and nothing of a plan when none was reconciled", async () => {
    const { plan } = await pairInOneWorkbook(cleanRows);
    expect(cellIn(plan, MISSING).value).toEqual({ kind: "number", value: 0 });
    const alone = summaryPlan({ report: checkSheet(await gridOf(cleanSheet())), made: MADE, lang: "bg" });
    expect(alone.cells.some((c) => c.value.kind === "text" && c.value.text === MISSING)).toBe(false);
  });
});

describe("the status cells counted", () => {
  it("are the table's status column from the first to the last data row", async () => {
    const grid = await gridOf(cleanSheet());
    const report = checkSheet(grid);
    const col = report.layout.columns.status;
    expect(statusCells(grid)).toEqual({
      ranges: [`${col}${report.layout.firstDataRow}:${col}${report.layout.lastDataRow}`],
    });
  });

  it("leave out a row that repeats its goal's status, so the goal counts once", async () => {
    // The first goal's cells are merged over two rows, all but the status, which is written on both rows.
    const spanFields = SPAN_FIELDS.filter((field) => field !== "status");
    const rows: FormRow[] = [
      { ...cleanRows[0], status: "Изпълнена", span: 2, spanFields },
      { indicator: "Брой обучения", currentValue: "0 бр.", targetValue: "2 бр.", status: "Изпълнена" },
      { ...cleanRows[1], status: "Изпълнена" },
    ];
    const grid = await gridOf(cleanSheet({ rows }));
    const report = checkSheet(grid);
    const { firstDataRow: first = 0 } = report.layout;
    const col = report.layout.columns.status;
    expect(report.rollup.byStatus.fulfilled).toBe(2);
    expect(statusCells(grid)?.ranges).toEqual([`${col}${first}:${col}${first}`, `${col}${first + 2}:${col}${first + 2}`]);
    const plan = summaryPlan({ report, statusCells: statusCells(grid), made: MADE, lang: "bg" });
    expect(liveCounts(plan, grid).fulfilled).toBe(2);
  });

  it("too many to count within Excel's 8,192-character formula: the count is written as a number", async () => {
    const grid = await gridOf(cleanSheet());
    const report = { ...checkSheet(grid), sheet: "Отчет за изпълнение на целите" };
    // A status column broken into 150 ranges (goals spread over rows, each repeating its status), on a long sheet name.
    const ranges = Array.from({ length: 150 }, (_, i) => `M${8 + 3 * i}:M${9 + 3 * i}`);
    expect(countStatus(report.sheet, ranges, "В процес на изпълнение")).toBeUndefined();
    expect(countStatus(report.sheet, ranges.slice(0, 60), "В процес на изпълнение")?.length).toBeLessThan(8_192);
    const plan = summaryPlan({ report, statusCells: { ranges }, made: MADE, lang: "bg" });
    const formulas = plan.cells.flatMap((cell) => (cell.value.kind === "formula" ? [cell.value.formula] : []));
    expect(Math.max(...formulas.map((formula) => formula.length + 1))).toBeLessThanOrEqual(8_192);
    expect(cellIn(plan, "Изпълнена").value).toEqual({ kind: "number", value: report.rollup.byStatus.fulfilled });
  });

  it("are none on a sheet without the form", async () => {
    const [grid] = await readWorkbook(await buildWorkbook([{ name: "Бележки", cells: { A1: "Изпълнена" } }]));
    expect(statusCells(grid as SheetGrid)).toBeUndefined();
  });
});

describe("text from the report", () => {
  it("stays text, even when it reads like a formula", async () => {
    const formulaLike = '=HYPERLINK("http://example.com","Областна администрация")';
    const sheet = cleanSheet();
    const above = (sheet.above ?? []).map((line) =>
      Array.isArray(line) && line[0].startsWith("Наименование") ? ([line[0], formulaLike] as [string, string]) : line,
    );
    const grid = await gridOf({ ...sheet, above, rows: [{ ...cleanRows[0], responsible: "=1+1" }] });
    const report = checkSheet(grid);
    const plan = summaryPlan({ report, statusCells: statusCells(grid), made: MADE, lang: "bg" });
    const texts = plan.cells.flatMap((c) => (c.value.kind === "text" ? [c.value.text] : []));
    expect(texts).toContain(`${formulaLike}, 2023 г.`);
    expect(texts).toContain("=1+1");
    const formulas = plan.cells.flatMap((c) => (c.value.kind === "formula" ? [c.value.formula] : []));
    expect(formulas.some((f) => f.includes("example.com") || f.includes("1+1"))).toBe(false);
  });
});

describe("formula quoting", () => {
  it("quotes sheet names and strings so that they cannot end early", () => {
    expect(sheetRange("O'Neil", "K8:K30")).toBe("'O''Neil'!$K$8:$K$30");
    expect(countStatus("Отчет", ["K8:K9", "K11:K30"], 'а"б')).toBe(
      `SUMPRODUCT(--ISNUMBER(1/EXACT('Отчет'!$K$8:$K$9,"а""б")))+SUMPRODUCT(--ISNUMBER(1/EXACT('Отчет'!$K$11:$K$30,"а""б")))`,
    );
    expect(cellLink({ sheet: 'Лист "1"', cell: "B2" }, "B2")).toBe(`HYPERLINK("#'Лист ""1""'!B2","B2")`);
    expect(cellLink({ file: "отчети/Хасково.xlsx", sheet: "O'Neil", cell: "B2" }, "B2")).toBe(
      `HYPERLINK("отчети/Хасково.xlsx#'O''Neil'!B2","B2")`,
    );
  });

  it("makes no link that could not work: a '#' in the file's name, or a target longer than a formula's text", () => {
    expect(cellLink({ file: "отчет #2.xlsx", sheet: "Отчет", cell: "B2" }, "B2")).toBeUndefined();
    expect(cellLink({ file: `${"папка/".repeat(40)}отчет.xlsx`, sheet: "Отчет", cell: "B2" }, "B2")).toBeUndefined();
    expect(cellLink({ file: `${"папка/".repeat(30)}отчет.xlsx`, sheet: "Отчет", cell: "B2" }, "B2")).toMatch(/^HYPERLINK/);
  });
});

describe("a summary without the report's cells (another workbook)", () => {
  it("writes the counts as numbers and says only when it was made", async () => {
    const grid = await gridOf(blagoevgrad2024);
    const report = checkSheet(grid);
    const plan = summaryPlan({ report, made: MADE, lang: "bg" });
    expect(cellIn(plan, "Изпълнена").value).toEqual({ kind: "number", value: report.rollup.byStatus.fulfilled });
    expect(plan.cells.find((c) => c.row === 4)?.value).toEqual({ kind: "text", text: "Към 14.01.2025 10:32." });
  });
});

describe("the live counts on every way of writing a status", () => {
  // Every variant the check meets: exact, another case, spaces, a Latin look-alike letter, empty, and a status formula
  // that gives an error. The check counts only the exact three; the rest are invalid or missing.
  const variants: (string | null)[] = [
    "Изпълнена",
    "изпълнена",
    "ИЗПЪЛНЕНА",
    "Изпълнена ",
    " Изпълнена",
    "Изпълнeна",
    "Изпълнена",
    "Неизпълнена",
    "неизпълнена",
    "В процес на изпълнение",
    "в процес на изпълнение",
    "В процес на  изпълнение",
    null,
    "#N/A",
  ];
  const rows: FormRow[] = variants.map((status, i) => ({ ...cleanRows[i % 3], no: `${i + 1}.`, status }));

  it("agree with the Report once a spreadsheet recalculates them", async () => {
    const grid = await gridOf(cleanSheet({ rows }));
    const report = checkSheet(grid);
    const plan = summaryPlan({ report, statusCells: statusCells(grid), made: MADE, lang: "bg" });
    const { byStatus, goals } = report.rollup;
    expect(byStatus).toEqual({ fulfilled: 2, inProgress: 1, notFulfilled: 1, missing: 1, invalid: 9 });
    // The last status is a formula in the report that gives #N/A; the check reads its shown text.
    const statusCol = columnNumber(report.layout.columns.status as string);
    const errorRow = (report.layout.firstDataRow as number) + variants.length - 1;
    const live = liveCounts(plan, grid, [{ row: errorRow, col: statusCol, input: "=NA()" }]);
    expect(live).toEqual({
      fulfilled: byStatus.fulfilled,
      inProgress: byStatus.inProgress,
      notFulfilled: byStatus.notFulfilled,
      other: byStatus.missing + byStatus.invalid,
      // HyperFormula rounds results to 11 significant digits.
      completion: expect.closeTo(byStatus.fulfilled / goals, 10),
    });
  });
});

describe("numbers, text and print", () => {
  it("stores each unit's completion exactly, for the format to round", async () => {
    const grid = await gridOf(cleanSheet());
    const report = checkSheet(grid);
    const plan = summaryPlan({ report, made: MADE, lang: "bg" });
    for (const unit of report.rollup.byUnit) {
      expect(cellIn(plan, unit.unit, 6).value).toEqual({ kind: "number", value: unit.fulfilled / unit.goals });
    }
  });

  it("cuts text longer than a cell holds, with an ellipsis", async () => {
    const long = "В процес на изпълнение, ".repeat(2000);
    const grid = await gridOf(cleanSheet({ rows: [{ ...cleanRows[0], status: long }] }));
    const plan = summaryPlan({ report: checkSheet(grid), made: MADE, lang: "bg" });
    const texts = plan.cells.flatMap((c) => (c.value.kind === "text" ? [c.value.text] : []));
    const cut = texts.filter((text) => text.endsWith("…") && text.length === CELL_LIMIT);
    expect(cut.length).toBeGreaterThan(0);
    expect(Math.max(...texts.map((text) => text.length))).toBe(CELL_LIMIT);
  });

  it("repeats the title rows on every printed page and gives wrapped issue rows the height of their lines", async () => {
    const grid = await gridOf(blagoevgrad2024);
    const plan = summaryPlan({ report: checkSheet(grid), made: MADE, lang: "bg" });
    expect(plan.titleRows).toEqual({ first: 1, last: 2 });
    const heights = new Map(plan.rowHeights.map(({ row, height }) => [row, height]));
    // Issue messages: wrapped text in column A that is not a bold header.
    const issueRows = plan.cells.filter((c) => c.col === 1 && c.style?.wrap && !c.style.bold && c.value.kind === "text");
    // The message column is 48 characters wide: a message of more than 60 takes at least two lines.
    const long = issueRows.filter((c) => c.value.kind === "text" && c.value.text.length > 60);
    expect(long.length).toBeGreaterThan(0);
    for (const cell of long) expect(heights.get(cell.row)).toBeGreaterThanOrEqual(30);
    const short = issueRows.filter((c) => c.value.kind === "text" && c.value.text.length < 30);
    for (const cell of short) expect(heights.get(cell.row)).toBeUndefined();
  });
});

describe("the summary sheet of a report that groups its goals under headings", () => {
  /** The rows of the table under `heading`, up to the blank row that ends it, as the cells' values. */
  function tableUnder(plan: SheetPlan, heading: string): (string | number)[][] {
    const start = plan.cells.find((c) => c.col === 1 && c.value.kind === "text" && c.value.text === heading)?.row;
    if (start === undefined) throw new Error(`no table "${heading}"`);
    const rows: (string | number)[][] = [];
    for (let row = start + 1; plan.cells.some((c) => c.row === row); row++) {
      const cells = plan.cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col);
      rows.push(cells.map(({ value }) => (value.kind === "text" ? value.text : value.kind === "number" ? value.value : "?")));
    }
    return rows;
  }

  it("has the goals and completion per heading, between the status table and the units", async () => {
    const grid = await gridOf(blagoevgradGrouped);
    const report = checkSheet(grid);
    const plan = summaryPlan({ report, statusCells: statusCells(grid), made: MADE, lang: "bg" });
    expect(tableUnder(plan, "По раздели")).toEqual([
      ["Раздел", "Цели", "Изпълнени", "Изпълнение"],
      [BLAGOEVGRAD_HEADINGS.get(1), 8, 8, 1],
      [BLAGOEVGRAD_HEADINGS.get(9), 6, 6, 1],
      [BLAGOEVGRAD_HEADINGS.get(15), 1, 1, 1],
    ]);
    const rowOf = (text: string) => plan.cells.find((c) => c.value.kind === "text" && c.value.text === text)?.row ?? NaN;
    expect(rowOf("Изпълнение")).toBeLessThan(rowOf("По раздели"));
    expect(rowOf("По раздели")).toBeLessThan(rowOf("По отговорни звена"));
    // The heading wraps (it runs to a sentence); the share is shown as a percentage.
    const first = rowOf(BLAGOEVGRAD_HEADINGS.get(1) as string);
    expect(plan.cells.find((c) => c.row === first && c.col === 1)?.style?.wrap).toBe(true);
    expect(plan.cells.find((c) => c.row === first && c.col === 4)?.style?.numFmt).toBe("0.0%");
  });

  it("in English too", async () => {
    const report = checkSheet(await gridOf(blagoevgradGrouped));
    const plan = summaryPlan({ report, made: MADE, lang: "en" });
    expect(tableUnder(plan, "By section")[0]).toEqual(["Section", "Goals", "Fulfilled", "Completion"]);
  });

  it("of a plan: the goals per heading, and no completion", async () => {
    const report = checkSheet(await gridOf(planOf(blagoevgradGrouped)));
    expect(report.rollup.completionPercent).toBeNull();
    const plan = summaryPlan({ report, made: MADE, lang: "bg" });
    expect(tableUnder(plan, "По раздели")).toEqual([
      ["Раздел", "Цели"],
      [BLAGOEVGRAD_HEADINGS.get(1), 8],
      [BLAGOEVGRAD_HEADINGS.get(9), 6],
      [BLAGOEVGRAD_HEADINGS.get(15), 1],
    ]);
  });

  it("has no such table when the report has no headings", async () => {
    const report = checkSheet(await gridOf(blagoevgrad2024));
    const plan = summaryPlan({ report, made: MADE, lang: "bg" });
    expect(plan.cells.some((c) => c.value.kind === "text" && c.value.text === "По раздели")).toBe(false);
  });
});
