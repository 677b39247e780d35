// The fast reader (fflate + saxes) against the ExcelJS one the harness still uses: the same grids, cell for cell,
// over every fixture workbook and a generated corpus of every kind of cell Excel writes.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SheetGrid } from "../../src/core/grid";
import { readWorkbookWithExcelJS } from "../../src/file/excelWorkbook";
import { readWorkbook } from "../../src/file/readWorkbook";
import { buildWorkbook } from "../fixtures/builder";
import { cleanSheet } from "../fixtures/clean";
import { blagoevgradMisspelt } from "../fixtures/misspelt";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { haskovo2023 } from "../fixtures/reference/haskovo2023";
import { reportSheet } from "../../bench/lib/synthetic";

/** Both readers over the same bytes; NaN and -0 compared as they are (toEqual treats NaN as equal to NaN). */
async function expectSameGrids(bytes: Uint8Array): Promise<SheetGrid[]> {
  const fast = await readWorkbook(bytes);
  const excel = await readWorkbookWithExcelJS(bytes);
  expect(fast).toEqual(excel);
  return fast;
}

async function written(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("fixture workbooks", () => {
  test.each([
    ["Благоевград 2024", blagoevgrad2024],
    ["Хасково 2023", haskovo2023],
    ["Благоевград with misspelt statuses", blagoevgradMisspelt],
    ["the clean report", cleanSheet()],
    ["a generated report of 300 goals (merged continuation rows)", reportSheet(300)],
  ])("%s", async (_name, sheet) => {
    const [grid] = await expectSameGrids(await buildWorkbook([sheet]));
    expect(grid?.values.length).toBeGreaterThanOrEqual(10);
  });

  test("the bundled sample", async () => {
    const bytes = readFileSync(join(__dirname, "..", "..", "assets", "samples", "blagoevgrad-2024.xlsx"));
    const [grid] = await expectSameGrids(new Uint8Array(bytes));
    expect(grid?.merges.length).toBeGreaterThan(0);
  });
});

describe("every kind of cell", () => {
  test("numbers, text, booleans, errors, formulas with every kind of result, and formulas never calculated", async () => {
    const bytes = await written((workbook) => {
      const sheet = workbook.addWorksheet("Стойности");
      sheet.getCell("B2").value = 42;
      sheet.getCell("C2").value = -0.125;
      sheet.getCell("D2").value = 1e21;
      sheet.getCell("E2").value = "Изпълнена";
      sheet.getCell("F2").value = "  с интервали  ";
      sheet.getCell("G2").value = true;
      sheet.getCell("H2").value = false;
      sheet.getCell("B3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      sheet.getCell("C3").value = { formula: "SUM(B2:C2)", result: 41.875 } as ExcelJS.CellFormulaValue;
      sheet.getCell("D3").value = { formula: "E2&\"!\"", result: "Изпълнена!" } as ExcelJS.CellFormulaValue;
      sheet.getCell("E3").value = { formula: "G2", result: true } as ExcelJS.CellFormulaValue;
      sheet.getCell("F3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
      sheet.getCell("G3").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
      sheet.getCell("H3").value = { formula: "\"a&b<c>\"", result: "a&b<c>" } as ExcelJS.CellFormulaValue;
      sheet.getCell("B4").value = { text: "gov.bg", hyperlink: "https://www.gov.bg" };
      sheet.getCell("C4").value = "";
    });
    const [grid] = await expectSameGrids(bytes);
    expect(grid?.values[0]).toEqual([42, -0.125, 1e21, "Изпълнена", "  с интервали  ", true, false]);
  });

  test("rich text, line breaks and _xHHHH_ escapes", async () => {
    const bytes = await written((workbook) => {
      const sheet = workbook.addWorksheet("Текст");
      sheet.getCell("A1").value = {
        richText: [{ text: "Дирекция " }, { font: { bold: true }, text: "АПОФУС" }, { text: "\nи АКРРДС" }],
      };
      sheet.getCell("A2").value = "ред едно\r\nред две";
      sheet.getCell("A3").value = "ESC\u001b[2J и TAB\t";
    });
    const [grid] = await expectSameGrids(bytes);
    expect(grid?.values[0]).toEqual(["Дирекция АПОФУС\nи АКРРДС"]);
  });

  test("number formats, dates and times in both date systems", async () => {
    for (const date1904 of [false, true]) {
      const bytes = await written((workbook) => {
        workbook.properties.date1904 = date1904;
        const sheet = workbook.addWorksheet("Дати");
        const cells: [string, number | Date, string][] = [
          ["A1", 0.25, "0%"],
          ["B1", 1234.5, '#,##0.00 "лв."'],
          ["C1", 45657, "dd.mm.yyyy"],
          ["D1", 0.5, "hh:mm"],
          ["E1", 45657.123456789, "dd.mm.yyyy hh:mm:ss"],
          ["F1", 3, "[Red]0"],
          ["G1", 12, '"ден "0'],
          ["H1", new Date(Date.UTC(2024, 11, 31)), "d mmmm yyyy"],
          ["I1", 7, "General"],
        ];
        for (const [address, value, numFmt] of cells) {
          const cell = sheet.getCell(address);
          cell.value = value;
          cell.numFmt = numFmt;
        }
      });
      const [grid] = await expectSameGrids(bytes);
      expect(grid?.numberFormats?.[0]?.[0]).toBe("0%");
    }
  });

  test("merges (values inside them other than the top-left are empty), hidden and very hidden sheets, tab order", async () => {
    const bytes = await written((workbook) => {
      const first = workbook.addWorksheet("Отчет 2024");
      first.getCell("B2").value = "Цел, обединена в три реда";
      first.getCell("B3").value = "остатък, който Excel не показва";
      first.mergeCells("B2:B4");
      first.mergeCells("D2:F2");
      first.getCell("D2").value = "Заглавие";
      workbook.addWorksheet("Скрит", { state: "hidden" }).getCell("A1").value = 1;
      workbook.addWorksheet("Много скрит", { state: "veryHidden" }).getCell("A1").value = 2;
    });
    const grids = await expectSameGrids(bytes);
    expect(grids.map((grid) => grid.name)).toEqual(["Отчет 2024", "Скрит", "Много скрит"]);
  });
});

describe("files other writers make", () => {
  /** Rewrites parts of a written workbook, as Excel, LibreOffice or a script would lay them out. */
  async function rewritten(bytes: Uint8Array, change: (name: string, xml: string) => string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files)) {
      if (!name.endsWith(".xml")) continue;
      const xml = await zip.file(name)!.async("string");
      zip.file(name, change(name, xml));
    }
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  test("inline strings (rich or plain) and shared formulas", async () => {
    const base = await written((workbook) => {
      const sheet = workbook.addWorksheet("Лист1");
      sheet.getCell("A1").value = "заместено";
      sheet.getCell("A2").value = "заместено";
      sheet.getCell("B1").value = { formula: "A1", result: 5 } as ExcelJS.CellFormulaValue;
      sheet.getCell("B2").value = { sharedFormula: "B1", result: 6 } as ExcelJS.CellSharedFormulaValue;
    });
    const bytes = await rewritten(base, (name, xml) =>
      name.includes("worksheets/")
        ? xml
            .replace(/<c r="A1"([^>]*) t="s"><v>\d+<\/v><\/c>/, '<c r="A1"$1 t="inlineStr"><is><t>вграден текст</t></is></c>')
            .replace(
              /<c r="A2"([^>]*) t="s"><v>\d+<\/v><\/c>/,
              '<c r="A2"$1 t="inlineStr"><is><r><t>богат </t></r><r><rPr><b/></rPr><t>текст</t></r></is></c>',
            )
        : xml,
    );
    const [grid] = await expectSameGrids(bytes);
    expect(grid?.values.map((row) => row[0])).toEqual(["вграден текст", "богат текст"]);
  });
});
