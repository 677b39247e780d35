import { csvCell } from "../../../src/cli/format/csv";
import { ReportSchema, type Lang } from "../../../src/core";
import { text } from "../../../src/core/i18n/strings";
import { cleanSheet, cleanWith } from "../../fixtures/clean";
import { blagoevgrad2024 } from "../../fixtures/reference/blagoevgrad2024";
import { jsonItems, parseCsv, run, useTempDir, writeBytes, writeWorkbook } from "../helpers";

const HEADER = ["файл", "лист", "клетка", "тежест", "правило", "поле", "съобщение", "предложение", "в плана"];

/** The issues of the same files as the JSON output gives them, as CSV rows would hold them in the language. */
async function issueRowsFromJson(files: string[], lang: Lang = "bg"): Promise<string[][]> {
  const json = (await run([...files, "--format", "json", "--lang", lang])).stdout;
  const reports = jsonItems(json).map((item) => ReportSchema.parse(item));
  return reports.flatMap((report) =>
    report.issues.map((issue) => [
      report.file ?? "",
      issue.sheet,
      issue.cell,
      text(lang, `cli.severityName.${issue.severity}`),
      issue.rule,
      issue.field ? text(lang, `field.${issue.field}`) : "",
      issue.message,
      issue.suggestion ?? "",
      issue.source ? placeIn(issue.source, lang) : "",
    ]),
  );
}

/** Where a plan's goal is, as the CSV's last column says it. */
function placeIn({ file, sheet, cell }: { file?: string; sheet: string; cell: string }, lang: Lang): string {
  const at = lang === "bg" ? `лист „${sheet}“, клетка ${cell}` : `sheet “${sheet}”, cell ${cell}`;
  return file === undefined ? at : `${file}, ${at}`;
}

/** How many commas of a line lie outside double quotes. */
function commasOutsideQuotes(line: string): number {
  let quoted = false;
  let commas = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) commas++;
  }
  return commas;
}

/** A line as it is written: every field quoted. */
const quotedLine = (fields: string[]) => fields.map((field) => `"${field}"`).join(";");

describe("--format csv", () => {
  const dir = useTempDir();

  it("starts with a UTF-8 byte-order mark and a header, every field quoted, separated by semicolons, lines ended by CRLF", async () => {
    const file = await writeWorkbook(dir.path, "latin-e.xlsx", [cleanWith(1, { status: "Изпълнeна" })]);
    const { stdout } = await run([file, "--format", "csv"]);
    expect(Buffer.from(stdout, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const message = "Статусът „Изпълнeна“ не е от допустимите: Изпълнена, Неизпълнена, В процес на изпълнение";
    expect(stdout).toBe(
      "\uFEFF" +
        quotedLine(HEADER) +
        "\r\n" +
        quotedLine([file, "Отчет 2023", "M9", "грешка", "status.invalid", "Статус на изпълнението", message, "Изпълнена", ""]) +
        "\r\n",
    );
  });

  it("says severity and field in English with --lang en, the rule's id the same in both", async () => {
    const file = await writeWorkbook(dir.path, "latin-e.xlsx", [cleanWith(1, { status: "Изпълнeна" })]);
    const [, row] = parseCsv((await run([file, "--format", "csv", "--lang", "en"])).stdout);
    expect(row?.slice(3, 6)).toEqual(["error", "status.invalid", "Status"]);
    expect(parseCsv((await run([file, "--format", "csv"])).stdout)[1]?.slice(3, 6)).toEqual([
      "грешка",
      "status.invalid",
      "Статус на изпълнението",
    ]);
  });

  it("keeps each line and field whole for a reader that splits on commas, quotes respected", async () => {
    const status = "Изпълнена,=cmd|' /C calc'!A0";
    const file = await writeWorkbook(dir.path, "commas.xlsx", [cleanWith(1, { status })]);
    const { stdout } = await run([file, "--format", "csv"]);
    const lines = stdout.slice(1).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      // Every comma is inside quotes: a reader set to "," (which honours quotes, as spreadsheets do) finds no field
      // boundary in the line at all, so nothing from a report's cell can start a field.
      expect(commasOutsideQuotes(line)).toBe(0);
      expect(line.slice(1, -1).split('";"')).toHaveLength(9);
    }
    expect(parseCsv(stdout)[1]?.[6]).toContain(status);
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
      "\uFEFF" + quotedLine(["file", "sheet", "cell", "severity", "rule", "field", "message", "suggestion", "in the plan"]) + "\r\n",
    );
  });

  it("quotes cells holding semicolons, quotes or line breaks, so every line keeps its nine columns", async () => {
    const status = 'Изпълнена; "почти"\nвтори ред';
    const file = await writeWorkbook(dir.path, "quotes.xlsx", [cleanWith(1, { status })]);
    const { stdout } = await run([file, "--format", "csv"]);
    expect(stdout).toContain('"Статусът „Изпълнена; ""почти""\nвтори ред“ не е от допустимите');
    const rows = parseCsv(stdout);
    expect(rows.every((row) => row.length === 9)).toBe(true);
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
      [text, "", "", "грешка", "file.unreadable", "", "файлът не е работна книга на Excel (.xlsx)", "", ""],
    ]);
  });
});

describe("csvCell", () => {
  it.each([
    ["Изпълнена", '"Изпълнена"'],
    ["a;b", '"a;b"'],
    ["a,b", '"a,b"'],
    ['казва "да"', '"казва ""да"""'],
    ["ред\nред", '"ред\nред"'],
    ["ред\r\nред", '"ред\r\nред"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["=1+1", `"'=1+1"`],
    ["+359 888", `"'+359 888"`],
    ["-Развитие", `"'-Развитие"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\t=1", `"'\t=1"`],
    ["\n=1", `"'\n=1"`],
    ["", '""'],
  ])("%j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
