import fs from "node:fs";
import path from "node:path";
import { checkEach, checkFile, checkFiles, isUnreadable } from "../../src/cli/checkFiles";
import { IsolatedChecker } from "../../src/cli/isolation";
import { cleanSheet } from "../fixtures/clean";
import { useTempDir, writeBytes, writeWorkbook } from "./helpers";
import { makeFifo } from "./attacks";

describe("checkFile", () => {
  const dir = useTempDir();

  it("gives the reports of a readable workbook, each naming the file", async () => {
    const file = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet(), cleanSheet({ name: "Копие" })]);
    const result = await checkFile(file, "bg");
    if (isUnreadable(result)) throw new Error(result.error);
    expect(result.reports.map((r) => [r.file, r.sheet])).toEqual([
      [file, "Отчет 2023"],
      [file, "Копие"],
    ]);
  });

  it("names the reason a file cannot be read, in the language asked for", async () => {
    const whole = fs.readFileSync(await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]));
    const damaged = writeBytes(dir.path, "half.xlsx", whole.subarray(0, whole.length >> 1));
    expect(await checkFile(damaged, "bg")).toEqual({
      file: damaged,
      error: expect.stringMatching(/^файлът е повреден и не може да бъде прочетен \(.+\)$/),
    });
    expect(await checkFile(damaged, "en")).toEqual({
      file: damaged,
      error: expect.stringMatching(/^the file is damaged and cannot be read \(.+\)$/),
    });
    const missing = path.join(dir.path, "няма.xlsx");
    expect(await checkFile(missing, "bg")).toEqual({ file: missing, error: "няма такъв файл или папка" });
    expect(await checkFile(dir.path, "en")).toEqual({ file: dir.path, error: "this is a folder, not a file" });
  });

  it("does not read a pipe or a device put where a file was listed: the open does not wait, and nothing is read", async () => {
    // A pipe with no writer: a plain open for reading would wait here for ever.
    const fifo = makeFifo(path.join(dir.path, "канал.xlsx"));
    expect(await checkFile(fifo, "bg")).toEqual({
      file: fifo,
      error: "това е именуван канал (FIFO), а не обикновен файл; не се чете, защото четенето може да чака без край",
    });
    expect(await checkFile("/dev/zero", "en")).toEqual({
      file: "/dev/zero",
      error: "this is a device, not a regular file; it is not read, as reading it may never end",
    });
  });
});

describe("checkEach and checkFiles", () => {
  const dir = useTempDir();

  it("give each file's result in the order given, with at most the next file handed to the worker, and go on after an unreadable one", async () => {
    const text = writeBytes(dir.path, "text.xlsx", "текст");
    const clean = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    const checks = jest.spyOn(IsolatedChecker.prototype, "check");
    const seen: [string, boolean, number][] = [];
    try {
      for await (const result of checkEach([text, clean, clean], "bg")) {
        // How many files had gone to the checker when this result arrived: results come one by one, not at the end,
        // and the worker already has the next file (it need not wait for this thread to take this result).
        seen.push([result.file, isUnreadable(result), checks.mock.calls.length]);
      }
    } finally {
      checks.mockRestore();
    }
    expect(seen.map(([file, unreadable]) => [file, unreadable])).toEqual([
      [text, true],
      [clean, false],
      [clean, false],
    ]);
    expect(seen[0]?.[2]).toBe(2);
    seen.forEach(([, , handed], k) => expect(handed).toBeLessThanOrEqual(k + 2));
    const progress: [number, string][] = [];
    const results = await checkFiles([text, clean], "bg", (done, file) => progress.push([done, file]));
    expect(results.map((r) => [r.file, isUnreadable(r)])).toEqual([
      [text, true],
      [clean, false],
    ]);
    expect(progress).toEqual([
      [1, text],
      [2, clean],
    ]);
  });
});
