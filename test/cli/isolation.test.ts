// Each file is checked in a worker with a time and a memory budget: a file past either is named with the reason in
// words, and the files after it are still checked.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { checkFiles, isUnreadable } from "../../src/cli/checkFiles";
import { startWorkerEarly } from "../../src/cli/workerStart";
import { SAMPLE } from "../../src/cli/main";
import { inlineText, workbookWith } from "../fixtures/rawXlsx";

// Real workers, counted as they are made.
jest.mock("node:worker_threads", () => {
  const actual = jest.requireActual<typeof import("node:worker_threads")>("node:worker_threads");
  return { ...actual, Worker: jest.fn((...args: ConstructorParameters<typeof actual.Worker>) => new actual.Worker(...args)) };
});
const made = Worker as unknown as jest.Mock;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "p2check-isolation-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `rows` rows each holding a goal's number in A and a note in column `lastCol`: wide dense rows, little XML. */
async function wideSheet(name: string, rows: number, lastCol: string): Promise<string> {
  const data = Array.from(
    { length: rows },
    (_, i) => `<row r="${i + 1}">${inlineText(`A${i + 1}`, `${i + 1}.`)}${inlineText(`${lastCol}${i + 1}`, "бележка")}</row>`,
  ).join("");
  const file = join(dir, name);
  writeFileSync(file, await workbookWith(data));
  return file;
}

test("a file that needs more memory than the budget is stopped and named; the next file is still checked", async () => {
  // 2,000 rows × 2,000 columns: 4 million cells in the grid, about 60 MB of heap, from 200 KB of XML.
  const hungry = await wideSheet("памет.xlsx", 2000, "BXX");
  const actual = jest.requireActual<typeof import("node:worker_threads")>("node:worker_threads");
  const posts = jest.spyOn(actual.Worker.prototype, "postMessage");
  made.mockClear();
  let posted: string[];
  try {
    const results = await checkFiles([hungry, SAMPLE], "bg", undefined, { seconds: 120, heapMb: 40 });
    expect(results[0]).toEqual({ file: hungry, error: expect.stringContaining("повече от 40 MB памет") });
    expect(isUnreadable(results[1]!)).toBe(false);
    posted = posts.mock.calls.map(([request]) => (request as { file: string }).file);
  } finally {
    posts.mockRestore();
  }
  // The sample waited in the stopped worker's queue behind the hungry file, and was given again to a fresh worker.
  expect(posted).toEqual([hungry, SAMPLE, SAMPLE]);
  expect(made).toHaveBeenCalledTimes(2);
});

test("a file that takes longer than the budget is stopped and named", async () => {
  // The same 4 million cells take the checker seconds; the budget gives it a fraction of one. (That the batch goes on
  // in a fresh worker is the test above: a budget of time small enough here would also stop the sample on a busy
  // machine.)
  const slow = await wideSheet("бавен.xlsx", 2000, "BXX");
  const results = await checkFiles([slow], "en", undefined, { seconds: 0.3, heapMb: 768 });
  expect(results).toEqual([{ file: slow, error: expect.stringContaining("did not finish within 0.3 seconds") }]);
});

test("the worker started as p2check starts is the one that checks the files; a checker with another budget starts its own", async () => {
  made.mockClear();
  startWorkerEarly();
  expect(made).toHaveBeenCalledTimes(1);
  const [result] = await checkFiles([SAMPLE], "bg");
  expect(isUnreadable(result!)).toBe(false);
  expect(made).toHaveBeenCalledTimes(1); // the early one, taken

  startWorkerEarly();
  const [again] = await checkFiles([SAMPLE], "bg", undefined, { seconds: 30, heapMb: 512 });
  expect(isUnreadable(again!)).toBe(false);
  expect(made).toHaveBeenCalledTimes(3); // the early one left alone (it has the default budget), and the checker's
  expect(made.mock.calls[2]?.[1]?.resourceLimits?.maxOldGenerationSizeMb).toBe(512);
});
