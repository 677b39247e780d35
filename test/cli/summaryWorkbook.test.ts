/**
 * p2check --summary: the summary workbook is written, read back with ExcelJS and looked at cell by cell; the target
 * is refused when it would overwrite an input or cannot be written where asked.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { placementOf, type FormRow, type FormSheet } from "../fixtures/builder";
import { cleanRows, cleanSheet } from "../fixtures/clean";
import { BLAGOEVGRAD_HEADINGS, blagoevgradGrouped } from "../fixtures/grouped";
import { planOf } from "../fixtures/plan";
import { run, sha256, useTempDir, writeBytes, writeWorkbook } from "./helpers";

/** Областна администрация Благоевград, 2024: four goals, one status typed with a Latin "e". */
const blagoevgradRows: FormRow[] = [
  {
    ...cleanRows[0],
    no: "1.",
    goal: "Прозрачност в дейността на администрацията и улесняване на достъпа до обществена информация съгласно ЗДОИ",
    responsible: "Дирекция АПОФУС; Дирекция АКРРДС",
    status: "Изпълнена",
    progressInfo: "Областна администрация - Благоевград се е произнесла по всички преписки по ЗДОИ в срок.",
  },
  {
    ...cleanRows[1],
    no: "2.",
    goal: "Подобряване на компетентността, ефективността и мотивацията на служителите в администрацията",
    responsible: "Дирекция АКРРДС",
    status: "Изпълнена",
    progressInfo: "Проведени са обучения и са обучени 18 бр. служители.",
  },
  {
    ...cleanRows[2],
    no: "3.",
    goal: "Провеждане на ефективна политика на територията на областта по безопасност на движението по пътищата",
    responsible: "Дирекция АПОФУС",
    status: "Изпълнeна",
    progressInfo: "Проведени са заседания на ОКБДП на всяко тримесечие.",
  },
  {
    ...cleanRows[0],
    no: "4.",
    goal: "Ефективно и ефикасно управление и разпореждане с имоти – държавна собственост",
    responsible: "Дирекция АКРРДС",
    status: "В процес на изпълнение",
    progressInfo: "Актуализирани са актовете за държавна собственост; работата продължава.",
  },
];

const blagoevgrad: FormSheet = {
  name: "Отчет 2024",
  above: [
    "Отчет на ежегодните цели на администрацията за 2024 г.",
    ["Наименование на администрацията:", "Областна администрация Благоевград"],
    ["Изготвил/лице за контакт, тел. и ел. поща:", "инж. Петър Петров, 073 881 234, info@bl.government.bg"],
  ],
  year: 2024,
  rows: blagoevgradRows,
};

type Row = Record<string, ExcelJS.CellValue>;

/** The rows under a header row, each as { header text: value }. */
function tableOf(sheet: ExcelJS.Worksheet, headerRow: number): Row[] {
  const header = sheet.getRow(headerRow);
  const names = Array.from({ length: header.cellCount }, (_, i) => String(header.getCell(i + 1).value));
  const rows: Row[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    rows.push(Object.fromEntries(names.map((name, i) => [name, sheet.getRow(r).getCell(i + 1).value])));
  }
  return rows;
}

function pick(row: Row | undefined, keys: string[]): unknown[] {
  if (!row) throw new Error("no such row");
  return keys.map((key) => row[key]);
}

