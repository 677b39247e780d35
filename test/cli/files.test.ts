import fs from "node:fs";
import fsPromises from "node:fs/promises";
import path from "node:path";
import { collectFiles, isWorkbookName, skipReason } from "../../src/cli/files";
import { useTempDir, writeBytes } from "./helpers";
import { makeFifo, makeSocket, failReaddirOf } from "./attacks";

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

const nothingElse = { refused: [], unlistable: [], repeated: [], skipped: [] };

describe("collectFiles", () => {
  const dir = useTempDir();
  const put = (name: string) => writeBytes(dir.path, name, "x");
  const at = (name: string) => path.join(dir.path, name);

  it("walks folders recursively, keeps .xlsx files in a stable order, names the spreadsheets it skips", async () => {
    put("б.xlsx");
    put("а.xlsx");
    put("2024/отчет.xlsx");
    put("2024/~$отчет.xlsx");
    put("2024/отчет.xls");
    put("2023/Хасково/отчет.XLSX");
    put("бележки.txt");
    put("2024/отчет.ods");
    expect(await collectFiles([dir.path])).toEqual({
      ...nothingElse,
      files: ["2023/Хасково/отчет.XLSX", "2024/отчет.xlsx", "а.xlsx", "б.xlsx"].map(at),
      skipped: [
        { path: at("2024/~$отчет.xlsx"), reason: "lockFile" },
        { path: at("2024/отчет.ods"), reason: "openDocument" },
        { path: at("2024/отчет.xls"), reason: "legacyXls" },
      ],
    });
  });

  it("takes a file given by name as it is, and refuses paths that do not exist with their code", async () => {
    const given = put("отчет.xls");
    expect(await collectFiles([given, at("няма.xlsx")])).toEqual({
      ...nothingElse,
      files: [given],
      refused: [{ path: at("няма.xlsx"), why: { code: "ENOENT" } }],
    });
  });

  it("skips Excel's lock files even when they are given by name (p2check *.xlsx)", async () => {
    const report = put("отчет.xlsx");
    const lock = put("~$отчет.xlsx");
    expect(await collectFiles([report, lock])).toEqual({ ...nothingElse, files: [report], skipped: [{ path: lock, reason: "lockFile" }] });
  });

  it("gives nothing for an empty folder", async () => {
    expect(await collectFiles([dir.path])).toEqual({ files: [], ...nothingElse });
  });

  it("checks the readable folders beside one that cannot be listed, and names that one with its code", async () => {
    put("2023/отчет.xlsx");
    put("2024/отчет.xlsx");
    put("2024/вътре/отчет.xlsx");
    put("2025/отчет.xlsx");
    const restore = failReaddirOf(at("2024"), "EACCES");
    try {
      expect(await collectFiles([dir.path])).toEqual({
        ...nothingElse,
        files: [at("2023/отчет.xlsx"), at("2025/отчет.xlsx")],
        unlistable: [{ path: at("2024"), code: "EACCES" }],
      });
    } finally {
      restore();
    }
    expect(fsPromises.readdir).not.toHaveProperty("mock"); // the real readdir is back for the other tests
  });

  it("follows symbolic links to reports and to folders, and names a broken link to a report", async () => {
    const elsewhere = path.join(dir.path, "другаде");
    writeBytes(elsewhere, "отчет.xlsx", "x");
    writeBytes(elsewhere, "папка/вложен.xlsx", "x");
    put("отчети/собствен.xlsx");
    fs.symlinkSync(path.join(elsewhere, "отчет.xlsx"), at("отчети/връзка.xlsx"));
    fs.symlinkSync(path.join(elsewhere, "папка"), at("отчети/папка-връзка"));
    fs.symlinkSync(at("няма.xlsx"), at("отчети/счупена.xlsx"));
    fs.symlinkSync(at("няма.txt"), at("отчети/счупена.txt")); // not a report: passed over
    expect(await collectFiles([at("отчети")])).toEqual({
      ...nothingElse,
      files: ["отчети/връзка.xlsx", "отчети/папка-връзка/вложен.xlsx", "отчети/собствен.xlsx"].map(at),
      refused: [{ path: at("отчети/счупена.xlsx"), why: { code: "ENOENT" } }],
    });
  });

  it("walks a folder once when a link leads back up the tree, and checks a file once under two names", async () => {
    put("отчети/2024/отчет.xlsx");
    fs.symlinkSync(at("отчети"), at("отчети/2024/нагоре")); // a loop: отчети/2024/нагоре/2024/нагоре/…
    fs.linkSync(at("отчети/2024/отчет.xlsx"), at("отчети/същият.xlsx")); // a hard link: the same file
    fs.symlinkSync(at("отчети/същият.xlsx"), at("отчети/2024/връзка.xlsx"));
    const list = await collectFiles([at("отчети")]);
    expect(list.files).toEqual([at("отчети/2024/отчет.xlsx")]);
    expect(list.repeated.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: at("отчети/2024/връзка.xlsx"), first: at("отчети/2024/отчет.xlsx") },
      { path: at("отчети/2024/нагоре"), first: at("отчети") },
      { path: at("отчети/същият.xlsx"), first: at("отчети/2024/отчет.xlsx") },
    ]);
  });

  it("checks a file or folder given twice once, with no note", async () => {
    const report = put("папка/отчет.xlsx");
    expect(await collectFiles([report, at("папка"), report, at("папка")])).toEqual({ files: [report], ...nothingElse });
  });

  it("refuses a link that loops on itself, with ELOOP", async () => {
    fs.symlinkSync(at("кръг.xlsx"), at("кръг.xlsx"));
    expect((await collectFiles([dir.path])).refused).toEqual([{ path: at("кръг.xlsx"), why: { code: "ELOOP" } }]);
  });

  it("refuses pipes, sockets and devices named like reports, by their type, without opening them", async () => {
    put("папка/отчет.xlsx");
    makeFifo(at("папка/канал.xlsx"));
    const socket = await makeSocket(at("папка/сокет.xlsx"));
    makeFifo(at("папка/канал.txt")); // not named like a report: passed over
    const opened = jest.spyOn(fsPromises, "open");
    try {
      expect(await collectFiles([at("папка"), "/dev/zero", at("папка/канал.xlsx")])).toEqual({
        ...nothingElse,
        files: [at("папка/отчет.xlsx")],
        refused: [
          { path: at("папка/канал.xlsx"), why: { type: "fifo" } },
          { path: at("папка/сокет.xlsx"), why: { type: "socket" } },
          { path: "/dev/zero", why: { type: "characterDevice" } },
          { path: at("папка/канал.xlsx"), why: { type: "fifo" } },
        ],
      });
      expect(opened).not.toHaveBeenCalled();
    } finally {
      opened.mockRestore();
      socket.close();
    }
  });
});
