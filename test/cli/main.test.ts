import fs from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { main, SAMPLE } from "../../src/cli/main";
import { USAGE } from "../../src/cli/options";
import { ReportSchema, UnreadableFileSchema, type Report } from "../../src/core";
import { cleanSheet, cleanWith } from "../fixtures/clean";
import { odsBytes } from "../fixtures/openDocument";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { haskovo2023 } from "../fixtures/reference/haskovo2023";
import { IsolatedChecker } from "../../src/cli/isolation";
import { jsonItems, run, sha256, useTempDir, writeBytes, writeWorkbook } from "./helpers";
import { failReaddirOf, makeFifo } from "./attacks";

const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);

describe("p2check with no arguments", () => {
  it("checks the bundled Благоевград 2024 sample", async () => {
    expect(path.relative(path.resolve(__dirname, "../.."), SAMPLE)).toBe(path.join("assets", "samples", "blagoevgrad-2024.xlsx"));
    const { stdout, stderr } = await run(["--format", "json"]);
    expect(stderr).toBe("");
    const report = ReportSchema.parse(JSON.parse(stdout));
    expect(path.resolve(report.file ?? "")).toBe(SAMPLE); // shown as the user would type it, from here
    expect(report.layout).toMatchObject({ found: true, year: 2024, administration: "Областна администрация Благоевград" });
    expect(report.rollup.goals).toBe(15);
    expect(report.rollup.byStatus.fulfilled).toBe(15);
    expect(report.rollup.completionPercent).toBe(100);
  });

  it("reports the template's eight empty numbered rows 16.–23. as info only", async () => {
    const report = ReportSchema.parse(JSON.parse((await run(["--format", "json"])).stdout));
    const padding = report.issues.filter((issue) => issue.rule === "row.emptyNumbered");
    expect(padding).toHaveLength(8);
    expect(padding.map((issue) => issue.message)).toEqual(
      [16, 17, 18, 19, 20, 21, 22, 23].map((n) => `Ред № ${n} е празен (останал от образеца); може да бъде изтрит`),
    );
    const paddingRows = padding.map((issue) => rowOf(issue.cell));
    const onPadding = report.issues.filter((issue) => paddingRows.includes(rowOf(issue.cell)));
    expect(onPadding.filter((issue) => issue.severity === "error")).toEqual([]);
    // The padding rows do not count as goals: 15 goals, not 23.
    expect(report.rollup.goals).toBe(15);
  });

  it("prints the sample's report as text by default and leaves the sample unchanged", async () => {
    const before = { hash: sha256(SAMPLE), mtime: fs.statSync(SAMPLE).mtimeMs };
    const { code, stdout } = await run([]);
    expect(stdout).toContain("Администрация: Областна администрация Благоевград · Година: 2024");
    expect(stdout).toContain("Цели: 15 · изпълнени 15 (100 %)");
    // The sample keeps two goals without a target value (errors), as the real report has them.
    expect(code).toBe(1);
    expect({ hash: sha256(SAMPLE), mtime: fs.statSync(SAMPLE).mtimeMs }).toEqual(before);
  });
});

describe("p2check --help", () => {
  it.each([["--help"], ["-h"]])("%s prints the usage on stdout and exits 0", async (flag) => {
    const { code, stdout, stderr } = await run([flag]);
    expect(code).toBe(0);
    expect(stdout).toBe(USAGE + "\n");
    expect(stdout).toContain("--fail-on error|warning|never");
    expect(stderr).toBe("");
  });
});

