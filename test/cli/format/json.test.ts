import { ReportSchema, UnreadableFileSchema } from "../../../src/core";
import { cleanSheet, cleanWith } from "../../fixtures/clean";
import { haskovo2023 } from "../../fixtures/reference/haskovo2023";
import { PassThrough } from "node:stream";
import { main } from "../../../src/cli/main";
import { run, useTempDir, writeBytes, writeWorkbook } from "../helpers";

describe("--format json", () => {
  const dir = useTempDir();

  it("prints a single Report object for one sheet", async () => {
    const file = await writeWorkbook(dir.path, "latin-e.xlsx", [cleanWith(1, { status: "Изпълнeна" })]);
    const parsed: unknown = JSON.parse((await run([file, "--format", "json"])).stdout);
    expect(Array.isArray(parsed)).toBe(false);
    const report = ReportSchema.strict().parse(parsed);
    expect(report).toMatchObject({ file, sheet: "Отчет 2023", form: "report", counts: { error: 1, warning: 0, info: 0 } });
    expect(report.issues).toEqual([
      expect.objectContaining({ rule: "status.invalid", cell: "M9", field: "status", suggestion: "Изпълнена" }),
    ]);
  });

  it("prints an array of Reports for two files, in the order given", async () => {
    const haskovo = await writeWorkbook(dir.path, "haskovo.xlsx", [haskovo2023]);
    const clean = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    const parsed: unknown = JSON.parse((await run([haskovo, clean, "--format", "json"])).stdout);
    expect(Array.isArray(parsed)).toBe(true);
    const reports = (parsed as unknown[]).map((item) => ReportSchema.parse(item));
    expect(reports.map((r) => r.file)).toEqual([haskovo, clean]);
  });

  it("prints the array as JSON.stringify with two spaces would, one item at a time", async () => {
    const haskovo = await writeWorkbook(dir.path, "haskovo.xlsx", [haskovo2023]);
    const clean = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
    const text = writeBytes(dir.path, "text.xlsx", "текст");
    const chunks: string[] = [];
    await main([haskovo, clean, text, "--format", "json"], { stdout: (chunk) => chunks.push(chunk), stderr: new PassThrough() });
    const stdout = chunks.join("");
    expect(stdout).toBe(JSON.stringify(JSON.parse(stdout), null, 2) + "\n");
    // Never the whole document in one string: a piece per item, and the closing bracket.
    expect(chunks.length).toBe(4);
  });

  it("prints an array for one file with two sheets that hold the form", async () => {
    const file = await writeWorkbook(dir.path, "two.xlsx", [cleanSheet(), cleanSheet({ name: "Копие" })]);
    const parsed: unknown = JSON.parse((await run([file, "--format", "json"])).stdout);
    expect((parsed as unknown[]).map((item) => ReportSchema.parse(item).sheet)).toEqual(["Отчет 2023", "Копие"]);
  });

  it("prints {file, error} for an unreadable file", async () => {
    const text = writeBytes(dir.path, "text.xlsx", "текст");
    const parsed: unknown = JSON.parse((await run([text, "--format", "json"])).stdout);
    expect(UnreadableFileSchema.strict().parse(parsed)).toEqual({
      file: text,
      error: "файлът не е работна книга на Excel (.xlsx)",
    });
  });

  it("gives a workbook without the form one “not found” Report", async () => {
    const file = await writeWorkbook(dir.path, "other.xlsx", [{ name: "Бюджет", cells: { A1: "Бюджет 2024", B2: 1200 } }]);
    const report = ReportSchema.parse(JSON.parse((await run([file, "--format", "json"])).stdout));
    expect(report).toMatchObject({ form: "unknown", layout: { found: false }, sheet: "Бюджет" });
    expect(report.issues.map((issue) => issue.rule)).toEqual(["layout.notFound"]);
  });

  it("has the messages in English with --lang en", async () => {
    const file = await writeWorkbook(dir.path, "latin-e.xlsx", [cleanWith(1, { status: "Изпълнeна" })]);
    const report = ReportSchema.parse(JSON.parse((await run([file, "--format", "json", "--lang", "en"])).stdout));
    expect(report.issues[0]?.message).toBe(
      "The status “Изпълнeна” is not one of the allowed: Изпълнена, Неизпълнена, В процес на изпълнение",
    );
  });
});
