/** check() end to end on the bundled sample and the reference reports: the Report contract and its languages. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkSheet, checkWorkbook, ReportSchema, type Report } from "../../src/core";
import { readWorkbook } from "../../src/file/readWorkbook";
import { checkOne } from "../fixtures/check";
import { cleanWith } from "../fixtures/clean";
import { haskovo2023 } from "../fixtures/reference/haskovo2023";

const SAMPLE = path.join(__dirname, "../../assets/samples/blagoevgrad-2024.xlsx");

async function checkSample(): Promise<Report> {
  const reports = checkWorkbook(await readWorkbook(readFileSync(SAMPLE)), { file: "blagoevgrad-2024.xlsx" });
  expect(reports).toHaveLength(1);
  return reports[0] as Report;
}

describe("the bundled sample (Благоевград 2024, as it really is)", () => {
  it("gives a Report that passes the schema", async () => {
    const report = await checkSample();
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.file).toBe("blagoevgrad-2024.xlsx");
  });

  it("has 15 goals, all fulfilled", async () => {
    const { rollup, layout } = await checkSample();
    expect(rollup.goals).toBe(15);
    expect(rollup.byStatus).toEqual({ fulfilled: 15, inProgress: 0, notFulfilled: 0, missing: 0, invalid: 0 });
    expect(rollup.completionPercent).toBe(100);
    expect(layout).toMatchObject({ administration: "Областна администрация Благоевград", year: 2024 });
  });

  it("points out the 8 padding rows 16.–23. once each, with nothing else on them", async () => {
    const report = await checkSample();
    const padding = report.issues.filter((i) => i.rule === "row.emptyNumbered");
    expect(padding.map((i) => i.message)).toEqual(
      [16, 17, 18, 19, 20, 21, 22, 23].map((n) => `Ред № ${n} е празен (останал от образеца); може да бъде изтрит`),
    );
    const paddingRows = new Set(padding.map((i) => i.cell.replace(/^[A-Z]+/, "")));
    const onPadding = report.issues.filter((i) => paddingRows.has(i.cell.replace(/^[A-Z]+/, "")));
    expect(onPadding).toEqual(padding);
  });

  it("keeps the report's real flaws: goal 2's item lists differ, goal 9 has no values", async () => {
    const report = await checkSample();
    const rules = report.issues.map((i) => i.rule);
    expect(rules).toContain("indicator.itemCountMismatch");
    expect(rules).toContain("indicator.targetMissing");
    expect(report.counts.error).toBeGreaterThan(0);
  });
});

describe("the Report contract", () => {
  it("holds for the 2023 report, the plan form and a sheet that is not the form", async () => {
    const reports = [
      await checkOne(haskovo2023),
      checkSheet({ name: "Празен", origin: { row: 1, col: 1 }, values: [["Бележка"]], merges: [] }),
    ];
    for (const report of reports) expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(reports[1]).toMatchObject({ form: "unknown", layout: { found: false }, counts: { error: 1 } });
  });

  it("writes messages in English when asked, with the same rules and cells", async () => {
    const sheet = cleanWith(1, { status: "Изпълнeна", progressInfo: null });
    const bg = await checkOne(sheet);
    const en = await checkOne(sheet, { lang: "en" });
    expect(en.issues.map((i) => [i.rule, i.cell, i.suggestion])).toEqual(bg.issues.map((i) => [i.rule, i.cell, i.suggestion]));
    expect(en.issues.map((i) => i.message)).toEqual([
      "The status “Изпълнeна” is not one of the allowed: Изпълнена, Неизпълнена, В процес на изпълнение",
      "No progress note is given (status “Изпълнeна”)",
    ]);
  });

  it("lists layout issues first, then the rows in reading order", async () => {
    const report = await checkOne(cleanWith(2, { goal: null, responsible: null }, { extraHeaders: ["Бележки"] }));
    expect(report.issues.map((i) => `${i.rule}@${i.cell}`)).toEqual([
      "layout.columnUnknown@O5",
      "goal.missing@B10",
      "responsible.missing@L10",
    ]);
  });
});
