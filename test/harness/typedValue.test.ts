import ExcelJS from "exceljs";
import { typedValue, typeInto } from "../../src/harness/typedValue";

describe("typedValue", () => {
  it("takes digits for a number, with a decimal comma or point, and the rest as text, never a formula", () => {
    expect(["12", "0,85", "-3.5", " 7 "].map(typedValue)).toEqual([12, 0.85, -3.5, 7]);
    expect(["5 бр.", "Изпълнена", "=SUM(A1:A2)", "1 320 лв."].map(typedValue)).toEqual([
      "5 бр.",
      "Изпълнена",
      "=SUM(A1:A2)",
      "1 320 лв.",
    ]);
    expect(typedValue("  ")).toBeNull();
  });

  it("writes what was typed into the cell", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("Отчет");
    typeInto(sheet, "H16", "=1+1");
    expect(sheet.getCell("H16").type).toBe(ExcelJS.ValueType.String);
    typeInto(sheet, "H16", "");
    expect(sheet.getCell("H16").value).toBeNull();
  });
});
