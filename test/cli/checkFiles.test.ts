import fs from "node:fs";
import path from "node:path";
import { checkFile, checkFiles, isUnreadable } from "../../src/cli/checkFiles";
import { cleanSheet } from "../fixtures/clean";
import { useTempDir, writeBytes, writeWorkbook } from "./helpers";

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
    expect(await checkFile(missing, "bg")).toEqual({ file: missing, error: "файлът не съществува" });
    expect(await checkFile(dir.path, "en")).toEqual({ file: dir.path, error: "the file cannot be opened (EISDIR)" });
  });
});

describe("checkFiles", () => {
  const dir = useTempDir();

  it("checks the files in the order given, reports progress after each, and goes on after an unreadable one", async () => {
    const text = writeBytes(dir.path, "text.xlsx", "текст");
    const clean = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
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