describe("exit codes", () => {
  const dir = useTempDir();

  it("is 0 for the clean sheet", async () => {
    const file = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    expect((await run([file])).code).toBe(0);
  });

  it("is 1 for a sheet with an error, and 0 with --fail-on never", async () => {
    const file = await writeWorkbook(dir.path, "no-status.xlsx", [cleanWith(1, { status: null })]);
    expect((await run([file])).code).toBe(1);
    expect((await run([file, "--fail-on", "error"])).code).toBe(1);
    expect((await run([file, "--fail-on", "never"])).code).toBe(0);
  });

  it("for a sheet with only warnings is 1 with --fail-on warning, 0 with --fail-on error or by default", async () => {
    const file = await writeWorkbook(dir.path, "no-current.xlsx", [cleanWith(0, { currentValue: null })]);
    const report = ReportSchema.parse(JSON.parse((await run([file, "--format", "json"])).stdout));
    expect(report.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect((await run([file, "--fail-on", "warning"])).code).toBe(1);
    expect((await run([file, "--fail-on", "error"])).code).toBe(0);
    expect((await run([file])).code).toBe(0);
  });

  it("for a sheet with only info is 0 even with --fail-on warning", async () => {
    const file = await writeWorkbook(dir.path, "extra.xlsx", [cleanSheet({ extraHeaders: ["Бележка"] })]);
    const report = ReportSchema.parse(JSON.parse((await run([file, "--format", "json"])).stdout));
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 1 });
    expect((await run([file, "--fail-on", "warning"])).code).toBe(0);
  });

  it("is 1 when any of several files reaches the threshold", async () => {
    const clean = await writeWorkbook(dir.path, "a.xlsx", [cleanSheet()]);
    const bad = await writeWorkbook(dir.path, "b.xlsx", [cleanWith(2, { responsible: null })]);
    expect((await run([clean, bad])).code).toBe(1);
    expect((await run([clean, clean])).code).toBe(0);
  });

  it("is 2 for an unknown option, with the usage on stderr and nothing on stdout", async () => {
    const { code, stdout, stderr } = await run(["--bogus"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("--bogus");
    expect(stderr).toContain(USAGE);
  });

  it.each([
    ["--format", "xml"],
    ["--lang", "de"],
    ["--fail-on", "info"],
  ])("is 2 for %s %s, with the usage on stderr", async (option, value) => {
    const file = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    const { code, stdout, stderr } = await run([file, option, value]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`^p2check: ${option}: `));
    expect(stderr).toContain(USAGE);
  });

  it("is 2 for a path that does not exist, named on stderr, and the other files are still checked", async () => {
    const missing = path.join(dir.path, "няма-такъв.xlsx");
    const clean = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    const { code, stdout, stderr } = await run([missing, clean, "--format", "json"]);
    expect(code).toBe(2);
    expect(stderr).toBe(`p2check: ${missing}: няма такъв файл или папка\n`);
    const items = jsonItems(stdout);
    expect(items).toContainEqual({ file: missing, error: "няма такъв файл или папка" });
    expect(items.filter((item) => ReportSchema.safeParse(item).success)).toHaveLength(1);
  });

  it("is 2 for a path that cannot be opened, with the reason rather than “does not exist”", async () => {
    const loop = path.join(dir.path, "loop.xlsx");
    fs.symlinkSync(loop, loop); // stat fails with ELOOP: the path exists but cannot be opened
    const { code, stderr } = await run([loop]);
    expect(code).toBe(2);
    expect(stderr).toBe(`p2check: ${loop}: символната връзка води в кръг или през твърде много връзки (ELOOP)\n`);
  });

  it("is 2 for a folder with no .xlsx files, naming the folder", async () => {
    writeBytes(dir.path, "notes.txt", "бележки");
    writeBytes(dir.path, "old.xls", "not really");
    writeBytes(dir.path, "~$lock.xlsx", "lock");
    const { code, stdout, stderr } = await run([dir.path]);
    expect(code).toBe(2);
    // The spreadsheets it skipped are named, with what to do; the notes are no spreadsheet and pass unmentioned.
    expect(stdout.split("\n").filter(Boolean)).toEqual([
      `Пропуснат файл: ${path.join(dir.path, "~$lock.xlsx")} — временен файл, който Excel оставя до отворена работна книга, а не отчет`,
      `Пропуснат файл: ${path.join(dir.path, "old.xls")} — в стария формат .xls; запишете го като .xlsx (Файл → Запиши като → Работна книга на Excel)`,
    ]);
    expect(stderr).toBe(`p2check: Не са намерени .xlsx файлове в: ${dir.path}\n`);
  });

  it("is 2 when a file is unreadable, even if the others have errors and even with --fail-on never", async () => {
    const damaged = writeBytes(dir.path, "text.xlsx", "това не е работна книга");
    const withError = await writeWorkbook(dir.path, "error.xlsx", [cleanWith(1, { status: null })]);
    expect((await run([damaged, withError])).code).toBe(2);
    expect((await run([damaged, "--fail-on", "never"])).code).toBe(2);
  });
});

