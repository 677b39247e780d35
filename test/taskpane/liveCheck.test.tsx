/**
 * @jest-environment ./test/taskpane/setup/domEnvironment.js
 */
/**
 * The live re-check inside Excel: the real task pane over the office-js host over the fake Excel, with Jest's fake
 * clock, so the pause the pane waits for is counted, not waited. With ExcelApi 1.7 an edit checks again once after
 * the pause, in one sync, however many cells were typed into; the add-in's own writes never start a check; highlights
 * follow. Below 1.7 a selection the user makes says the results may be out of date, and offers to check again; the
 * add-in's own selecting does not. Closing the pane removes every handler.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { HIGHLIGHT_FILL } from "../../src/host/edits";
import { App } from "../../src/taskpane/App";
import { LIVE_PAUSE_MS } from "../../src/taskpane/useLiveCheck";
import type { ExcelApiVersion } from "../excel/apiSets";
import { NO_FILL } from "../excel/fakeCells";
import type { FakeExcel } from "../excel/fakeExcel";
import { gridOf, officeAt } from "../excel/sheets";
import type { FormSheet } from "../fixtures/builder";
import { blagoevgradMisspelt } from "../fixtures/misspelt";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SHEET = "Приложение 2";
const report = blagoevgrad2024;
const misspelt = blagoevgradMisspelt;

afterEach(() => {
  document.body.innerHTML = "";
  jest.useRealTimers();
});

/** The pane open in an Excel of `version` over the report, its first check done. */
async function openPane(version: ExcelApiVersion, sheet: FormSheet) {
  const grid = await gridOf(sheet); // on the real clock: ExcelJS builds the file with timers of its own
  jest.useFakeTimers();
  const { fake, host } = officeAt(version, [grid]);
  const container = document.createElement("div");
  document.body.append(container);
  const root: Root = createRoot(container);
  await act(async () => root.render(<App host={host} lang="bg" />));
  await pass(0);
  const pane = new PaneView(container, fake, root);
  expect(pane.checks()).toBe(1);
  return pane;
}

/** Lets `ms` go by on the fake clock, and everything it starts (syncs, renders) finish. */
async function pass(ms: number): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
  // A check started by a timer ends in promises and renders of its own; nextPaint waits a frame.
  await act(async () => {
    await jest.advanceTimersByTimeAsync(200);
  });
}

class PaneView {
  constructor(
    readonly container: HTMLElement,
    readonly fake: FakeExcel,
    readonly root: Root,
  ) {}

  byTestId(id: string): HTMLElement | null {
    return this.container.querySelector(`[data-testid="${id}"]`);
  }

  /** How many checks have finished (main's data-checks). */
  checks(): number {
    return Number(this.container.querySelector("main")?.getAttribute("data-checks"));
  }

  errors(): string | null | undefined {
    return this.byTestId("count-error")?.textContent;
  }

  async click(element: HTMLElement | null): Promise<void> {
    if (!element) throw new Error("nothing to click");
    await act(async () => element.click());
    await pass(0);
  }

  async userEdits(cell: string, input: string | number): Promise<void> {
    await act(async () => this.fake.userEdits(SHEET, cell, input));
  }
}

