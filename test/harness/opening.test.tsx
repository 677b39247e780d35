/**
 * @jest-environment ./test/taskpane/setup/domEnvironment.js
 */
/**
 * Opening a workbook in the harness does each piece of work once: the file is read once, its sheet checked once, the
 * preview's fills read once, after the pane's first results, which come first. (How many rows the preview draws is
 * counted in the browser, preview.browser.test.ts: jsdom lays nothing out.)
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import * as check from "../../src/core/check";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import * as reader from "../../src/file/readWorkbook";
import { Harness } from "../../src/harness/Harness";
import { openFile } from "../../src/harness/openWorkbook";
import { buildWorkbook } from "../fixtures/builder";
import { longReport } from "../fixtures/long";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GOALS = 400; // 1,200 rows of goals: more than the preview shows

let bytes: Buffer;
beforeAll(async () => {
  bytes = await buildWorkbook([longReport(GOALS)]);
});

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = "";
  jest.restoreAllMocks();
});

/** The harness opening the file from its file input (a File as the browser gives it), until its pane has checked and its preview is drawn. */
async function openInHarness(onChange: (what: string) => void): Promise<HTMLElement> {
  const file = { name: "haskovo-2023.xlsx", arrayBuffer: async () => new Uint8Array(bytes).buffer } as unknown as File;
  const container = document.createElement("div");
  document.body.append(container);
  // What appears, in order: the pane's counts, the preview.
  new MutationObserver(() => {
    if (container.querySelector('[data-testid="count-error"]')) onChange("counts");
    if (container.querySelector('[data-testid="harness-grid"]')) onChange("preview");
  }).observe(container, { childList: true, subtree: true });
  root = createRoot(container);
  await act(async () => root?.render(<Harness sample={openFile(file)} />));
  const done = () => container.querySelector('[data-testid="harness-grid"]') && container.querySelector('main[data-checks="1"]');
  for (let i = 0; i < 100 && !done(); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  return container;
}

it("reads the file once, checks its sheet once, reads the preview's fills once, after the first results", async () => {
  const reads = jest.spyOn(reader, "readBook");
  const checks = [jest.spyOn(check, "checkSheet"), jest.spyOn(check, "checkSheetWithPlan")];
  const fills = jest.spyOn(FileWorkbook.prototype, "fills");
  const order: string[] = [];
  const container = await openInHarness((what) => order.includes(what) || order.push(what));

  expect(container.querySelector("main")?.getAttribute("data-checks")).toBe("1");
  expect(container.querySelector('[data-testid="harness-sheet-tab"]')?.textContent).toBe("Отчет 2023");
  expect(reads).toHaveBeenCalledTimes(1);
  expect(checks.reduce((sum, spy) => sum + spy.mock.calls.length, 0)).toBe(1);
  expect(fills).toHaveBeenCalledTimes(1);
  expect(order).toEqual(["counts", "preview"]);
});
