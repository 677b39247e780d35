import { combineRollups } from "../../src/core/combine";
import { RollupSchema, type Rollup } from "../../src/core/report";

const EGOV = "Актуализирана стратегия за развитие на електронното управление в Република България 2019-2025 г.";

/** Областна администрация Хасково, 2023: the clean fixture's roll-up. */
const haskovo2023: Rollup = {
  goals: 3,
  byStatus: { fulfilled: 1, inProgress: 1, notFulfilled: 1, missing: 0, invalid: 0 },
  completionPercent: 33.3,
  byUnit: [
    { unit: "Дирекция АПОФУС", goals: 2, fulfilled: 0, inProgress: 1, notFulfilled: 1, completionPercent: 0 },
    { unit: "Дирекция АКРРДС", goals: 2, fulfilled: 1, inProgress: 0, notFulfilled: 1, completionPercent: 50 },
  ],
  bySection: [],
  byStrategicDocument: [
    { document: EGOV, goals: 1, fulfilled: 0 },
    {
      document: "Интегрирана териториална стратегия за развитие на Южен централен регион 2021-2027 г.",
      goals: 1,
      fulfilled: 1,
    },
    { document: "Национална стратегия по опазване на околната среда", goals: 1, fulfilled: 0 },
  ],
  financing: {
    currency: "BGN",
    total: 266305.48,
    bySource: [
      { source: "Европейски фондове", total: 146305.48 },
      { source: "Национален бюджет", total: 120000 },
    ],
    goalsWithoutAmount: 1,
  },
};

/** Областна администрация Благоевград, 2024: the same e-government strategy written with a spaced dash. */
const blagoevgrad2024: Rollup = {
  goals: 8,
  byStatus: { fulfilled: 6, inProgress: 1, notFulfilled: 0, missing: 1, invalid: 0 },
  completionPercent: 75,
  byUnit: [
    { unit: "Дирекция АПОФУС", goals: 5, fulfilled: 4, inProgress: 1, notFulfilled: 0, completionPercent: 80 },
    { unit: "Дирекция АКРРДС", goals: 6, fulfilled: 5, inProgress: 0, notFulfilled: 0, completionPercent: 83.3 },
  ],
  bySection: [],
  byStrategicDocument: [
    { document: "Национална програма за развитие България 2030", goals: 5, fulfilled: 4 },
    {
      document: "Актуализирана стратегия за развитие на електронното управление в Република България 2019 – 2025 г.",
      goals: 2,
      fulfilled: 2,
    },
  ],
  financing: {
    currency: "BGN",
    total: 45000,
    bySource: [{ source: "Бюджет на Областна администрация Благоевград", total: 45000 }],
    goalsWithoutAmount: 6,
  },
};

/** A 2026 report, in euro, that names its unit by the abbreviation alone. */
const haskovo2026: Rollup = {
  goals: 2,
  byStatus: { fulfilled: 2, inProgress: 0, notFulfilled: 0, missing: 0, invalid: 0 },
  completionPercent: 100,
  byUnit: [{ unit: "АПОФУС", goals: 2, fulfilled: 2, inProgress: 0, notFulfilled: 0, completionPercent: 100 }],
  bySection: [],
  byStrategicDocument: [],
  financing: {
    currency: "EUR",
    total: 10000,
    bySource: [{ source: "национален бюджет", total: 10000 }],
    goalsWithoutAmount: 0,
  },
};

const all = [haskovo2023, blagoevgrad2024, haskovo2026];

describe("combineRollups", () => {
  it("sums the goals and the status counts", () => {
    const combined = combineRollups(all, "BGN");
    expect(combined.goals).toBe(13);
    expect(combined.byStatus).toEqual({ fulfilled: 9, inProgress: 2, notFulfilled: 1, missing: 1, invalid: 0 });
  });

  it("recomputes completion from the sums instead of averaging the percentages", () => {
    // 9 of 13 = 69.2 %; the mean of 33.3, 75 and 100 would be 69.4 %.
    expect(combineRollups(all, "BGN").completionPercent).toBe(69.2);
    const small: Rollup = { ...haskovo2026, goals: 1, byStatus: { ...haskovo2026.byStatus, fulfilled: 1 } };
    const large: Rollup = {
      ...haskovo2023,
      byStatus: { fulfilled: 0, inProgress: 3, notFulfilled: 0, missing: 0, invalid: 0 },
      completionPercent: 0,
    };
    expect(combineRollups([small, large], "BGN").completionPercent).toBe(25);
  });

  it("merges units by name, folding an abbreviation into the unit's full name, and recomputes their completion", () => {
    expect(combineRollups(all, "BGN").byUnit).toEqual([
      { unit: "Дирекция АПОФУС", goals: 9, fulfilled: 6, inProgress: 2, notFulfilled: 1, completionPercent: 66.7 },
      { unit: "Дирекция АКРРДС", goals: 8, fulfilled: 6, inProgress: 0, notFulfilled: 1, completionPercent: 75 },
    ]);
  });

  it("merges strategic documents written two ways", () => {
    const documents = combineRollups(all, "BGN").byStrategicDocument;
    expect(documents).toHaveLength(4);
    const egov = { document: expect.stringContaining("електронното управление"), goals: 3, fulfilled: 2 };
    expect(documents[0]).toEqual(egov);
    expect(documents.map((d) => d.goals)).toEqual([3, 1, 1, 5]);
  });

  it("totals the money in лв., converting euro at 1.95583", () => {
    expect(combineRollups(all, "BGN").financing).toEqual({
      currency: "BGN",
      total: 330863.78,
      bySource: [
        { source: "Европейски фондове", total: 146305.48 },
        { source: "Национален бюджет", total: 139558.3 },
        { source: "Бюджет на Областна администрация Благоевград", total: 45000 },
      ],
      goalsWithoutAmount: 7,
    });
  });

  it("totals the money in euro, converting лв.", () => {
    const financing = combineRollups(all, "EUR").financing;
    expect(financing.currency).toBe("EUR");
    expect(financing.total).toBe(169167.96);
    expect(financing.bySource.map((s) => s.total)).toEqual([74804.8, 71355.03, 23008.13]);
  });

  it("gives an empty roll-up for no reports", () => {
    const combined = combineRollups([], "EUR");
    expect(combined.goals).toBe(0);
    expect(combined.completionPercent).toBe(0);
    expect(combined.byUnit).toEqual([]);
    expect(combined.financing).toEqual({ currency: "EUR", total: 0, bySource: [], goalsWithoutAmount: 0 });
  });

  it("gives back one report's roll-up unchanged", () => {
    expect(combineRollups([haskovo2023], "BGN")).toEqual(haskovo2023);
  });

  it("makes a roll-up the Report schema accepts, without changing its inputs", () => {
    const before = JSON.stringify(all);
    expect(RollupSchema.safeParse(combineRollups(all, "EUR")).success).toBe(true);
    expect(JSON.stringify(all)).toBe(before);
  });
});
