import { BGN_PER_EUR, convert, currencyOfHeader, parseAmount, valueIn } from "../../../src/core/values/money";

describe("parseAmount", () => {
  it.each([null, "", "  ", "\r\n"])("reads %j as empty", (value) => {
    expect(parseAmount(value)).toEqual({ kind: "empty" });
  });

  it.each(["не е приложимо", "Не е приложимо.", "неприложимо", "-", "—", "н/п"])(
    "reads %j as not applicable",
    (value) => {
      expect(parseAmount(value)).toEqual({ kind: "notApplicable" });
    },
  );

  it("reads numbers stored as numbers in the table's currency", () => {
    expect(parseAmount(120000)).toEqual({ kind: "money", value: 120000 });
    expect(parseAmount(146305.48, "#,##0.00")).toEqual({ kind: "money", value: 146305.48 });
    expect(parseAmount(0)).toEqual({ kind: "money", value: 0 });
  });

  it.each([
    ["146305,48", 146305.48],
    ["120000", 120000],
    ["1 320", 1320],
    ["1\u00A0320,50", 1320.5],
    ["1,320.50", 1320.5],
    ["1.320,50", 1320.5],
    ["1.320", 1320],
  ])("reads the bare number %j in the table's currency", (text, value) => {
    expect(parseAmount(text)).toEqual({ kind: "money", value });
  });

  it.each([
    ["1 320 лв.", 1320, "BGN"],
    ["120 000,00 лв", 120000, "BGN"],
    ["около 2000 лв.", 2000, "BGN"],
    ["5 000 €", 5000, "EUR"],
    ["1200 евро", 1200, "EUR"],
    ["EUR 300", 300, "EUR"],
    ["1 320 лв.\nБюджет на МО", 1320, "BGN"],
  ])("reads %j with its own currency", (text, value, currency) => {
    expect(parseAmount(text)).toEqual({ kind: "money", value, currency });
  });

  it.each([
    ['#,##0.00\\ "лв."', "BGN"],
    ["[$BGN] #,##0", "BGN"],
    ["[$€-x-euro2] #,##0.00", "EUR"],
    ['#,##0 "€"', "EUR"],
  ])("takes the currency of a %j cell", (format, currency) => {
    expect(parseAmount(5000, format)).toEqual({ kind: "money", value: 5000, currency });
  });

  it.each(["по проект", "2 бр.", "100%", "около 2000", "Бюджет на МО"])("leaves %j unparsed", (text) => {
    expect(parseAmount(text)).toEqual({ kind: "unparsed", text });
  });

  it("gives unparsed text normalised", () => {
    expect(parseAmount("по\u00A0 проект\r\n")).toEqual({ kind: "unparsed", text: "по проект" });
  });

  it("does not take a date for an amount", () => {
    expect(parseAmount(45657, "dd.mm.yyyy")).toEqual({ kind: "unparsed", text: "31.12.2024" });
  });
});

describe("currencyOfHeader", () => {
  it.each([
    ["Индикативен размер, лв.", "BGN"],
    ["Индикативен \nразмер, лв.", "BGN"],
    ["Индикативен размер (лева)", "BGN"],
    ["Indicative amount, BGN", "BGN"],
    ["Индикативен размер, евро", "EUR"],
    ["Индикативен размер, €", "EUR"],
    ["Индикативен размер (EUR)", "EUR"],
    ["Indicative amount, euro", "EUR"],
  ])("%j -> %s", (header, currency) => {
    expect(currencyOfHeader(header)).toBe(currency);
  });

  it.each(["Индикативен размер", "Необходимо финансиране", "Индикативен размер, лв./евро", "Европейски фондове"])(
    "%j -> undefined",
    (header) => {
      expect(currencyOfHeader(header)).toBeUndefined();
    },
  );
});

describe("convert", () => {
  it("uses the fixed rate 1 EUR = 1.95583 BGN", () => {
    expect(BGN_PER_EUR).toBe(1.95583);
    expect(convert(100, "EUR", "BGN")).toBe(195.583);
    expect(convert(195.583, "BGN", "EUR")).toBe(100);
    expect(convert(1320, "BGN", "EUR")).toBeCloseTo(674.905, 3);
  });

  it("leaves an amount in its own currency unchanged", () => {
    expect(convert(1320, "BGN", "BGN")).toBe(1320);
    expect(convert(5000, "EUR", "EUR")).toBe(5000);
  });

  it("round-trips", () => {
    expect(convert(convert(146305.48, "BGN", "EUR"), "EUR", "BGN")).toBeCloseTo(146305.48, 6);
  });
});

describe("valueIn", () => {
  it("takes a bare number as already in the table's currency", () => {
    expect(valueIn({ value: 1320 }, "EUR")).toBe(1320);
  });

  it("converts an amount that names the other currency", () => {
    expect(valueIn({ value: 100, currency: "EUR" }, "BGN")).toBe(195.583);
    expect(valueIn({ value: 100, currency: "BGN" }, "BGN")).toBe(100);
  });
});
