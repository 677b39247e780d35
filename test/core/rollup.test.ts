import { checkOne } from "../fixtures/check";
import { cleanSheet, cleanWith } from "../fixtures/clean";
import { haskovo2023 } from "../fixtures/reference/haskovo2023";

describe("roll-up of Хасково 2023", () => {
  it("counts goals by status and completion", async () => {
    const { rollup } = await checkOne(haskovo2023);
    expect(rollup.goals).toBe(8);
    expect(rollup.byStatus).toEqual({ fulfilled: 5, inProgress: 2, notFulfilled: 1, missing: 0, invalid: 0 });
    expect(rollup.completionPercent).toBe(62.5);
  });

  it("splits and folds responsible units however they are written", async () => {
    // "Дирекция АПОФУС Дирекция АКРРДС" (no separator) and "Дирекция АКРРДС и Дирекция АПОФУС" name both units.
    const { rollup } = await checkOne(haskovo2023);
    expect(rollup.byUnit).toEqual([
      { unit: "Дирекция АПОФУС", goals: 4, fulfilled: 2, inProgress: 2, notFulfilled: 0, completionPercent: 50 },
      { unit: "Дирекция АКРРДС", goals: 6, fulfilled: 4, inProgress: 1, notFulfilled: 1, completionPercent: 66.7 },
    ]);
  });

  it("totals the amounts that are numbers, per funding source", async () => {
    const { financing } = (await checkOne(haskovo2023)).rollup;
    expect(financing).toEqual({
      currency: "BGN",
      total: 266305.48,
      bySource: [
        { source: "Европейски фондове", total: 146305.48 },
        { source: "национален бюджет", total: 120000 },
      ],
      goalsWithoutAmount: 6,
    });
  });
});

describe("roll-up details", () => {
  it("counts a goal per strategic document it names, each document once", async () => {
    const report = await checkOne(
      cleanWith(0, {
        strategicDocuments:
          "Национална програма за развитие България 2030; Актуализирана стратегия за развитие на електронното управление в Република България 2019-2025 г.",
      }),
    );
    expect(report.rollup.byStrategicDocument).toEqual([
      { document: "Национална програма за развитие България 2030", goals: 1, fulfilled: 0 },
      { document: "Актуализирана стратегия за развитие на електронното управление в Република България 2019-2025 г.", goals: 1, fulfilled: 0 },
      { document: "Интегрирана териториална стратегия за развитие на Южен централен регион 2021-2027 г.", goals: 1, fulfilled: 1 },
      { document: "Национална стратегия по опазване на околната среда", goals: 1, fulfilled: 0 },
    ]);
  });

  it("counts a unit once per goal even when the goal names it twice", async () => {
    const report = await checkOne(cleanWith(0, { responsible: "Дирекция АПОФУС; дирекция „АПОФУС“" }));
    expect(report.rollup.byUnit[0]).toMatchObject({ unit: "Дирекция АПОФУС", goals: 2 });
  });

  it("gives 0 % (not NaN) for a table without goals", async () => {
    const report = await checkOne(cleanSheet({ rows: [{ no: "1." }, { no: "2." }] }));
    expect(report.rollup).toMatchObject({ goals: 0, completionPercent: 0 });
  });
});
