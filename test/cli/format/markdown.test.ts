import { cleanSheet, cleanWith } from "../../fixtures/clean";
import { run, useTempDir, writeBytes, writeWorkbook } from "../helpers";

/** A markdown table row's cells: split on pipes that are not escaped. */
function tableCells(line: string): string[] {
  return line
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

describe("--format md", () => {
  const dir = useTempDir();

  it("has a section per sheet with the roll-up and a table of issues", async () => {
    const file = await writeWorkbook(dir.path, "latin-e.xlsx", [cleanWith(1, { status: "Изпълнeна" })]);
    const { stdout } = await run([file, "--format", "md"]);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(`## ${file.replace(/_/g, "\\_")} — лист „Отчет 2023“`);
    expect(lines).toContain("Администрация: Областна администрация Хасково  ");
    expect(lines).toContain("Година: 2023  ");
    expect(lines).toContain("Грешки: 1 · предупреждения: 0 · за сведение: 0");
    expect(lines).toContain("| Клетка | Тежест | Правило | Съобщение |");
    expect(lines).toContain(
      "| M9 | грешка | `status.invalid` | Статусът „Изпълнeна“ не е от допустимите: Изпълнена, Неизпълнена, " +
        "В процес на изпълнение (предложение: „Изпълнена“) |",
    );
  });

  it("says there are no issues for the clean sheet", async () => {
    const file = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    const { stdout } = await run([file, "--format", "md"]);
    expect(stdout).toContain("Няма забележки.");
    expect(stdout).not.toContain("| Клетка |");
  });

  it("escapes | and line breaks in cell text, so the table keeps its four columns", async () => {
    const file = await writeWorkbook(dir.path, "pipes.xlsx", [
      cleanWith(1, { status: "Изпълнена | Неизпълнена" }),
      cleanWith(1, { status: "Изпълнена\nчастично" }, { name: "Ред | два" }),
    ]);
    const { stdout } = await run([file, "--format", "md"]);
    const rows = stdout.split("\n").filter((line) => line.startsWith("| "));
    expect(rows).toHaveLength(4); // a header row and one issue for each of the two sheets
    for (const row of rows) expect(tableCells(row)).toHaveLength(4);
    expect(stdout).toContain("Статусът „Изпълнена \\| Неизпълнена“ не е от допустимите");
    expect(stdout).toContain("Статусът „Изпълнена частично“ не е от допустимите");
    expect(stdout).toContain("лист „Ред \\| два“");
  });

  it("names an unreadable file and adds a total for several files", async () => {
    const clean = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    const text = writeBytes(dir.path, "text.xlsx", "текст");
    const { stdout } = await run([clean, text, "--format", "md", "--lang", "en"]);
    expect(stdout).toContain("**CANNOT BE READ: the file is not an Excel workbook (.xlsx)**");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "Total: files 2, sheets 1 · errors 0 · warnings 0 · info 0 · unreadable files 1",
    );
  });
});
