import path from "node:path";
import { collectFiles, isWorkbookName } from "../../src/cli/files";
import { useTempDir, writeBytes } from "./helpers";

describe("isWorkbookName", () => {
  it.each([
    ["Отчет 2024.xlsx", true],
    ["ОТЧЕТ.XLSX", true],
    ["~$Отчет 2024.xlsx", false],
    ["Отчет 2024.xls", false],
    ["Отчет 2024.xlsm", false],
    ["Отчет.xlsx.bak", false],
    ["бележки.txt", false],
  ])("%s → %s", (name, expected) => {
    expect(isWorkbookName(name)).toBe(expected);
  });
});

describe("collectFiles", () => {
  const dir = useTempDir();

  it("walks folders recursively, keeps .xlsx files in a stable order and skips lock files and other files", async () => {
    const put = (name: string) => writeBytes(dir.path, name, "x");
    put("б.xlsx");
    put("а.xlsx");
    put("2024/отчет.xlsx");
    put("2024/~$отчет.xlsx");
    put("2024/отчет.xls");
    put("2023/Хасково/отчет.XLSX");
    put("бележки.txt");
    expect(await collectFiles([dir.path])).toEqual({
      files: ["2023/Хасково/отчет.XLSX", "2024/отчет.xlsx", "а.xlsx", "б.xlsx"].map((name) => path.join(dir.path, name)),
      missing: [],
    });
  });

  it("takes a file given by name as it is, and lists paths that do not exist with their code", async () => {
    const given = writeBytes(dir.path, "отчет.xls", "x");
    const missing = path.join(dir.path, "няма.xlsx");
    expect(await collectFiles([given, missing])).toEqual({ files: [given], missing: [{ path: missing, code: "ENOENT" }] });
  });

  it("skips Excel's lock files even when they are given by name (p2check *.xlsx)", async () => {
    const report = writeBytes(dir.path, "отчет.xlsx", "x");
    const lock = writeBytes(dir.path, "~$отчет.xlsx", "x");
    expect(await collectFiles([report, lock])).toEqual({ files: [report], missing: [] });
  });

  it("gives nothing for an empty folder", async () => {
    expect(await collectFiles([dir.path])).toEqual({ files: [], missing: [] });
  });
});