describe("a batch of files in folders", () => {
  const dir = useTempDir();

  /** batch/ with good files in subfolders, a damaged one, a text file named .xlsx, a lock file and a .txt. */
  async function makeBatch() {
    const batch = path.join(dir.path, "batch");
    const good2024 = await writeWorkbook(batch, "2024/blagoevgrad.xlsx", [blagoevgrad2024]);
    const good2023 = await writeWorkbook(batch, "2023/haskovo/clean.xlsx", [cleanSheet()]);
    const whole = fs.readFileSync(good2023);
    const damaged = writeBytes(batch, "2023/повреден.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
    const renamed = writeBytes(batch, "бележки.xlsx", "Това е текст, преименуван на .xlsx\n");
    const lock = writeBytes(batch, "2024/~$blagoevgrad.xlsx", Buffer.from("\x0bNikolay B.\0\0\0\0", "latin1"));
    const other = writeBytes(batch, "2024/readme.txt", "не е работна книга");
    return { batch, good2024, good2023, damaged, renamed, lock, other };
  }

  it("checks the good files, names each unreadable one on stderr and exits 2", async () => {
    const files = await makeBatch();
    const { code, stdout, stderr } = await run([files.batch, "--format", "json"]);
    expect(code).toBe(2);
    expect(stderr.split("\n").filter(Boolean).sort()).toEqual(
      [
        expect.stringMatching(
          new RegExp(`^p2check: ${escapeRegExp(files.damaged)}: файлът е повреден и не може да бъде прочетен \\(.+\\)$`),
        ),
        `p2check: ${files.renamed}: файлът не е работна книга на Excel (.xlsx)`,
        `p2check: Пропуснат файл: ${files.lock} — временен файл, който Excel оставя до отворена работна книга, а не отчет`,
      ].sort(),
    );

    const items = jsonItems(stdout);
    const unreadable = items.filter((item) => UnreadableFileSchema.strict().safeParse(item).success);
    const reports = items.map((item) => ReportSchema.safeParse(item)).flatMap((r) => (r.success ? [r.data] : []));
    expect(unreadable.length + reports.length).toBe(items.length);
    expect(unreadable.map((item) => UnreadableFileSchema.parse(item).file).sort()).toEqual(
      [files.damaged, files.renamed].sort(),
    );
    expect(reports.map((report) => report.file).sort()).toEqual([files.good2023, files.good2024].sort());
    expect(reports.find((r) => r.file === files.good2024)?.layout.administration).toBe(
      "Областна администрация Благоевград",
    );
    expect(reports.find((r) => r.file === files.good2023)?.counts).toEqual({ error: 0, warning: 0, info: 0 });

    const named = items.map((item) => (item as { file: string }).file);
    expect(named).not.toContain(files.lock);
    expect(named).not.toContain(files.other);
  });

  it("gives the reasons in English with --lang en", async () => {
    const files = await makeBatch();
    const { code, stdout, stderr } = await run([files.batch, "--format", "json", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`${escapeRegExp(files.damaged)}: the file is damaged and cannot be read \\(.+\\)`));
    expect(stderr).toContain(`${files.renamed}: the file is not an Excel workbook (.xlsx)`);
    expect(jsonItems(stdout)).toContainEqual({ file: files.renamed, error: "the file is not an Excel workbook (.xlsx)" });
  });

  it("leaves every input file byte for byte as it was, with its modification time", async () => {
    const files = await makeBatch();
    const all = [files.good2024, files.good2023, files.damaged, files.renamed, files.lock, files.other];
    const snapshot = () => all.map((file) => ({ file, hash: sha256(file), mtime: fs.statSync(file).mtimeMs }));
    const before = snapshot();
    for (const format of ["text", "json", "csv", "md"]) await run([files.batch, "--format", format]);
    expect(snapshot()).toEqual(before);
    expect(fs.readdirSync(path.join(files.batch, "2024")).sort()).toEqual(
      ["blagoevgrad.xlsx", "readme.txt", "~$blagoevgrad.xlsx"].sort(),
    );
  });
});

describe("files p2check does not check", () => {
  const dir = useTempDir();

  it("names the .ods, .xls and Excel temporary files a folder holds, in the text output, and checks the rest", async () => {
    await writeWorkbook(dir.path, "Хасково.xlsx", [cleanSheet()]);
    writeBytes(dir.path, "Сливен.ods", await odsBytes());
    writeBytes(dir.path, "~$Хасково.xlsx", "lock");
    const { code, stdout, stderr } = await run([dir.path]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const [first, second, third] = stdout.split("\n");
    expect(first).toBe(
      `Пропуснат файл: ${path.join(dir.path, "~$Хасково.xlsx")} — временен файл, който Excel оставя до отворена работна книга, а не отчет`,
    );
    expect(second).toBe(
      `Пропуснат файл: ${path.join(dir.path, "Сливен.ods")} — таблица OpenDocument (.ods); отворете я в LibreOffice Calc или Excel и я запишете като .xlsx`,
    );
    expect(third).toBe("");
    expect(stdout).toContain(`Файл: ${path.join(dir.path, "Хасково.xlsx")}`);
  });

  it("names them on standard error with the other formats, whose output stays data", async () => {
    await writeWorkbook(dir.path, "Хасково.xlsx", [cleanSheet()]);
    writeBytes(dir.path, "Сливен.ods", await odsBytes());
    for (const format of ["json", "csv", "md"]) {
      const { stdout, stderr } = await run([dir.path, "--format", format, "--lang", "en"]);
      expect(stderr).toBe(
        `p2check: Skipped: ${path.join(dir.path, "Сливен.ods")} — an OpenDocument spreadsheet (.ods); open it in LibreOffice Calc or Excel and save it as .xlsx\n`,
      );
      expect(stdout).not.toContain("Сливен");
    }
    expect(ReportSchema.parse(JSON.parse((await run([dir.path, "--format", "json"])).stdout)).file).toContain("Хасково");
  });

  it("says what an .ods given by name is and what to do, and exits 2", async () => {
    const ods = writeBytes(dir.path, "Сливен.ods", await odsBytes());
    const { code, stderr } = await run([ods]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `p2check: ${ods}: файлът е таблица OpenDocument (.ods), а не работна книга на Excel (.xlsx); отворете го в LibreOffice Calc или Excel и го запишете като .xlsx\n`,
    );
  });
});

describe("reports of both years' wording", () => {
  const dir = useTempDir();

  it("finds the 2023-worded Хасково sheet and the 2024-worded Благоевград sheet in one run", async () => {
    const haskovo = await writeWorkbook(dir.path, "haskovo-2023.xlsx", [haskovo2023]);
    const blagoevgrad = await writeWorkbook(dir.path, "blagoevgrad-2024.xlsx", [blagoevgrad2024]);
    const { stdout } = await run([haskovo, blagoevgrad, "--format", "json"]);
    const reports: Report[] = jsonItems(stdout).map((item) => ReportSchema.parse(item));
    expect(
      reports.map((r) => ({ file: r.file, form: r.form, found: r.layout.found, year: r.layout.year, goals: r.rollup.goals })),
    ).toEqual([
      { file: haskovo, form: "report", found: true, year: 2023, goals: 8 },
      { file: blagoevgrad, form: "report", found: true, year: 2024, goals: 15 },
    ]);
    for (const report of reports) {
      expect(Object.keys(report.layout.columns)).toHaveLength(14);
      expect(report.issues.map((issue) => issue.rule)).not.toContain("layout.notFound");
      expect(report.issues.map((issue) => issue.rule)).not.toContain("layout.columnMissing");
    }
  });
});

describe("the progress bar", () => {
  const dir = useTempDir();

  async function threeFiles(): Promise<string[]> {
    return [
      await writeWorkbook(dir.path, "a.xlsx", [cleanSheet()]),
      await writeWorkbook(dir.path, "b.xlsx", [cleanWith(1, { status: null })]),
      await writeWorkbook(dir.path, "c.xlsx", [blagoevgrad2024]),
    ];
  }

  it("is drawn on a terminal's stderr when checking several files, and stdout is unaffected", async () => {
    const { stdout, stderr } = await run([...(await threeFiles()), "--format", "json"], { tty: true });
    expect(stderr).toContain("Проверка");
    expect(stderr).toContain("3/3");
    expect(jsonItems(stdout)).toHaveLength(3);
  });

  it("speaks English with --lang en", async () => {
    const { stderr } = await run([...(await threeFiles()), "--lang", "en"], { tty: true });
    expect(stderr).toContain("Checking");
    expect(stderr).not.toContain("Проверка");
  });

  it("is not drawn when stderr is not a terminal", async () => {
    const { stderr } = await run(await threeFiles(), { tty: false });
    expect(stderr).toBe("");
  });

  it("is not drawn for a single file, even on a terminal", async () => {
    const [file] = await threeFiles();
    const { stderr } = await run([file as string], { tty: true });
    expect(stderr).toBe("");
  });
});

describe("only regular files are read; folders are walked entry by entry", () => {
  const dir = useTempDir();

  it("names a subfolder that cannot be listed, with the reason and never as a file, checks the rest and exits 2", async () => {
    const batch = path.join(dir.path, "отчети");
    const haskovo = await writeWorkbook(batch, "2023/хасково.xlsx", [cleanSheet()]);
    await writeWorkbook(batch, "2024/благоевград.xlsx", [blagoevgrad2024]);
    const clean = await writeWorkbook(batch, "2025/чист.xlsx", [cleanSheet()]);
    const locked = path.join(batch, "2024");
    const restore = failReaddirOf(locked, "EACCES");
    let result;
    try {
      result = await run([batch, "--format", "json"]);
    } finally {
      restore();
    }
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `p2check: ${locked}: папката не може да бъде прочетена — няма права за четене (EACCES); ` +
        "останалите папки и файлове са проверени\n",
    );
    expect(jsonItems(result.stdout).map((item) => ReportSchema.parse(item).file)).toEqual([haskovo, clean]);
  });

  it("names a folder that is not there without calling it a file", async () => {
    const missing = path.join(dir.path, "няма-такава-папка");
    const { code, stderr } = await run([missing, "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toBe(`p2check: ${missing}: there is no such file or folder\n`);
  });

  it("refuses a FIFO named like a report and /dev/zero given as a file, with the reason, and checks the others", async () => {
    const clean = await writeWorkbook(dir.path, "папка/чист.xlsx", [cleanSheet()]);
    const fifo = makeFifo(path.join(dir.path, "папка/канал.xlsx"));
    const { code, stdout, stderr } = await run([path.join(dir.path, "папка"), "/dev/zero", "--format", "json"]);
    expect(code).toBe(2);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      `p2check: ${fifo}: това е именуван канал (FIFO), а не обикновен файл; не се чете, защото четенето може да чака без край`,
      "p2check: /dev/zero: това е устройство, а не обикновен файл; не се чете, защото четенето може да няма край",
    ]);
    const items = jsonItems(stdout);
    expect(items.filter((item) => ReportSchema.safeParse(item).success).map((item) => (item as { file: string }).file)).toEqual([clean]);
    expect(items).toContainEqual({ file: fifo, error: expect.stringContaining("FIFO") });
  });

  it("checks reports that are symbolic links in a folder", async () => {
    const elsewhere = await writeWorkbook(dir.path, "другаде/хасково.xlsx", [cleanSheet()]);
    fs.mkdirSync(path.join(dir.path, "отчети"));
    const link = path.join(dir.path, "отчети", "хасково.xlsx");
    fs.symlinkSync(elsewhere, link);
    const { code, stdout } = await run([path.join(dir.path, "отчети"), "--format", "json"]);
    expect(code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(stdout)).file).toBe(link);
  });
});

