import * as values from "../../../src/core/values";

describe("values/index", () => {
  it("re-exports the public API", () => {
    expect(values.parseNumber("1 320")).toBe(1320);
    expect(values.isNotApplicable("н/п")).toBe(true);
    expect(values.findQuantity("4 бр.")).toEqual({ unit: "count", value: 4 });
    expect(values.splitItems("1) 0%\n2) 5%").map((i) => i.label)).toEqual([1, 2]);
    expect(values.parseIndicatorValue(1, "0%")).toEqual({
      kind: "values",
      items: [{ text: "100%", quantity: { unit: "percent", value: 100 } }],
      numbered: false,
    });
    expect(values.parseAmount("1 320 лв.")).toEqual({ kind: "money", value: 1320, currency: "BGN" });
    expect(values.currencyOfHeader("Индикативен размер, евро")).toBe("EUR");
    expect(values.convert(1, "EUR", "BGN")).toBe(values.BGN_PER_EUR);
    expect(values.describeNumberFormat("0%").kind).toBe("percent");
  });
});
