import { describeNumberFormat, excelDateText } from "../../../src/core/values/numberFormat";

describe("describeNumberFormat", () => {
  it.each([undefined, null, "", "General", "general", "@"])("reads %j as general", (format) => {
    expect(describeNumberFormat(format).kind).toBe("general");
  });

  it.each(["0", "0.00", "#,##0", "#,##0.00", "0.00E+00"])("reads %j as a plain number", (format) => {
    expect(describeNumberFormat(format).kind).toBe("number");
  });

  it.each(["0%", "0.00%", "0.0%;[Red]-0.0%", "[Blue]0%", "#,##0.0 %"])("reads %j as a percentage", (format) => {
    expect(describeNumberFormat(format).kind).toBe("percent");
  });

  it.each(['0"%"', "0\\%", '0" %"', '0.0" процента, %"'])("reads %j as a literal percent sign", (format) => {
    expect(describeNumberFormat(format).kind).toBe("percentLiteral");
  });

  it("uses the negative section for a negative value", () => {
    expect(describeNumberFormat('0;-0"%"', -1).kind).toBe("percentLiteral");
    expect(describeNumberFormat('0;-0"%"', 1).kind).toBe("number");
  });

  it.each([
    ['#,##0.00\\ "лв."', "BGN"],
    ['#,##0.00 "лв"', "BGN"],
    ["#,##0.00 [$лв.-402]", "BGN"],
    ["[$BGN] #,##0", "BGN"],
    ["[$€-x-euro2] #,##0.00", "EUR"],
    ["#,##0.00 [$€-1]", "EUR"],
    ['#,##0 "€"', "EUR"],
    ['#,##0 "EUR"', "EUR"],
    ['0 "евро"', "EUR"],
    ['_-* #,##0.00\\ "лв."_-;\\-* #,##0.00\\ "лв."_-;_-* "-"??\\ "лв."_-;_-@_-', "BGN"],
  ])("reads %j as money in %s", (format, currency) => {
    expect(describeNumberFormat(format)).toEqual({ kind: "money", currency });
  });

  it("reads the zero section of an accounting format as money too", () => {
    const accounting = '_-* #,##0.00\\ "лв."_-;\\-* #,##0.00\\ "лв."_-;_-* "-"??\\ "лв."_-;_-@_-';
    expect(describeNumberFormat(accounting, 0)).toEqual({ kind: "money", currency: "BGN" });
  });

  it.each(['0 "бр."', '0\\ "броя"', "0\\ \\б\\р\\."])("reads %j as a count", (format) => {
    expect(describeNumberFormat(format).kind).toBe("count");
  });

  it.each(["dd.mm.yyyy", "d/m/yy", "mm/dd/yyyy", "yyyy-mm-dd", "[$-402]dd mmmm yyyy", "h:mm", "[Red]dd.mm.yy"])(
    "reads %j as a date",
    (format) => {
      expect(describeNumberFormat(format).kind).toBe("date");
    },
  );

  it("does not take letters inside quotes for date codes", () => {
    expect(describeNumberFormat('0" дни"').kind).toBe("number");
    expect(describeNumberFormat('0" days"').kind).toBe("number");
  });
});

describe("excelDateText", () => {
  it("turns Excel serials into dd.mm.yyyy", () => {
    expect(excelDateText(45291)).toBe("31.12.2023");
    expect(excelDateText(45595)).toBe("30.10.2024");
    expect(excelDateText(45292.75)).toBe("01.01.2024");
  });
});