describe.each(["1.7", "latest"] as const)("in an Excel with ExcelApi %s", (version) => {
  it("checks again once the user pauses after an edit, in one sync, and without a click", async () => {
    const pane = await openPane(version, report);
    expect(pane.errors()).toBe("2"); // H16 and H21 have no target value
    const syncs = pane.fake.syncs;

    await pane.userEdits("H16", "5 бр.");
    await act(async () => {
      await jest.advanceTimersByTimeAsync(LIVE_PAUSE_MS - 1);
    });
    expect(pane.fake.syncs).toBe(syncs); // still within the pause: not checked yet
    expect(pane.checks()).toBe(1);

    await pass(1);
    expect(pane.checks()).toBe(2);
    expect(pane.fake.syncs).toBe(syncs + 1);
    expect(pane.errors()).toBe("1");
    expect(pane.byTestId("stale")).toBeNull();
  });

  it("makes one check of five cells typed in a row", async () => {
    const pane = await openPane(version, report);
    const syncs = pane.fake.syncs;
    const typed: [string, string | number][] = [
      ["H16", "5 бр."],
      ["H21", 3],
      ["J10", "Изпълнена"],
      ["K10", "Дирекция АПИО"],
      ["L10", "Проведени 4 обучения."],
    ];
    for (const [cell, input] of typed) {
      await pane.userEdits(cell, input);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(LIVE_PAUSE_MS / 4);
      });
    }
    expect(pane.checks()).toBe(1);
    await pass(LIVE_PAUSE_MS);
    expect(pane.checks()).toBe(2);
    expect(pane.fake.syncs).toBe(syncs + 1);
    expect(pane.errors()).toBe("0");
  });

  it("does not check again for its own writes, however late Excel tells them", async () => {
    const pane = await openPane(version, misspelt);
    await pane.click(pane.byTestId("fix-all"));
    await pane.click(pane.byTestId("fix-apply"));
    const afterFix = pane.checks();
    expect(afterFix).toBe(2); // the fix checks again by itself
    expect(pane.byTestId("fix-all")).toBeNull(); // nothing left to fix

    await act(async () => pane.fake.deliverEvents());
    await pass(10 * LIVE_PAUSE_MS);
    expect(pane.checks()).toBe(afterFix);

    // Undo writes the old texts back: the undo's own check, and no other.
    await pane.click(pane.byTestId("undo"));
    await act(async () => pane.fake.deliverEvents());
    await pass(10 * LIVE_PAUSE_MS);
    expect(pane.checks()).toBe(afterFix + 1);
    expect(pane.byTestId("fix-all")).not.toBeNull();
  });

  it("takes the highlight off a cell the user made clean, and keeps the others", async () => {
    const pane = await openPane(version, report);
    await pane.click(pane.byTestId("highlight-toggle"));
    const cells = pane.fake.cells(SHEET);
    expect(cells.fill("H16").color).toBe(HIGHLIGHT_FILL.error);

    await pane.userEdits("H16", "5 бр.");
    await pass(LIVE_PAUSE_MS);
    expect(pane.errors()).toBe("1");
    expect(cells.fill("H16")).toEqual(NO_FILL);
    expect(cells.fill("H21").color).toBe(HIGHLIGHT_FILL.error);
  });

  it("removes its handlers when the pane closes", async () => {
    const pane = await openPane(version, report);
    expect(pane.fake.listeners().changed).toBe(1);
    await act(async () => pane.root.unmount());
    await pass(0);
    expect(pane.fake.listeners()).toEqual({ changed: 0, selection: 0 });
    await act(async () => pane.fake.userEdits(SHEET, "H16", "5 бр."));
    await pass(LIVE_PAUSE_MS);
    expect(pane.fake.syncs).toBe(4); // subscribing (2), the check (1), unsubscribing (1): no check after closing
  });
});

describe("in an Excel without ExcelApi 1.7", () => {
  it("says the results may be out of date once the user selects a cell, and checks again from there", async () => {
    const pane = await openPane("1.1", report);
    expect(pane.fake.listeners()).toEqual({ changed: 0, selection: 1 });
    await act(async () => pane.fake.userEdits(SHEET, "H16", "5 бр."));
    await pass(10 * LIVE_PAUSE_MS);
    expect(pane.checks()).toBe(1); // nothing tells the edit
    expect(pane.byTestId("stale")).toBeNull();

    await act(async () => pane.fake.userSelects(SHEET, "H17"));
    await pass(0);
    const stale = pane.byTestId("stale");
    expect(stale?.textContent).toContain("Листът може да е променен след проверката.");
    await pane.click(stale?.querySelector("button") ?? null);
    expect(pane.checks()).toBe(2);
    expect(pane.errors()).toBe("1");
    expect(pane.byTestId("stale")).toBeNull();
  });

  it("does not call its own going to an issue's cell a change", async () => {
    const pane = await openPane("1.1", report);
    await pane.click(pane.byTestId("issue-next"));
    expect(pane.fake.selection).toEqual({ sheet: SHEET, address: "$H$16" });
    await act(async () => pane.fake.deliverEvents());
    await pass(0);
    expect(pane.byTestId("stale")).toBeNull();

    await act(async () => pane.fake.userSelects(SHEET, "B10"));
    await pass(0);
    expect(pane.byTestId("stale")).not.toBeNull();
  });

  it("removes its handler when the pane closes", async () => {
    const pane = await openPane("1.1", report);
    await act(async () => pane.root.unmount());
    expect(pane.fake.listeners()).toEqual({ changed: 0, selection: 0 });
  });
});
