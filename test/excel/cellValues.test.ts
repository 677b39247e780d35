import { toCellValue, toFormatRows, toNumberFormat, toValueRows } from "../../src/excel/cellValues";

describe("Excel's cells → the grid's", () => {
  it("empty is null; text, numbers and booleans pass; an error value stays its text", () => {
    expect(toValueRows([["", "текст", 0, 45291.5, true, false, "#N/A", "#DIV/0!", " "]])).toEqual([
      [null, "текст", 0, 45291.5, true, false, "#N/A", "#DIV/0!", " "],
    ]);
  });

  it("anything Excel should not send is null", () => {
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue(null)).toBeNull();
    expect(toCellValue({ type: "Entity" })).toBeNull();
  });

  it("General is no format; every other code is kept as Excel wrote it", () => {
    expect(toFormatRows([["General", "0.00%", "#,##0.00\\ \"лв.\"", "", "dd.mm.yyyy"]])).toEqual([
      [null, "0.00%", '#,##0.00\\ "лв."', null, "dd.mm.yyyy"],
    ]);
    expect(toNumberFormat(7)).toBeNull();
  });
});
