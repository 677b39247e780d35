import { parseIndicatorValue } from "../../../src/core/values/indicatorValue";

describe("parseIndicatorValue: empty and not applicable", () => {
  it.each([null, "", "   ", "\r\n", "\u00A0"])("reads %j as empty", (value) => {
    expect(parseIndicatorValue(value)).toEqual({ kind: "empty" });
  });

  it("reads a list of bare labels as empty", () => {
    expect(parseIndicatorValue("1)\n2)\n3)\n4)\n5)")).toEqual({ kind: "empty" });
  });

  it.each(["не е приложимо", "Не е приложимо.", "неприложимо", "н/п", "-", "—", "n/a"])(
    "reads %j as not applicable",
    (value) => {
      expect(parseIndicatorValue(value)).toEqual({ kind: "notApplicable" });
    },
  );
});

describe("parseIndicatorValue: number cells", () => {
  it("reads a number stored as a number", () => {
    expect(parseIndicatorValue(10)).toEqual({
      kind: "values",
      items: [{ text: "10", quantity: { unit: "number", value: 10 } }],
      numbered: false,
    });
    expect(parseIndicatorValue(0, "General")).toEqual({
      kind: "values",
      items: [{ text: "0", quantity: { unit: "number", value: 0 } }],
      numbered: false,
    });
  });

  it.each([
    [1, "0%", 100],
    [0.97, "0%", 97],
    [0.98, "0.00%", 98],
    [0.125, "0.0%", 12.5],
    [1, "0.0%;[Red]-0.0%", 100],
    [0, "0%", 0],
    [1.5, "0%", 150],
  ])("reads %p in a %j cell as %p percent", (value, format, percent) => {
    expect(parseIndicatorValue(value, format)).toEqual({
      kind: "values",
      items: [{ text: `${percent}%`, quantity: { unit: "percent", value: percent } }],
      numbered: false,
    });
  });

  it.each(['0"%"', "0\\%"])("does not scale a literal percent sign in %j", (format) => {
    const parsed = parseIndicatorValue(97, format);
    expect(parsed).toEqual({
      kind: "values",
      items: [{ text: "97%", quantity: { unit: "percent", value: 97 } }],
      numbered: false,
    });
  });

  it("reads a count format as a count", () => {
    const parsed = parseIndicatorValue(4, '0 "бр."');
    expect(parsed.kind === "values" && parsed.items[0]?.quantity).toEqual({ unit: "count", value: 4 });
  });

  it("reads a currency format as money", () => {
    const parsed = parseIndicatorValue(1320, '#,##0.00\\ "лв."');
    expect(parsed.kind === "values" && parsed.items[0]?.quantity).toEqual({
      unit: "money",
      value: 1320,
      currency: "BGN",
    });
  });

  it("reads a date as text, not as a quantity", () => {
    expect(parseIndicatorValue(45657, "dd.mm.yyyy")).toEqual({
      kind: "values",
      items: [{ text: "31.12.2024" }],
      numbered: false,
    });
  });

  it("reads a boolean as qualitative text", () => {
    expect(parseIndicatorValue(true)).toEqual({ kind: "values", items: [{ text: "true" }], numbered: false });
  });
});

describe("parseIndicatorValue: text cells", () => {
  it("reads a number stored as text as a number, without percent scaling", () => {
    expect(parseIndicatorValue("120000")).toEqual({
      kind: "values",
      items: [{ text: "120000", quantity: { unit: "number", value: 120000 } }],
      numbered: false,
    });
    const inPercentCell = parseIndicatorValue("0,97", "0%");
    expect(inPercentCell.kind === "values" && inPercentCell.items[0]?.quantity).toEqual({
      unit: "number",
      value: 0.97,
    });
  });

  it.each([
    ["0 бр.", "count", 0],
    ["4 бр.", "count", 4],
    ["0%", "percent", 0],
    ["100%", "percent", 100],
    ["2 проверки", "number", 2],
    ["97% удовлетвореност /проучване 2023/\n3 % просрочени административни услуги", "percent", 97],
  ])("reads %j", (text, unit, value) => {
    const parsed = parseIndicatorValue(text);
    expect(parsed).toEqual({ kind: "values", items: [{ text, quantity: { unit, value } }], numbered: false });
  });

  it("reads free text as one qualitative item", () => {
    expect(parseIndicatorValue("Одит през 2024 г.- положителна оценка")).toEqual({
      kind: "values",
      items: [{ text: "Одит през 2024 г.- положителна оценка" }],
      numbered: false,
    });
  });

  it("reads numbered items and says so", () => {
    const parsed = parseIndicatorValue("1) 0 %  2) 0%  3) 0%");
    expect(parsed.kind).toBe("values");
    if (parsed.kind !== "values") return;
    expect(parsed.numbered).toBe(true);
    expect(parsed.items.map((i) => [i.label, i.quantity?.value])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });

  it("keeps empty items beside filled ones", () => {
    const parsed = parseIndicatorValue("1)\n2)\n3)\n4) брой заети\n5) 1 бр. Анкета");
    expect(parsed.kind === "values" && parsed.items.map((i) => i.text)).toEqual([
      "",
      "",
      "",
      "брой заети",
      "1 бр. Анкета",
    ]);
  });

  it("normalises whitespace in the item text", () => {
    const parsed = parseIndicatorValue("  0\u00A0бр.\r\n");
    expect(parsed).toEqual({
      kind: "values",
      items: [{ text: "0 бр.", quantity: { unit: "count", value: 0 } }],
      numbered: false,
    });
  });
});
