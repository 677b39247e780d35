import type { SheetGrid } from "../../src/core/grid";
import { HostError } from "../../src/host/hostError";
import { OfficeHost } from "../../src/excel/officeHost";
import type { Requirements } from "../../src/excel/requirements";
import { cleanSheet } from "../fixtures/clean";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { FakeExcel, officeError } from "./fakeExcel";
import { ALL_REQUIREMENTS, BASELINE_ONLY, expectSameCells, gridOf, gridsOf, requirementsAt } from "./sheets";

function hostOver(fake: FakeExcel, requirements: Requirements = ALL_REQUIREMENTS): OfficeHost {
  return new OfficeHost({ run: fake.run, requirements });
}

async function failureOf(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw new Error(`expected a HostError, got ${String(error)}`);
  }
  throw new Error("expected a failure");
}

const notes = (name: string): SheetGrid => ({
  name,
  origin: { row: 1, col: 1 },
  values: [["Бележки към отчета"], ["Няма"]],
  merges: [],
});

describe("OfficeHost.read", () => {
  it("reads the active sheet holding the form in one sync", async () => {
    const [report] = await gridsOf([blagoevgrad2024]);
    const fake = new FakeExcel([notes("Бележки"), report as SheetGrid], "Приложение 2");
    const grid = await hostOver(fake).read();
    expect(fake.syncs).toBe(1);
    expect(grid.name).toBe("Приложение 2");
    expectSameCells(grid, report as SheetGrid);
  });

  it("finds the form on another sheet when the active one does not hold it, one sync per sheet looked at", async () => {
    const [form] = await gridsOf([cleanSheet({ name: "Отчет" })]);
    const fake = new FakeExcel([notes("Бележки"), notes("Чернова"), form as SheetGrid, notes("След")], "Бележки");
    const grid = await hostOver(fake).read();
    expect(grid.name).toBe("Отчет");
    expectSameCells(grid, form as SheetGrid);
    expect(fake.syncs).toBe(3); // the active sheet with all names, "Чернова", then "Отчет"; "След" is not read
  });

  it("returns the active sheet when no sheet holds the form", async () => {
    const fake = new FakeExcel([notes("Първи"), notes("Втори"), notes("Трети")], "Втори");
    const grid = await hostOver(fake).read();
    expect(grid.name).toBe("Втори");
    expect(fake.syncs).toBe(3);
  });

  it("passes progress on", async () => {
    const fake = new FakeExcel([await gridOf(cleanSheet())]);
    const progress = jest.fn();
    await hostOver(fake).read(progress);
    expect(progress).toHaveBeenLastCalledWith({ rowsRead: 10, rowsTotal: 10 });
  });

  it("turns Excel's cell-editing refusal into host.cellEditing", async () => {
    const fake = new FakeExcel([await gridOf(cleanSheet())]);
    fake.failEverySync(officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    const error = await failureOf(hostOver(fake).read());
    expect(error.key).toBe("host.cellEditing");
    expect(error.message).toBe("host.cellEditing");
  });

  it("turns anything else into host.failed with a one-line detail, never a stack", async () => {
    const host = new OfficeHost({
      run: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'items')\n  at x.js:1")),
      requirements: ALL_REQUIREMENTS,
    });
    const error = await failureOf(host.read());
    expect(error.key).toBe("host.failed");
    expect(error.params.detail).toBe("Cannot read properties of undefined (reading 'items')");
    expect(error.message).toBe("host.failed");
    expect(`${String(error.params.detail)} ${error.detail ?? ""}`).not.toContain("x.js");
  });
});

describe("OfficeHost.select", () => {
  it("activates another sheet and selects the cell in one sync", async () => {
    const fake = new FakeExcel([notes("Бележки"), await gridOf(cleanSheet({ name: "Отчет" }))], "Бележки");
    await hostOver(fake).select("Отчет", "M7");
    expect(fake.syncs).toBe(1);
    expect(fake.activeSheet).toBe("Отчет");
    expect(fake.selection).toEqual({ sheet: "Отчет", address: "$M$7" });
  });

  it("on a protected sheet says how to unprotect it", async () => {
    const fake = new FakeExcel([notes("Отчет")]);
    fake.failNextSync(officeError("AccessDenied"));
    const error = await failureOf(hostOver(fake).select("Отчет", "A1"));
    expect(error.key).toBe("host.protected");
  });

  it("on a sheet that is gone says so", async () => {
    const fake = new FakeExcel([notes("Отчет")]);
    const error = await failureOf(hostOver(fake).select("Изтрит", "A1"));
    expect(error.key).toBe("host.notFound");
    expect(fake.selection).toBeUndefined();
  });

  it("an unknown Office error becomes host.failed with Excel's words as the detail", async () => {
    const fake = new FakeExcel([notes("Отчет")]);
    fake.failNextSync(officeError("SomethingNew", "Something new went wrong."));
    const error = await failureOf(hostOver(fake).select("Отчет", "A1"));
    expect(error.key).toBe("host.failed");
    expect(error.params.detail).toBe("SomethingNew: Something new went wrong.");
  });
});

describe("OfficeHost features", () => {
  it("follow ExcelApi: merges 1.13, drop-downs 1.8, highlights 1.4, live edits 1.7", () => {
    const all = { merges: true, dropDowns: true, highlights: true, liveEdits: true };
    expect(hostOver(new FakeExcel([]), ALL_REQUIREMENTS).features).toEqual(all);
    const none = { merges: false, dropDowns: false, highlights: false, liveEdits: false };
    expect(hostOver(new FakeExcel([]), BASELINE_ONLY).features).toEqual(none);
    expect(hostOver(new FakeExcel([]), requirementsAt("1.7")).features).toEqual({ ...none, highlights: true, liveEdits: true });
  });

  it("without ExcelApi 1.1 it says Excel is too old, without calling Excel", async () => {
    const run = jest.fn();
    const host = new OfficeHost({ run, requirements: { ...BASELINE_ONLY, baseline: false } });
    expect((await failureOf(host.read())).key).toBe("host.unsupported");
    expect((await failureOf(host.select("A", "A1"))).key).toBe("host.unsupported");
    expect(run).not.toHaveBeenCalled();
  });

  it("outside Office it detects no requirements and refuses politely", async () => {
    const host = new OfficeHost();
    expect(host.features.merges).toBe(false);
    expect((await failureOf(host.read())).key).toBe("host.unsupported");
  });
});