async function readSummary(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}; the workbook has ${workbook.worksheets.map((s) => s.name)}`);
  return sheet;
}

describe("p2check --summary", () => {
  const dir = useTempDir();
  let haskovoFile: string;
  let blagoevgradFile: string;
  let brokenFile: string;
  let out: string;

  beforeEach(async () => {
    haskovoFile = await writeWorkbook(dir.path, "haskovo-2023.xlsx", [cleanSheet()]);
    blagoevgradFile = await writeWorkbook(dir.path, "blagoevgrad-2024.xlsx", [blagoevgrad]);
    brokenFile = writeBytes(dir.path, "повреден.xlsx", "това не е работна книга");
    out = path.join(dir.path, "обобщение.xlsx");
  });

  async function summarize(): Promise<ExcelJS.Workbook> {
    const result = await run(["--summary", out, haskovoFile, blagoevgradFile, brokenFile]);
    // 2: one file cannot be read; the summary is still written, with that file in it.
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Обобщението е записано в ${out}`);
    return readSummary(out);
  }

  it("writes a row per report with its administration and counts, and an unreadable file with its reason", async () => {
    const workbook = await summarize();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Обобщение",
      "По звена",
      "Забележки",
      "ОА Хасково 2023",
      "ОА Благоевград 2024",
    ]);
    const sheet = sheetOf(workbook, "Обобщение");
    expect(sheet.getCell("A1").value).toBe("Обобщение на отчетите по Приложение №2");
    expect(sheet.getCell("A2").value).toMatch(/^Изготвено на \d\d\.\d\d\.\d{4} \d\d:\d\d/);
    const rows = tableOf(sheet, 4);
    const keys = ["Файл", "Лист", "Администрация", "Година", "Цели", "Изпълнени", "В процес на изпълнение"];
    const more = ["Неизпълнени", "Без статус", "С невалиден статус", "Грешки"];
    expect(rows.map((row) => pick(row, [...keys, ...more]))).toEqual([
      ["haskovo-2023.xlsx", "Отчет 2023", "Областна администрация Хасково", 2023, 3, 1, 1, 1, 0, 0, 0],
      ["blagoevgrad-2024.xlsx", "Отчет 2024", "Областна администрация Благоевград", 2024, 4, 2, 1, 0, 0, 1, 1],
      ["повреден.xlsx", null, null, null, null, null, null, null, null, null, null],
      ["Общо", null, null, null, 7, 3, 2, 1, 0, 1, 1],
    ]);
    expect(rows[2]?.["Бележка"]).toMatch(/^не може да се прочете: файлът не е работна книга/);
    // Both reports borrow the clean fixture's amounts: 146 305,48 лв. and 120 000 лв.
    expect(rows.map((row) => row["Индикативен размер, лв."])).toEqual([266305.48, 266305.48, null, 532610.96]);
  });

  it("gives each report a sheet with its own summary: status counts, completion, units and issues", async () => {
    const sheet = sheetOf(await summarize(), "ОА Благоевград 2024");
    expect(sheet.getCell("A1").value).toBe("Обобщение на отчета по Приложение №2");
    expect(sheet.getCell("A2").value).toBe("Областна администрация Благоевград, 2024 г.");
    // The report is in another workbook: the counts are numbers, not formulas pointing at it.
    const counts = [7, 8, 9, 10, 11].map((row) => [sheet.getCell(`A${row}`).value, sheet.getCell(`B${row}`).value]);
    expect(counts).toEqual([
      ["Изпълнена", 2],
      ["В процес на изпълнение", 1],
      ["Неизпълнена", 0],
      ["Без статус или с невалиден статус", 1],
      ["Общо цели", 4],
    ]);
    expect(sheet.getCell("B13").value).toBe(0.5);
    expect(sheet.getCell("B13").numFmt).toBe("0.0%");
    const issueRow = sheet.getColumn(1).values.findIndex((value) => value === "Забележка");
    const link = sheet.getCell(`B${issueRow + 1}`).value as ExcelJS.CellFormulaValue;
    const statusCell = placementOf(blagoevgrad).cellOf(2, "status");
    // The report is a file beside the summary: the link opens that file at the cell.
    expect(link.formula).toBe(`HYPERLINK("blagoevgrad-2024.xlsx#'Отчет 2024'!${statusCell}","${statusCell}")`);
  });

  it("gives a report that groups its goals under headings their goals and completion per heading", async () => {
    const groupedFile = await writeWorkbook(dir.path, "blagoevgrad-grouped.xlsx", [blagoevgradGrouped]);
    expect((await run(["--summary", out, groupedFile])).code).toBe(1); // the sample's two errors
    const workbook = await readSummary(out);
    const sheet = workbook.worksheets.find((s) => s.getCell("A2").value === "Областна администрация Благоевград, 2024 г.");
    if (!sheet) throw new Error("no report sheet");
    const column = sheet.getColumn(1).values;
    const start = column.findIndex((value) => value === "По раздели");
    const rows = [1, 2, 3, 4].map((offset) => [1, 2, 3, 4].map((col) => sheet.getCell(start + offset, col).value));
    expect(rows).toEqual([
      ["Раздел", "Цели", "Изпълнени", "Изпълнение"],
      [BLAGOEVGRAD_HEADINGS.get(1), 8, 8, 1],
      [BLAGOEVGRAD_HEADINGS.get(9), 6, 6, 1],
      [BLAGOEVGRAD_HEADINGS.get(15), 1, 1, 1],
    ]);
    expect(sheet.getCell(start + 2, 4).numFmt).toBe("0.0%");
  });

  it("takes the total's completion from the combined counts, as a number formatted as a percentage", async () => {
    const sheet = sheetOf(await summarize(), "Обобщение");
    const rows = tableOf(sheet, 4);
    // 3 of 7 goals: 42.9 %, not the mean of 33.3 % and 50 % (41.7 %); stored exactly, shown rounded by the format.
    expect(rows.map((row) => row["Изпълнение, %"])).toEqual([1 / 3, 0.5, null, 3 / 7]);
    const total = sheet.getRow(8);
    expect(total.getCell(1).value).toBe("Общо");
    expect(total.getCell(1).font?.bold).toBe(true);
    expect(total.getCell(11).numFmt).toBe("0.0%");
    expect(total.getCell(11).type).toBe(ExcelJS.ValueType.Number);
  });

  it("keeps a plan out of the total and the units, and gives it no statuses: its goals are planned, not done", async () => {
    const planFile = await writeWorkbook(dir.path, "haskovo-plan-2023.xlsx", [planOf(cleanSheet(), "План 2023")]);
    const result = await run(["--summary", out, haskovoFile, planFile]);
    expect(result.code).toBe(0);
    const workbook = await readSummary(out);
    const rows = tableOf(sheetOf(workbook, "Обобщение"), 4);
    const keys = ["Файл", "Цели", "Изпълнени", "В процес на изпълнение", "Неизпълнени", "Без статус", "Изпълнение, %"];
    expect(rows.map((row) => pick(row, [...keys, "Индикативен размер, лв.", "Бележка"]))).toEqual([
      ["haskovo-2023.xlsx", 3, 1, 1, 1, 0, 1 / 3, 266305.48, null],
      ["haskovo-plan-2023.xlsx", 3, null, null, null, null, null, 266305.48, "план (Приложение №1)"],
      // The report's goals and money once, not again as the plan's.
      ["Общо", 3, 1, 1, 1, 0, 1 / 3, 266305.48, null],
    ]);
    const units = tableOf(sheetOf(workbook, "По звена"), 1);
    expect(units.map((row) => pick(row, ["Администрация", "Отговорно звено", "Цели"]))).toEqual([
      ["Областна администрация Хасково", "Дирекция АПОФУС", 2],
      ["Областна администрация Хасково", "Дирекция АКРРДС", 2],
    ]);
  });

  it("makes the header row bold, frozen and filtered, with the total kept out of the filter", async () => {
    const sheet = sheetOf(await summarize(), "Обобщение");
    expect(sheet.getRow(4).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(sheet.autoFilter).toBe("A4:R7"); // eighteen columns, "Цели от плана без отчет" among them
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(30);
  });

  it("lists the responsible units of each report, a cell naming two units counting for both", async () => {
    const sheet = sheetOf(await summarize(), "По звена");
    const rows = tableOf(sheet, 1);
    const keys = ["Администрация", "Година", "Отговорно звено", "Цели", "Изпълнени", "В процес на изпълнение"];
    expect(rows.map((row) => pick(row, [...keys, "Неизпълнени", "Изпълнение, %"]))).toEqual([
      // Хасково: "Дирекции АПОФУС и АКРРДС" on goal 3 counts for both directorates.
      ["Областна администрация Хасково", 2023, "Дирекция АПОФУС", 2, 0, 1, 1, 0],
      ["Областна администрация Хасково", 2023, "Дирекция АКРРДС", 2, 1, 0, 1, 0.5],
      ["Областна администрация Благоевград", 2024, "Дирекция АПОФУС", 2, 1, 0, 0, 0.5],
      ["Областна администрация Благоевград", 2024, "Дирекция АКРРДС", 3, 2, 1, 0, 2 / 3],
    ]);
    expect(sheet.getCell("H2").numFmt).toBe("0.0%");
  });

  it("lists the issues with file, sheet, cell, severity, rule, message, suggestion and place in the plan", async () => {
    const rows = tableOf(sheetOf(await summarize(), "Забележки"), 1);
    const statusCell = placementOf(blagoevgrad).cellOf(2, "status");
    expect(rows).toEqual([
      {
        Файл: "blagoevgrad-2024.xlsx",
        Лист: "Отчет 2024",
        Клетка: { formula: `HYPERLINK("blagoevgrad-2024.xlsx#'Отчет 2024'!${statusCell}","${statusCell}")`, result: statusCell },
        Тежест: "грешка",
        Правило: "status.invalid",
        Съобщение: expect.stringMatching(/\S/),
        Предложение: "Изпълнена",
        "В плана": null,
      },
    ]);
  });

  it("links an issue about the plan to the plan's goal, in the plan's own file", async () => {
    const planFile = await writeWorkbook(dir.path, "haskovo-plan-2023.xlsx", [planOf(cleanSheet(), "План 2023")]);
    const dropped = await writeWorkbook(dir.path, "haskovo-2023.xlsx", [cleanSheet({ rows: [cleanRows[0] as FormRow, cleanRows[2] as FormRow] })]);
    await run(["--summary", out, dropped, planFile]);
    const rows = tableOf(sheetOf(await readSummary(out), "Забележки"), 1);
    const missing = rows.find((row) => row["Правило"] === "plan.goalNotReported");
    const place = "haskovo-plan-2023.xlsx, лист „План 2023“, клетка B9";
    expect(missing?.["В плана"]).toEqual({
      formula: `HYPERLINK("haskovo-plan-2023.xlsx#'План 2023'!B9","${place}")`,
      result: place,
    });
    // An issue of the report's own has nothing there.
    const own = rows.filter((row) => !String(row["Правило"]).startsWith("plan."));
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((row) => row["В плана"]))).toEqual(new Set([null]));
  });

  it("writes text from a report as text, never as a formula", async () => {
    const formula = '=HYPERLINK("https://example.com/x","Областна администрация Хасково")';
    const tricky = cleanSheet({
      above: [
        "Отчет на ежегодните цели на администрацията за 2023 г.",
        ["Наименование на администрацията:", formula],
        ["Изготвил/лице за контакт, тел. и ел. поща:", "Мария Иванова, 038 601 234, m.ivanova@haskovo.government.bg"],
      ],
      name: "=1+1",
    });
    const file = await writeWorkbook(dir.path, "формула.xlsx", [tricky]);
    expect((await run(["--summary", out, file])).code).toBe(0);

    const workbook = await readSummary(out);
    const overview = sheetOf(workbook, "Обобщение");
    for (const cell of [overview.getCell("B5"), overview.getCell("C5"), sheetOf(workbook, "По звена").getCell("A2")]) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(overview.getCell("C5").value).toBe(formula);
    expect(overview.getCell("B5").value).toBe("=1+1");
    const own = workbook.worksheets[3] as ExcelJS.Worksheet;
    expect(own.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(own.getCell("A2").value).toBe(`${formula}, 2023 г.`);
    // And in the file itself: the only formulas are the summary's own shares and bars, none made of the report's text.
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const sheets = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
    expect(sheets).toHaveLength(4);
    const formulas: string[] = [];
    for (const part of sheets) {
      for (const m of (await part.async("string")).matchAll(/<f>([^<]*)<\/f>/g)) formulas.push(m[1] as string);
    }
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) {
      expect(f).toMatch(/^(IF\(\$B\$11=0,0,B\d+\/\$B\$11\)|REPT\(&quot;█&quot;,ROUND\(C\d+\*20,0\)\))$/);
    }
  });

  it("speaks English when asked, and totals mixed currencies in euro", async () => {
    const euroRows = cleanRows.map((row, i) => ({ ...row, amount: [null, 5000, 2000][i] ?? null }));
    const euro2026 = cleanSheet({
      name: "Отчет 2026",
      year: 2026,
      wording: 2024,
      headers: { amount: "Индикативен размер, евро" },
      rows: euroRows,
      above: [
        "Отчет на ежегодните цели на администрацията за 2026 г.",
        ["Наименование на администрацията:", "Областна администрация Хасково"],
      ],
    });
    const euroFile = await writeWorkbook(dir.path, "haskovo-2026.xlsx", [euro2026]);
    const result = await run(["--lang", "en", "--summary", out, haskovoFile, euroFile]);
    expect(result.stderr).toContain(`The summary was written to ${out}`);

    const workbook = await readSummary(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Summary",
      "By unit",
      "Issues",
      "ОА Хасково 2023",
      "ОА Хасково 2026",
    ]);
    const rows = tableOf(sheetOf(workbook, "Summary"), 4);
    expect(rows.map((row) => pick(row, ["File", "Goals", "Indicative amount, EUR"]))).toEqual([
      ["haskovo-2023.xlsx", 3, 136159.83],
      ["haskovo-2026.xlsx", 3, 7000],
      ["Total", 6, 143159.83],
    ]);
  });

  it("refuses to write over an input file, named or found in a folder, and leaves it as it was", async () => {
    const before = sha256(haskovoFile);
    const spellings = [haskovoFile, `${dir.path}/нещо/../haskovo-2023.xlsx`];
    for (const target of spellings) {
      const result = await run(["--summary", target, haskovoFile, blagoevgradFile]);
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr: expect.stringContaining(`„${target}“ е сред проверяваните файлове`),
      });
    }
    expect((await run(["--summary", haskovoFile, dir.path])).code).toBe(2);
    expect(sha256(haskovoFile)).toBe(before);
  });

  it("refuses a hard or symbolic link to an input file as the target", async () => {
    const before = sha256(haskovoFile);
    const hard = path.join(dir.path, "твърда-връзка.xlsx");
    const soft = path.join(dir.path, "символна-връзка.xlsx");
    fs.linkSync(haskovoFile, hard);
    fs.symlinkSync(haskovoFile, soft);
    for (const target of [hard, soft]) {
      const result = await run(["--summary", target, haskovoFile]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`„${target}“ е сред проверяваните файлове`);
    }
    expect(sha256(haskovoFile)).toBe(before);
  });

  it("refuses a target in a folder that does not exist, and creates nothing", async () => {
    const target = path.join(dir.path, "няма-такава-папка", "обобщение.xlsx");
    const result = await run(["--summary", target, haskovoFile]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`папката „${path.dirname(target)}“ не съществува`);
    expect(fs.existsSync(path.dirname(target))).toBe(false);
  });

  it("refuses a target that is not an .xlsx file", async () => {
    const target = path.join(dir.path, "обобщение.csv");
    const result = await run(["--summary", target, haskovoFile]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`„${target}“ не завършва на .xlsx`);
    expect(fs.existsSync(target)).toBe(false);
  });

  it("exits 0 for clean reports and writes the summary", async () => {
    const result = await run(["-s", out, haskovoFile]);
    expect(result.code).toBe(0);
    const rows = tableOf(sheetOf(await readSummary(out), "Обобщение"), 4);
    expect(rows.map((row) => row["Администрация"])).toEqual(["Областна администрация Хасково", null]);
  });
});

