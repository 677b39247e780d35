import { STATUSES } from "../../../src/core/fields";
import { checkSheet } from "../../../src/core/check";
import {
  marksOf,
  popUndo,
  pushUndo,
  statusDropDown,
  statusFixes,
  UNDO_DEPTH,
  type UndoEntry,
} from "../../../src/taskpane/model/edits";
import { checkOne } from "../../fixtures/check";
import { blagoevgradMisspelt } from "../../fixtures/misspelt";
import { blagoevgrad2024 } from "../../fixtures/reference/blagoevgrad2024";
import { gridOf } from "../../excel/sheets";

describe("the pane's planned edits", () => {
  it("lists each misspelt status with the text it has and the status it gets", async () => {
    const grid = await gridOf(blagoevgradMisspelt);
    const fixes = statusFixes(checkSheet(grid), grid);
    expect(fixes).toEqual([
      { sheet: "Приложение 2", cell: "M8", from: "изпълнено", text: "Изпълнена" },
      { sheet: "Приложение 2", cell: "M9", from: "в процес", text: "В процес на изпълнение" },
      { sheet: "Приложение 2", cell: "M10", from: "=Изпълнен", text: "Изпълнена" },
    ]);
  });

  it("has nothing to fix in a report whose statuses are all allowed", async () => {
    expect(statusFixes(await checkOne(blagoevgrad2024))).toEqual([]);
  });

  it("puts the drop-down on the status column over the table's rows", async () => {
    expect(statusDropDown(await checkOne(blagoevgrad2024))).toEqual({
      sheet: "Приложение 2",
      range: "M8:M30",
      values: [STATUSES.fulfilled, STATUSES.notFulfilled, STATUSES.inProgress],
    });
  });

  it("offers no drop-down where the form was not found", async () => {
    const report = await checkOne({ name: "Бележки", cells: { A1: "Няма таблица" } });
    expect(statusDropDown(report)).toBeUndefined();
  });

  it("marks every issue's cell with its severity", async () => {
    const report = await checkOne(blagoevgrad2024);
    const marks = marksOf(report);
    expect(marks).toHaveLength(report.issues.length);
    expect(marks).toContainEqual({ sheet: "Приложение 2", cell: "H16", severity: "error" });
  });
});

describe("the undo stack", () => {
  const entry = (id: number): UndoEntry => ({ id, label: { key: "pane.change.dropDown", params: {} }, revert: async () => undefined });

  it("undoes the newest change first", () => {
    const stack = pushUndo(pushUndo([], entry(1)), entry(2));
    const { entry: last, rest } = popUndo(stack);
    expect(last?.id).toBe(2);
    expect(popUndo(rest).entry?.id).toBe(1);
    expect(popUndo(popUndo(rest).rest)).toEqual({ entry: undefined, rest: [] });
  });

  it("remembers the last changes only", () => {
    let stack: UndoEntry[] = [];
    for (let id = 1; id <= UNDO_DEPTH + 5; id++) stack = pushUndo(stack, entry(id));
    expect(stack).toHaveLength(UNDO_DEPTH);
    expect(stack[0]?.id).toBe(UNDO_DEPTH + 5);
  });
});
