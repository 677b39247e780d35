/** Goals spread over several rows count once, and their continuation rows raise no "missing" findings. */
import { checkOne, ruleCells } from "../fixtures/check";
import { cleanRows, cleanSheet } from "../fixtures/clean";

const further = [
  { indicator: "Дял на услугите, заявени онлайн", currentValue: "10 %", targetValue: "30 %" },
  { indicator: "Брой обучени служители", currentValue: "0 бр.", targetValue: null },
];

describe("a goal spread over several rows", () => {
  it("counts once when its goal cells are merged over three rows, and each row's indicator is checked", async () => {
    const rows = [{ ...cleanRows[0]!, span: 3 }, ...further, ...cleanRows.slice(1)];
    const report = await checkOne(cleanSheet({ rows: rows.map((r, i) => (i > 2 ? { ...r, no: `${i - 1}.` } : r)) }));
    expect(report.rollup.goals).toBe(3);
    expect(report.rollup.byStatus).toMatchObject({ inProgress: 1, fulfilled: 1, notFulfilled: 1 });
    // Only the third row's own flaw: no goal, status, unit or number is "missing" on rows 9 and 10.
    expect(ruleCells(report)).toEqual(["indicator.targetMissing@H10"]);
  });

  it("counts once when the rows under it carry only indicator values, without merged cells", async () => {
    const rows = [cleanRows[0]!, ...further, ...cleanRows.slice(1)];
    const report = await checkOne(cleanSheet({ rows: rows.map((r, i) => (i > 2 ? { ...r, no: `${i - 1}.` } : r)) }));
    expect(report.rollup.goals).toBe(3);
    expect(ruleCells(report)).toEqual(["indicator.targetMissing@H10"]);
  });

  it("counts a merged status once for the goal and its units once each", async () => {
    const rows = [{ ...cleanRows[1]!, span: 2 }, further[0]!, { ...cleanRows[2]!, no: "2." }];
    const report = await checkOne(cleanSheet({ rows }));
    expect(report.rollup.goals).toBe(2);
    expect(report.rollup.byUnit.find((u) => u.unit === "Дирекция АКРРДС")).toMatchObject({ goals: 2, fulfilled: 1 });
  });
});
