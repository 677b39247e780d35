/**
 * Plan and report in Excel (issue 15), through office.js against the strict fake at every ExcelApi version the add-in
 * meets: a report's plan sheet read with it in as few syncs as the workbook allows; the report made from a plan added
 * as a new sheet — merged cells and the status drop-down where Excel has them, said otherwise — never over a sheet of
 * the user's, refused in words on a protected workbook, never left half made, and removed exactly by its undo.
 */
import { checkSheetWithPlan, type SheetGrid } from "../../src/core";
import { detectLayout } from "../../src/core/layout";
import { reportFromPlan } from "../../src/core/newReport/fromPlan";
import type { SheetPlan } from "../../src/core/summary/plan";
import { addReportFromPlan } from "../../src/host/newReport";
import { HostError } from "../../src/host/hostError";
import { BLAGOEVGRAD_PLAN, BLAGOEVGRAD_REPORT_CHANGED } from "../fixtures/planPair";
import { EXCEL_API_VERSIONS, minorOf } from "./apiSets";
import { officeError, type WrittenSheet } from "./fakeExcel";
import { gridsOf, officeAt } from "./sheets";

let plan: SheetGrid;
let report: SheetGrid;
let notes: SheetGrid;
beforeAll(async () => {
  [plan, report] = (await gridsOf([BLAGOEVGRAD_PLAN, BLAGOEVGRAD_REPORT_CHANGED])) as [SheetGrid, SheetGrid];
  [notes] = (await gridsOf([{ name: "Бележки", cells: { A1: "Срокове за подаване", A2: "31 март" } }])) as [SheetGrid];
});

/** Fresh copies: the fake renames and changes the grids it is given. */
const copy = (grid: SheetGrid): SheetGrid => structuredClone(grid);

function failureOf(promise: Promise<unknown>): Promise<HostError> {
  return promise.then(
    () => Promise.reject(new Error("expected a failure")),
    (error: unknown) => (error instanceof HostError ? error : Promise.reject(error)),
  );
}

function newReportPlan(): SheetPlan {
  const layout = detectLayout(plan);
  if (!layout) throw new Error("the plan fixture holds no form");
  return reportFromPlan(plan, layout);
}

describe("readWithPlan: a report and its plan in one workbook", () => {
  it("reads the plan sheet beside the report in two syncs, and the pane's check reconciles them", async () => {
    const { fake, host } = officeAt("latest", [copy(plan), copy(report)], { active: "Отчет 2024" });
    const read = await host.readWithPlan();
    expect(fake.syncs).toBe(2); // the active report with the sheets' names; then the plan
    expect([read.grid.name, read.plan?.name]).toEqual(["Отчет 2024", "План 2024"]);
    const checked = checkSheetWithPlan(read.grid, { grid: read.plan as SheetGrid });
    expect(checked.issues.filter((issue) => issue.rule.startsWith("plan.")).map((i) => [i.rule, i.cell, i.source])).toEqual([
      ["plan.goalNotReported", "B5", { sheet: "План 2024", cell: "B16" }],
      ["plan.goalReworded", "B10", { sheet: "План 2024", cell: "B10" }],
      ["plan.targetChanged", "H12", { sheet: "План 2024", cell: "B12" }],
      ["plan.goalNotPlanned", "B30", undefined],
    ]);
  });

  it("reads one sheet when the plan is the sheet checked, and no sheet twice while looking", async () => {
    const onPlan = officeAt("latest", [copy(plan), copy(report)], { active: "План 2024" });
    expect(await onPlan.host.readWithPlan()).toEqual({ grid: expect.objectContaining({ name: "План 2024" }) });
    expect(onPlan.fake.syncs).toBe(1);
    // The active sheet holds no form: the sheets are read in tab order once each, the report found, then its plan.
    const elsewhere = officeAt("latest", [copy(notes), copy(report), copy(plan)], { active: "Бележки" });
    const read = await elsewhere.host.readWithPlan();
    expect([read.grid.name, read.plan?.name]).toEqual(["Отчет 2024", "План 2024"]);
    expect(elsewhere.fake.syncs).toBe(3);
  });

  it("leaves a report alone whose workbook holds no plan of its year", async () => {
    const [otherYear] = await gridsOf([{ ...BLAGOEVGRAD_PLAN, year: 2023, above: ["Ежегодни цели на администрацията за 2023 г."] }]);
    const { fake, host } = officeAt("latest", [otherYear as SheetGrid, copy(report)], { active: "Отчет 2024" });
    expect((await host.readWithPlan()).plan).toBeUndefined();
    expect(fake.syncs).toBe(2);
  });
});

