import { parseMoneyNumber, parseNumber } from "../../../src/core/values/number";

describe("parseNumber", () => {
  it.each([
    ["120000", 120000],
    ["0", 0],
    ["146305,48", 146305.48],
    ["0,5", 0.5],
    ["12.5", 12.5],
    ["1 320", 1320],
    ["1\u00A0320", 1320],
    ["1\u202F320", 1320],
    ["120 000,00", 120000],
    ["1 320.50", 1320.5],
    ["1 000 000", 1000000],
    ["1,320.50", 1320.5],
    ["1,000,000", 1000000],
    ["1.320,50", 1320.5],
    ["1.000.000", 1000000],
    ["-5", -5],
    ["\u22125", -5],
    ["+7", 7],
    ["-1 320,5", -1320.5],
    ["  42\t", 42],
  ])("reads %j as %p", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it("reads a single separator as the decimal mark, Bulgarian style", () => {
    expect(parseNumber("1,320")).toBe(1.32);
    expect(parseNumber("1.5")).toBe(1.5);
  });

  it("gives zero, not negative zero, for -0", () => {
    expect(Object.is(parseNumber("-0"), 0)).toBe(true);
  });

  it.each([
    "",
    "-",
    "- 5",
    "1 320 лв.",
    "97%",
    "30.10.2024",
    "1,2,3",
    "12 34",
    "1 32",
    "1,32.5",
    "abc",
    "0 бр.",
    "1.320.50",
    "1e5",
  ])("rejects %j", (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});

describe("parseMoneyNumber", () => {
  it("reads one separator before exactly three digits as thousands", () => {
    expect(parseMoneyNumber("1.320")).toBe(1320);
    expect(parseMoneyNumber("5,000")).toBe(5000);
    expect(parseMoneyNumber("-2.500")).toBe(-2500);
  });

  it("otherwise reads like parseNumber", () => {
    expect(parseMoneyNumber("146305,48")).toBe(146305.48);
    expect(parseMoneyNumber("1,5")).toBe(1.5);
    expect(parseMoneyNumber("1 320")).toBe(1320);
    expect(parseMoneyNumber("по проект")).toBeUndefined();
  });
});