/** HYPERLINK("file#'Sheet'!A1","A1") taken apart, quotes undone. */
function parseLink(formula: string): { file: string; sheet: string; cell: string; label: string } | undefined {
  const m = /^HYPERLINK\("((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/.exec(formula);
  if (!m) return undefined;
  const target = (m[1] as string).replace(/""/g, '"');
  const hash = target.indexOf("#");
  const ref = /^'((?:[^']|'')*)'!([A-Z]+\d+)$/.exec(target.slice(hash + 1));
  if (hash < 0 || !ref) throw new Error(`a link that leads nowhere: ${formula}`);
  return {
    file: target.slice(0, hash),
    sheet: (ref[1] as string).replace(/''/g, "'"),
    cell: ref[2] as string,
    label: (m[2] as string).replace(/""/g, '"'),
  };
}

function everyCell(workbook: ExcelJS.Workbook, visit: (cell: ExcelJS.Cell, sheet: ExcelJS.Worksheet) => void): void {
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => visit(cell, sheet)));
}

describe("p2check --summary: files that travel", () => {
  const dir = useTempDir();

  /** Haskovo: no responsible unit on goal 1 and "изпълнена" in lower case; Сливен: no progress note. */
  async function reportsFolder(): Promise<string> {
    const reports = path.join(dir.path, "отчети");
    await writeWorkbook(reports, "2023/haskovo-2023.xlsx", [
      cleanSheet({ rows: [{ ...cleanRows[0], responsible: null, status: "изпълнена" }, ...cleanRows.slice(1)] }),
    ]);
    await writeWorkbook(reports, "2024/Отчет Сливен.xlsx", [
      cleanSheet({ rows: [{ ...cleanRows[0], progressInfo: null }, ...cleanRows.slice(1)] }),
    ]);
    return reports;
  }

  it("links every issue to its cell in the report's file, by a path relative to the summary, and never nowhere", async () => {
    const reports = await reportsFolder();
    // A "#" in a file's name would cut the link short: that file's cells are plain text.
    await writeWorkbook(reports, "отчет #3.xlsx", [cleanSheet({ rows: [{ ...cleanRows[0], responsible: null }] })]);
    const out = path.join(dir.path, "обобщения", "обобщение.xlsx");
    fs.mkdirSync(path.dirname(out));
    expect((await run(["--summary", out, reports])).code).toBe(1);

    const workbook = await readSummary(out);
    const links: ReturnType<typeof parseLink>[] = [];
    everyCell(workbook, (cell) => {
      if (cell.formula?.startsWith("HYPERLINK")) links.push(parseLink(cell.formula));
    });
    // 3 issues in the two linkable files, each linked from the "Забележки" sheet and from its report's own sheet.
    expect(links).toHaveLength(6);
    const opened = new Map<string, ExcelJS.Workbook>();
    for (const link of links) {
      if (!link) throw new Error("not a link");
      expect(link.file).toMatch(/^\.\.\/отчети\/20\d\d\/[^\\]+\.xlsx$/);
      const file = path.resolve(path.dirname(out), link.file);
      expect(fs.existsSync(file)).toBe(true);
      const report = opened.get(file) ?? (await readSummary(file));
      opened.set(file, report);
      const sheet = report.getWorksheet(link.sheet);
      expect(sheet).toBeDefined();
      const target = sheet?.getCell(link.cell);
      expect(Number(target?.row)).toBeLessThanOrEqual(sheet?.rowCount ?? 0);
      expect(Number(target?.col)).toBeLessThanOrEqual(sheet?.columnCount ?? 0);
      expect(link.label).toBe(link.cell);
    }
    expect(opened.size).toBe(2);
    const hashRow = tableOf(sheetOf(workbook, "Забележки"), 1).find((row) => row["Файл"] === "отчет #3.xlsx");
    expect(hashRow?.["Клетка"]).toMatch(/^[A-Z]+\d+$/);
  });

  it("prints every sheet on A4 landscape, one page wide, with its header rows on every page", async () => {
    const out = path.join(dir.path, "обобщение.xlsx");
    await run(["--summary", out, await reportsFolder()]);
    const workbook = await readSummary(out);
    const titles = workbook.worksheets.map((sheet) => {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      return [sheet.name, sheet.pageSetup.printTitlesRow];
    });
    expect(titles).toEqual([
      ["Обобщение", "4:4"],
      ["По звена", "1:1"],
      ["Забележки", "1:1"],
      ["ОА Хасково 2023", "1:2"],
      ["ОА Хасково 2023 (2)", "1:2"],
    ]);
    // As Excel and LibreOffice read it: one "$" before each row number.
    const book = await (await JSZip.loadAsync(fs.readFileSync(out))).file("xl/workbook.xml")?.async("string");
    expect(book).toContain("&apos;Обобщение&apos;!$4:$4<");
    expect(book).not.toContain("$$");
  });

  it("stores a row height for wrapped text, at least the lines it needs at Calibri's widest", async () => {
    const out = path.join(dir.path, "обобщение.xlsx");
    await run(["--summary", out, await reportsFolder()]);
    const workbook = await readSummary(out);
    let wrapped = 0;
    everyCell(workbook, (cell, sheet) => {
      if (!cell.alignment?.wrapText || typeof cell.value !== "string") return;
      wrapped++;
      const width = sheet.getColumn(cell.col).width ?? 8.43;
      // Calibri fits at most about 1.2 Cyrillic letters per character of column width.
      const lines = Math.ceil(cell.value.length / (1.2 * width));
      if (lines > 1) expect(sheet.getRow(Number(cell.row)).height).toBeGreaterThanOrEqual(lines * 15);
    });
    expect(wrapped).toBeGreaterThan(10);
  });

  it("gives two reports of one long-named administration sheets of their own", async () => {
    const ministry = "Министерство на регионалното развитие и благоустройството";
    const above = (year: number) => [
      `Отчет на ежегодните цели на администрацията за ${year} г.`,
      ["Наименование на администрацията:", ministry] as [string, string],
    ];
    const first = await writeWorkbook(dir.path, "мррб-1.xlsx", [cleanSheet({ above: above(2023) })]);
    const second = await writeWorkbook(dir.path, "мррб-2.xlsx", [cleanSheet({ above: above(2023) })]);
    const out = path.join(dir.path, "обобщение.xlsx");
    const result = await run(["--summary", out, first, second]);
    expect(result.stderr).toContain("Обобщението е записано");
    const names = (await readSummary(out)).worksheets.map((sheet) => sheet.name).slice(3);
    expect(names).toEqual(["Министерство на регионалното ра", "Министерство на регионалнот (2)"]);
  });

  it("cuts a text longer than a cell holds, with an ellipsis, in every sheet", async () => {
    const long = "Неизпълнена поради липса на финансиране; ".repeat(1000);
    const file = await writeWorkbook(dir.path, "дълъг.xlsx", [cleanSheet({ rows: [{ ...cleanRows[0], status: long }] })]);
    const out = path.join(dir.path, "обобщение.xlsx");
    await run(["--summary", out, file]);
    const workbook = await readSummary(out);
    const cut = new Set<string>();
    everyCell(workbook, (cell, sheet) => {
      const value = String(cell.value ?? "");
      expect(value.length).toBeLessThanOrEqual(32_767);
      if (value.length === 32_767 && value.endsWith("…")) cut.add(sheet.name);
    });
    expect([...cut]).toEqual(["Забележки", "ОА Хасково 2023"]);
  });
});
