import path from "node:path";
import { collectFiles, isWorkbookName, skipReason } from "../../src/cli/files";
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

describe("skipReason", () => {
  it.each([
    ["Отчет 2024.xlsx", undefined],
    ["~$Отчет 2024.xlsx", "lockFile"],
    ["Отчет 2024.ods", "openDocument"],
    ["Отчет 2024.xls", "legacyXls"],
    ["Отчет 2024.XLSM", "otherExcel"],
    ["Отчет 2024.xlsb", "otherExcel"],
    ["бележки.txt", undefined],
    ["~$бележки.docx", undefined],
  ])("%s → %s", (name, expected) => {
    expect(skipReason(name)).toBe(expected);
  });
});

describe("collectFiles", () => {
  const dir = useTempDir();

  it("walks folders recursively, keeps .xlsx files in a stable order, names the spreadsheets it skips", async () => {
    const put = (name: string) => writeBytes(dir.path, name, "x");
    put("б.xlsx");
    put("а.xlsx");
    put("2024/отчет.xlsx");
    put("2024/~$отчет.xlsx");
    put("2024/отчет.xls");
    put("2023/Хасково/отчет.XLSX");
    put("бележки.txt");
    put("2024/отчет.ods");
    expect(await collectFiles([dir.path])).toEqual({
      files: ["2023/Хасково/отчет.XLSX", "2024/отчет.xlsx", "а.xlsx", "б.xlsx"].map((name) => path.join(dir.path, name)),
      missing: [],
      skipped: [
        { path: path.join(dir.path, "2024/~$отчет.xlsx"), reason: "lockFile" },
        { path: path.join(dir.path, "2024/отчет.ods"), reason: "openDocument" },
        { path: path.join(dir.path, "2024/отчет.xls"), reason: "legacyXls" },
      ],
    });
  });

  it("takes a file given by name as it is, and lists paths that do not exist with their code", async () => {
    const given = writeBytes(dir.path, "отчет.xls", "x");
    const missing = path.join(dir.path, "няма.xlsx");
    expect(await collectFiles([given, missing])).toEqual({
      files: [given],
      missing: [{ path: missing, code: "ENOENT" }],
      skipped: [],
    });
  });

  it("skips Excel's lock files even when they are given by name (p2check *.xlsx)", async () => {
    const report = writeBytes(dir.path, "отчет.xlsx", "x");
    const lock = writeBytes(dir.path, "~$отчет.xlsx", "x");
    expect(await collectFiles([report, lock])).toEqual({
      files: [report],
      missing: [],
      skipped: [{ path: lock, reason: "lockFile" }],
    });
  });

  it("gives nothing for an empty folder", async () => {
    expect(await collectFiles([dir.path])).toEqual({ files: [], missing: [], skipped: [] });
  });
});
