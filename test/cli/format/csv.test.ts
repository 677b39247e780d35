import { csvCell } from "../../../src/cli/format/csv";
import { ReportSchema } from "../../../src/core";
import { cleanSheet, cleanWith } from "../../fixtures/clean";
import { blagoevgrad2024 } from "../../fixtures/reference/blagoevgrad2024";
import { jsonItems, parseCsv, run, useTempDir, writeBytes, writeWorkbook } from "../helpers";

const HEADER = ["файл", "лист", "клетка", "тежест", "правило", "поле", "съобщение", "предложение"];

/** The issues of the same files as the JSON output gives them, as CSV rows would hold them. */
async function issueRowsFromJson(files: string[]): Promise<string[][]> {
  const reports = jsonItems((await run([...files, "--format", "json"])).stdout).map((item) => ReportSchema.parse(item));
  return reports.flatMap((report) =>
    report.issues.map((issue) => [
      report.file ?? "",
      issue.sheet,
      issue.cell,
      issue.severity,
      issue.rule,
      issue.field ?? "",
      issue.message,
      issue.suggestion ?? "",
    ]),
  );
}

describe("--format csv", () => {
  const dir = useTempDir();

  it("starts with a UTF-8 byte-order mark and a header, separated by semicolons, lines ended by CRLF", async () => {
    const file = await writeWorkbook(dir.path, "latin-e.xlsx", [cleanWith(1, { status: "Изпълнeна" })]);
    const { stdout } = await run([file, "--format", "csv"]);
    expect(Buffer.from(stdout, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(stdout).toBe(
      "\uFEFF" +
        HEADER.join(";") +
        "\r\n" +
        `${file};Отчет 2023;M9;error;status.invalid;status;` +
        "Статусът „Изпълнeна“ не е от допустимите: Изпълнена, Неизпълнена, В процес на изпълнение;Изпълнена\r\n",
    );
  });

  it("has one line per issue, with the same file, sheet, cell, severity, rule, field, message and suggestion", async () => {
    const blagoevgrad = await writeWorkbook(dir.path, "blagoevgrad.xlsx", [blagoevgrad2024]);
    const latinE = await writeWorkbook(dir.path, "latin-e.xlsx", [cleanWith(1, { status: "Изпълнeна" })]);
    const [header, ...rows] = parseCsv((await run([blagoevgrad, latinE, "--format", "csv"])).stdout);
    expect(header).toEqual(HEADER);
    const expected = await issueRowsFromJson([blagoevgrad, latinE]);
    expect(expected.length).toBeGreaterThan(10);
    expect(rows).toEqual(expected);
  });

  it("has the English header with --lang en", async () => {
    const file = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    expect((await run([file, "--format", "csv", "--lang", "en"])).stdout).toBe(
      "\uFEFFfile;sheet;cell;severity;rule;field;message;suggestion\r\n",
    );
  });

  it("quotes cells holding semicolons, quotes or line breaks, so every line keeps its eight columns", async () => {
    const status = 'Изпълнена; "почти"\nвтори ред';
    const file = await writeWorkbook(dir.path, "quotes.xlsx", [cleanWith(1, { status })]);
    const { stdout } = await run([file, "--format", "csv"]);
    expect(stdout).toContain('"Статусът „Изпълнена; ""почти""\nвтори ред“ не е от допустимите');
    const rows = parseCsv(stdout);
    expect(rows.every((row) => row.length === 8)).toBe(true);
    expect(rows.slice(1)).toEqual(await issueRowsFromJson([file]));
  });

  it("never lets a cell start with = + - @, so Excel does not run it as a formula", async () => {
    const file = await writeWorkbook(dir.path, "formulas.xlsx", [
      cleanWith(1, {
        status: '=HYPERLINK("http://x","y")',
        goal: "-Развитие на трансгранично сътрудничество",
        responsible: "+Дирекция АКРРДС",
        progressInfo: "@Двата проекта са приключили",
      }),
    ]);
    const { stdout } = await run([file, "--format", "csv"]);
    const rows = parseCsv(stdout);
    expect(rows.map((row) => row[4])).toEqual(expect.arrayContaining(["status.invalid", "text.formulaLike"]));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(stdout).toContain('Статусът „=HYPERLINK(""http://x"",""y"")“');
  });

  it("puts an apostrophe before a sheet name that starts like a formula", async () => {
    const file = await writeWorkbook(dir.path, "sheets.xlsx", [
      cleanWith(1, { status: null }, { name: "=Отчет" }),
      cleanWith(1, { status: null }, { name: "-Копие" }),
    ]);
    const rows = parseCsv((await run([file, "--format", "csv"])).stdout).slice(1);
    expect(rows.map((row) => [row[1], row[2], row[4]])).toEqual([
      ["'=Отчет", "M9", "status.missing"],
      ["'-Копие", "M9", "status.missing"],
    ]);
  });

  it("gives an unreadable file one line with its reason", async () => {
    const text = writeBytes(dir.path, "text.xlsx", "текст");
    const rows = parseCsv((await run([text, "--format", "csv"])).stdout);
    expect(rows).toEqual([
      HEADER,
      [text, "", "", "error", "file.unreadable", "", "файлът не е работна книга на Excel (.xlsx)", ""],
    ]);
  });
});

describe("csvCell", () => {
  it.each([
    ["Изпълнена", "Изпълнена"],
    ["a;b", '"a;b"'],
    ['казва "да"', '"казва ""да"""'],
    ["ред\nред", '"ред\nред"'],
    ["ред\r\nред", '"ред\r\nред"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["=1+1", "'=1+1"],
    ["+359 888", "'+359 888"],
    ["-Развитие", "'-Развитие"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["", ""],
  ])("%j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
