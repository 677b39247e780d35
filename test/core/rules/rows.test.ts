import { checkOne, issuesOf, ruleCells } from "../../fixtures/check";
import { cleanRows, cleanSheet, cleanWith } from "../../fixtures/clean";

describe("row.numberMissing", () => {
  it("warns on a goal row without its number", async () => {
    const report = await checkOne(cleanWith(1, { no: null }));
    expect(ruleCells(report, "row.")).toEqual(["row.numberMissing@A9"]);
    expect(report.rollup.goals).toBe(3);
  });

  it("is not raised on rows that only carry the goal's further indicators", async () => {
    const rows = [...cleanRows.slice(0, 2), { indicator: "Дял на проверените проекти", currentValue: "0 %", targetValue: "100 %" }, cleanRows[2]!];
    const report = await checkOne(cleanSheet({ rows: rows.map((r, i) => (i === 3 ? { ...r, no: "3." } : r)) }));
    expect(ruleCells(report, "row.")).toEqual([]);
    expect(report.rollup.goals).toBe(3);
  });
});

describe("row.numberSequence", () => {
  it("warns where a number repeats and where one is skipped", async () => {
    const rows = [...cleanRows, { ...cleanRows[0]!, no: "3." }, { ...cleanRows[1]!, no: "6." }];
    const report = await checkOne(cleanSheet({ rows }));
    expect(ruleCells(report, "row.")).toEqual(["row.numberSequence@A11", "row.numberSequence@A12"]);
    expect(issuesOf(report, "row.numberSequence")[1]?.message).toBe("„Ред №“ е 6, а след 3 се очаква 4");
  });

  it("accepts numbers typed as 1, 2, 3 as well as 1., 2., 3.", async () => {
    const report = await checkOne(cleanSheet({ rows: cleanRows.map((r, i) => ({ ...r, no: i + 1 })) }));
    expect(ruleCells(report, "row.")).toEqual([]);
  });
});

describe("row.emptyNumbered", () => {
  it("points out template padding rows, which raise nothing else and do not count", async () => {
    const report = await checkOne(cleanSheet({ rows: [...cleanRows, { no: "4." }, { no: "5." }] }));
    expect(ruleCells(report)).toEqual(["row.emptyNumbered@A11", "row.emptyNumbered@A12"]);
    expect(issuesOf(report, "row.emptyNumbered").every((i) => i.severity === "info")).toBe(true);
    expect(report.rollup.goals).toBe(3);
    expect(report.layout.lastDataRow).toBe(12);
  });

  it("is not raised on a numbered row that has a goal", async () => {
    expect(issuesOf(await checkOne(cleanSheet()), "row.emptyNumbered")).toEqual([]);
  });
});

describe("goal.missing", () => {
  it("is an error on a numbered row with content but no goal", async () => {
    const report = await checkOne(cleanWith(2, { goal: null }));
    expect(ruleCells(report, "goal.")).toEqual(["goal.missing@B10"]);
    expect(report.rollup.goals).toBe(3);
  });

  it("is an error (with the missing number) on a row that has a status of its own but no goal", async () => {
    const stray = { indicator: "Брой проверки", currentValue: "0", targetValue: "2", responsible: "Дирекция АКРРДС", status: "Изпълнена", progressInfo: "Извършени са 2 броя проверки" };
    const report = await checkOne(cleanSheet({ rows: [...cleanRows, stray] }));
    expect(ruleCells(report, "goal.").concat(ruleCells(report, "row."))).toEqual(["goal.missing@B11", "row.numberMissing@A11"]);
    expect(report.rollup.goals).toBe(4);
  });

  it("is not raised on continuation rows of a goal merged over three rows", async () => {
    const rows = [
      { ...cleanRows[0]!, span: 3 },
      { indicator: "Дял на услугите онлайн", currentValue: "10 %", targetValue: "30 %" },
      { indicator: "Брой обучени служители", currentValue: "0 бр.", targetValue: "15 бр." },
      ...cleanRows.slice(1).map((r, i) => ({ ...r, no: `${i + 2}.` })),
    ];
    const report = await checkOne(cleanSheet({ rows }));
    expect(report.issues).toEqual([]);
    expect(report.rollup.goals).toBe(3);
  });
});