describe.each(EXCEL_API_VERSIONS)("Нов отчет от плана at ExcelApi %s", (version) => {
  const minor = minorOf(version);

  it("adds the report sheet in two syncs, shown, with what this Excel can make", async () => {
    const { fake, host } = officeAt(version, [copy(plan)]);
    const made = newReportPlan();
    const added = await addReportFromPlan(host, plan);
    expect(fake.syncs).toBe(2); // list the sheets (and the structure's protection); write and show
    expect(added.sheet).toBe("Отчет 2024");
    expect(fake.sheetNames()).toEqual(["План 2024", "Отчет 2024"]);
    const sheet = fake.added.get("Отчет 2024") as WrittenSheet;
    expect(sheet.active).toBe(true);
    expect(sheet.cells.get("A1")).toEqual(expect.objectContaining({ input: "'Отчет на ежегодните цели на администрацията за 2024 г." }));
    expect(sheet.cells.get("B8")?.input).toMatch(/^'Прозрачност в дейността на администрацията/);
    expect(sheet.cells.has("M8")).toBe(false); // the status is left to the user
    expect(sheet.merges).toHaveLength(minor >= 2 ? (made.merges ?? []).length : 0);
    expect(sheet.validations).toEqual(
      minor >= 8 ? [{ address: "M8:M22", rule: { list: { inCellDropDown: true, source: "Изпълнена,Неизпълнена,В процес на изпълнение" } } }] : [],
    );
    expect(added.leftOut).toEqual([...(minor < 2 ? ["merges"] : []), ...(minor < 8 ? ["dropDowns"] : [])]);
  });

  it("takes a free name beside the user's sheet of the same name, and its undo removes only the sheet it made", async () => {
    const theirs = { ...copy(report), name: "Отчет 2024" };
    const { fake, host } = officeAt(version, [copy(plan), theirs], { active: "План 2024" });
    const added = await addReportFromPlan(host, plan);
    expect(added.sheet).toBe("Отчет 2024 (2)");
    expect(fake.sheetNames()).toEqual(["План 2024", "Отчет 2024", "Отчет 2024 (2)"]);
    expect(fake.cells("Отчет 2024").grid.values).toEqual(report.values); // the user's sheet as it was

    const before = fake.syncs;
    await added.revert();
    expect(fake.syncs - before).toBe(2); // find it by its id; delete it
    expect(fake.sheetNames()).toEqual(["План 2024", "Отчет 2024"]);
  });
});

describe("Нов отчет от плана when Excel refuses", () => {
  it("names a protected workbook before anything is made (ExcelApi 1.7), or says Excel's refusal below it", async () => {
    const protectedNow = officeAt("latest", [copy(plan)], { workbookProtected: true });
    expect((await failureOf(addReportFromPlan(protectedNow.host, plan))).key).toBe("host.workbookProtected");
    expect(protectedNow.fake.syncs).toBe(1);
    expect(protectedNow.fake.sheetNames()).toEqual(["План 2024"]);

    const older = officeAt("1.1", [copy(plan)], { workbookProtected: true });
    expect((await failureOf(addReportFromPlan(older.host, plan))).key).toBe("host.protected");
    expect(older.fake.sheetNames()).toEqual(["План 2024"]);
  });

  it("deletes a sheet whose write failed half-way, and gives the write's own reason", async () => {
    const { fake, host } = officeAt("latest", [copy(plan)]);
    // The write's sync adds the sheet and writes its cells, then the user starts editing a cell.
    fake.failSyncAtAction(1, 3, officeError("InvalidOperationInCellEditMode"));
    expect((await failureOf(addReportFromPlan(host, plan))).key).toBe("host.cellEditing");
    expect(fake.sheetNames()).toEqual(["План 2024"]);
  });

  it("says which sheet was left unfinished when Excel refuses to delete it as well", async () => {
    const { fake, host } = officeAt("latest", [copy(plan)]);
    fake.failSyncAtAction(1, 3, officeError("InvalidOperationInCellEditMode"));
    fake.failSyncAfter(2, officeError("InvalidOperationInCellEditMode")); // the listing before the delete
    const error = await failureOf(addReportFromPlan(host, plan));
    expect(error.key).toBe("host.sheetLeft");
    expect(error.params).toEqual({ sheet: "Отчет 2024" });
    expect(fake.sheetNames()).toEqual(["План 2024", "Отчет 2024"]);
  });

  it("undoes a sheet the user renamed since, and a sheet already deleted is no fault", async () => {
    const { fake, host } = officeAt("latest", [copy(plan)]);
    const added = await addReportFromPlan(host, plan);
    fake.context.workbook.worksheets.getItem("Отчет 2024").name = "Отчет за 2024 г.";
    await fake.context.sync();
    await added.revert();
    expect(fake.sheetNames()).toEqual(["План 2024"]);
    await added.revert();
    expect(fake.sheetNames()).toEqual(["План 2024"]);
  });

  it("refuses a sheet that is not a plan, in words, without touching the workbook", async () => {
    const { fake, host } = officeAt("latest", [copy(report)]);
    expect((await failureOf(addReportFromPlan(host, report))).key).toBe("host.notAPlan");
    expect(fake.syncs).toBe(0);
  });
});

describe("a big plan's report", () => {
  it("merges in blocks of 2,000 areas a sync, every request under 5 MB", async () => {
    const { fake, host } = officeAt("latest", [copy(plan)]);
    const merges = Array.from({ length: 4_500 }, (_, i) => ({ top: 8 + i, left: 2, bottom: 8 + i, right: 3 }));
    const cells = merges.map((area) => ({ row: area.top, col: 2, value: { kind: "text" as const, text: `Цел ${area.top - 7}` } }));
    await host.addSheet({ name: "Отчет 2024", cells, widths: [6, 30, 26], rowHeights: [], merges });
    // The listing; the cells with the first 2,000 merged areas; the next 2,000; the last 500 with the styles.
    expect(fake.syncs).toBe(4);
    expect((fake.added.get("Отчет 2024") as WrittenSheet).merges).toHaveLength(4_500);
    expect(Math.max(...fake.requests)).toBeLessThan(5 * 1024 * 1024);
  });
});
