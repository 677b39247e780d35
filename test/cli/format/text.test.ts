import path from "node:path";
import { cleanRows, cleanSheet, cleanWith } from "../../fixtures/clean";
import { planOf } from "../../fixtures/plan";
import { run, useTempDir, writeBytes, writeWorkbook } from "../helpers";

describe("--format text (the default)", () => {
  const dir = useTempDir();

  it("shows the file and sheet, administration, year, goals with completion, counts and “no issues”", async () => {
    const file = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    const { stdout } = await run([file]);
    expect(stdout.split("\n")).toEqual(
      expect.arrayContaining([
        `Файл: ${file} — лист „Отчет 2023“`,
        "  Администрация: Областна администрация Хасково · Година: 2023",
        "  Цели: 3 · изпълнени 1 (33,3 %) · в процес 1 · неизпълнени 1 · без статус 0 · с невалиден статус 0",
        "  Грешки: 0 · предупреждения: 0 · за сведение: 0",
        "  Няма забележки.",
      ]),
    );
  });

  it("says of a plan that completion is the report's to tell, and counts goals per unit and per heading", async () => {
    const plan = planOf(cleanSheet({ rows: [{ heading: "Приоритет 1. Електронно управление" }, ...cleanRows] }));
    const file = await writeWorkbook(dir.path, "plan.xlsx", [plan]);
    const { stdout } = await run([file]);
    expect(stdout).toContain("  Цели в плана: 3 · изпълнението им се отчита в отчета (Приложение №2)\n");
    expect(stdout).toContain("    Дирекция АПОФУС: 2 цели\n");
    expect(stdout).toContain("  По раздели\n    Приоритет 1. Електронно управление: 3 цели\n");
    expect(stdout).not.toMatch(/изпълнени 0 \(0 %\)|без статус/);
  });

  it("shows a status typed with a Latin “e” under the errors, with its cell and the suggestion „Изпълнена“", async () => {
    const file = await writeWorkbook(dir.path, "latin-e.xlsx", [cleanWith(1, { status: "Изпълнeна" })]);
    const { stdout } = await run([file]);
    expect(stdout).toContain("  Грешки: 1 · предупреждения: 0 · за сведение: 0");
    expect(stdout).toContain(
      "\n  Грешки (1)\n" +
        "    M9     Статусът „Изпълнeна“ не е от допустимите: Изпълнена, Неизпълнена, В процес на изпълнение" +
        " — предложение: „Изпълнена“  [status.invalid]\n",
    );
  });

  it("groups the issues by severity: errors, then warnings, then info", async () => {
    const sheet = cleanSheet({
      extraHeaders: ["Бележка"], // info: a column not in the template
      rows: [
        { ...cleanRows[0]!, currentValue: null }, // warning: no current value
        cleanRows[1]!,
        { ...cleanRows[2]!, responsible: null }, // error: no responsible unit
      ],
    });
    const file = await writeWorkbook(dir.path, "mixed.xlsx", [sheet]);
    const lines = (await run([file])).stdout.split("\n");
    const at = (text: string) => lines.findIndex((line) => line.includes(text));
    expect(lines).toContain("  Грешки (1)");
    expect(lines).toContain("  Предупреждения (1)");
    expect(lines).toContain("  За сведение (1)");
    expect(at("Грешки (1)")).toBeLessThan(at("[responsible.missing]"));
    expect(at("[responsible.missing]")).toBeLessThan(at("Предупреждения (1)"));
    expect(at("Предупреждения (1)")).toBeLessThan(at("[indicator.currentMissing]"));
    expect(at("[indicator.currentMissing]")).toBeLessThan(at("За сведение (1)"));
    expect(at("За сведение (1)")).toBeLessThan(at("[layout.columnUnknown]"));
    expect(lines[at("[responsible.missing]")]).toMatch(/^ {4}L10 +Не е посочено отговорно звено/);
    expect(lines[at("[indicator.currentMissing]")]).toMatch(/^ {4}G8 +/);
    expect(lines[at("[layout.columnUnknown]")]).toMatch(/^ {4}O5 +Колоната „Бележка“/);
  });

  it("speaks English with --lang en", async () => {
    const file = await writeWorkbook(dir.path, "latin-e.xlsx", [cleanWith(1, { status: "Изпълнeна" })]);
    const { stdout } = await run([file, "--lang", "en"]);
    expect(stdout).toContain("  Administration: Областна администрация Хасково · Year: 2023");
    expect(stdout).toContain(
      "  Goals: 3 · fulfilled 0 (0 %) · in progress 1 · not fulfilled 1 · no status 0 · invalid status 1",
    );
    expect(stdout).toContain("  Errors: 1 · warnings: 0 · info: 0");
    expect(stdout).toContain("\n  Errors (1)\n");
    expect(stdout).toContain("M9     The status “Изпълнeна” is not one of the allowed");
    expect(stdout).toContain("suggestion: “Изпълнена”  [status.invalid]");
    expect(stdout).not.toMatch(/Грешки|Цели|предложение/);
  });

  it("adds a total line for several files and names an unreadable file with its reason", async () => {
    const clean = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    const noStatus = await writeWorkbook(dir.path, "no-status.xlsx", [cleanWith(0, { status: null })]);
    const text = writeBytes(dir.path, "text.xlsx", "текст");
    const { stdout } = await run([clean, noStatus, text]);
    expect(stdout).toContain(`Файл: ${text}\n  НЕ МОЖЕ ДА СЕ ПРОЧЕТЕ: файлът не е работна книга на Excel (.xlsx)\n`);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "Общо: файлове 3, листове 2 · грешки 1 · предупреждения 0 · за сведение 0 · непрочетени файлове 1",
    );
    expect(stdout.indexOf(path.basename(clean))).toBeLessThan(stdout.indexOf(path.basename(noStatus)));
  });
});
