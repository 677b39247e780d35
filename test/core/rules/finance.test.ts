import { checkOne, issuesOf, ruleCells } from "../../fixtures/check";
import { cleanRows, cleanSheet, cleanWith } from "../../fixtures/clean";

describe("finance.amountUnparsed", () => {
  it("warns on an amount that is neither a number nor “not applicable”", async () => {
    const report = await checkOne(cleanWith(1, { amount: "по проект" }));
    expect(issuesOf(report, "finance.amountUnparsed").map((i) => `${i.cell}: ${i.message}`)).toEqual([
      "I9: Сумата „по проект“ не е число, нито „не е приложимо“",
    ]);
  });

  it.each(["1 320 лв.", "146305,48", "не е приложимо", "Не е приложимо.", "неприложимо", "-", "н/п"])(
    "is not raised for “%s”",
    async (amount) => {
      expect(ruleCells(await checkOne(cleanWith(1, { amount })), "finance.")).toEqual([]);
    },
  );
});

describe("finance.sourceMissing", () => {
  it("warns on an amount without a funding source", async () => {
    expect(ruleCells(await checkOne(cleanWith(2, { fundingSource: null })), "finance.")).toEqual(["finance.sourceMissing@J10"]);
  });

  it("is not raised when there is no amount to fund", async () => {
    expect(ruleCells(await checkOne(cleanWith(0, { fundingSource: null })), "finance.")).toEqual([]);
  });
});

describe("finance.currencyMixed", () => {
  it("warns on leva in a table headed in euro (2026 on), and totals in euro at the fixed rate", async () => {
    const report = await checkOne(
      cleanSheet({
        year: 2026,
        above: ["Отчет на ежегодните цели на администрацията за 2026 г.", ...(cleanSheet().above ?? []).slice(1)],
        headers: { amount: "Индикативен размер, евро" },
        rows: cleanSheet().rows.map((r, i) => ({ ...r, amount: ["не е приложимо", "1 955,83 лв.", "5 000 €"][i] ?? null })),
      }),
    );
    expect(ruleCells(report, "finance.")).toEqual(["finance.currencyMixed@I9"]);
    expect(issuesOf(report, "finance.currencyMixed")[0]?.message).toBe(
      "Сумата е в лева, а таблицата е в евро (1 EUR = 1,95583 лв.)",
    );
    expect(report.rollup.financing).toMatchObject({ currency: "EUR", total: 6000 });
  });

  it("is not raised on leva in a table headed in leva", async () => {
    expect(ruleCells(await checkOne(cleanWith(1, { amount: "1 320 лв." })), "finance.")).toEqual([]);
  });
});

describe("finance.totalMismatch", () => {
  /** The clean report with an "ОБЩО:" row under it stating `amount`. */
  const withTotal = (amount: number | string) =>
    cleanSheet({ rows: [...cleanRows, { no: "ОБЩО:", amount, progressInfo: "Изпълнени 1 от 3 цели" }] });

  it("warns on a stated total the goals' amounts do not add up to, on the total's cell, in both languages", async () => {
    const report = await checkOne(withTotal(300000));
    expect(ruleCells(report)).toEqual(["finance.totalMismatch@I11"]);
    expect(issuesOf(report, "finance.totalMismatch")[0]?.message).toBe(
      "Посочената обща сума 300\u00a0000 не е равна на сбора от сумите на целите 266\u00a0305,48",
    );
    const english = await checkOne(withTotal(300000), { lang: "en" });
    expect(issuesOf(english, "finance.totalMismatch")[0]?.message).toBe(
      "The stated total 300,000 is not the sum of the goals' amounts 266,305.48",
    );
    expect(english.rollup.financing.total).toBe(266305.48);
  });

  it.each(["266 305,48", "266305,48 лв.", 266305.48, "не е приложимо"])("is silent on a total of %p", async (amount) => {
    expect(ruleCells(await checkOne(withTotal(amount)))).toEqual([]);
  });
});