describe("paths that look like options", () => {
  const dir = useTempDir();
  let cwd: string;
  beforeEach(() => {
    cwd = process.cwd();
    process.chdir(dir.path);
  });
  afterEach(() => process.chdir(cwd));

  it("checks an existing file named --help.xlsx, with a note on stderr, instead of printing the usage", async () => {
    await writeWorkbook(dir.path, "--help.xlsx", [cleanSheet()]);
    const { code, stdout, stderr } = await run(["--help.xlsx", "--format", "json", "--lang", "en"]);
    expect(code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(stdout)).file).toBe("--help.xlsx");
    expect(stderr).toBe(
      "p2check: “--help.xlsx” is taken as a file, because it exists, though it looks like an option; " +
        "put file names after -- to make this clear\n",
    );
  });

  it("takes everything after -- as a path, with no note", async () => {
    await writeWorkbook(dir.path, "-f.xlsx", [cleanSheet()]);
    const { code, stdout, stderr } = await run(["--format", "json", "--", "-f.xlsx"]);
    expect(code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(stdout)).file).toBe("-f.xlsx");
    expect(stderr).toBe("");
  });
});

describe("results are printed as each file is done", () => {
  const dir = useTempDir();

  /** Runs main and notes, for each write to stdout, how many workbooks had been checked by then. */
  async function chunksOf(argv: string[]): Promise<{ chunk: string; checked: number }[]> {
    const checks = jest.spyOn(IsolatedChecker.prototype, "check");
    const chunks: { chunk: string; checked: number }[] = [];
    const stderr = Object.assign(new PassThrough(), { isTTY: false });
    try {
      await main(argv, { stdout: (chunk) => void chunks.push({ chunk, checked: checks.mock.calls.length }), stderr });
    } finally {
      checks.mockRestore();
    }
    return chunks;
  }

  async function threeFiles(): Promise<string[]> {
    return [
      // Each with an issue, so that each has a line in CSV too.
      await writeWorkbook(dir.path, "1.xlsx", [cleanSheet({ extraHeaders: ["Бележка"] })]),
      await writeWorkbook(dir.path, "2.xlsx", [cleanWith(1, { status: null })]),
      await writeWorkbook(dir.path, "3.xlsx", [blagoevgrad2024]),
    ];
  }

  it.each(["text", "md", "csv"])("as %s: each file's part before the file two after it is handed over, and the output is the same", async (format) => {
    const files = await threeFiles();
    const chunks = await chunksOf([...files, "--format", format]);
    const perFile = chunks.filter(({ chunk }) => files.some((file) => chunk.includes(path.basename(file))));
    // The worker has the next file already (so it need not wait for this thread), never the one after.
    expect(perFile[0]?.checked).toBe(2);
    perFile.forEach(({ checked }, k) => expect(checked).toBeLessThanOrEqual(k + 2));
    perFile.forEach(({ chunk }, i) => expect(chunk).toContain(path.basename(files[i] as string)));
    expect(chunks.map(({ chunk }) => chunk).join("")).toBe((await run([...files, "--format", format])).stdout);
  });

  it("as JSON: one document, after the last file, written an item at a time", async () => {
    const files = await threeFiles();
    const chunks = await chunksOf([...files, "--format", "json"]);
    expect(chunks.map(({ checked }) => checked)).toEqual([3, 3, 3, 3]); // three items and the closing bracket
    expect(jsonItems(chunks.map(({ chunk }) => chunk).join(""))).toHaveLength(3);
  });

  it("keeps the progress bar on a terminal: cleared before each file's text, drawn again after", async () => {
    const files = await threeFiles();
    const { stdout, stderr } = await run(files, { tty: true });
    for (const file of files) expect(stdout).toContain(`Файл: ${file} — лист`);
    expect(stderr).toContain("Проверка");
    expect(stderr).toContain("3/3");
    expect(stderr.split("\r\u001b[2K").length - 1).toBeGreaterThanOrEqual(files.length);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
