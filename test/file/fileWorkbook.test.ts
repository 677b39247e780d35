/**
 * The harness's workbook: opened with the project's reader, it gives the sheets, grids, fills and store that ExcelJS
 * gives, without loading ExcelJS; ExcelJS is loaded once, at the first write, and from then on shows what was written.
 */
import type ExcelJS from "exceljs";
import { cellAt, type SheetGrid } from "../../src/core/grid";
import { cellFills } from "../../src/file/cellFills";
import { UnreadableWorkbookError } from "../../src/file/errors";
import { gridOf } from "../../src/file/excelGrid";
import { loadWorkbook } from "../../src/file/excelWorkbook";
import { FileHost } from "../../src/file/fileHost";
import { FileWorkbook } from "../../src/file/fileWorkbook";
import { readWorkbook } from "../../src/file/readWorkbook";
import { SheetStore } from "../../src/file/sheetStore";
import { isStoreWorksheet } from "../../src/file/storeSheet";
import { HIGHLIGHTS_KEY, type CellMark } from "../../src/host/edits";
import { buildWorkbook } from "../fixtures/builder";
import { FILLED_SHEET, filledReport } from "../fixtures/filled";

const MARKS: CellMark[] = [
  { sheet: FILLED_SHEET, cell: "H16", severity: "error" },
  { sheet: FILLED_SHEET, cell: "G17", severity: "warning" },
  { sheet: FILLED_SHEET, cell: "A23", severity: "info" },
];

function hostOver(book: FileWorkbook | ExcelJS.Workbook): FileHost {
  return new FileHost(book, { activeSheet: () => FILLED_SHEET, select: () => undefined });
}

/** The filled report with a gradient too, highlighted (so it has a store sheet), with a hidden sheet of the user's. */
async function highlightedReport(): Promise<Uint8Array> {
  const workbook = await loadWorkbook(new Uint8Array(await filledReport()));
  const sheet = workbook.getWorksheet(FILLED_SHEET) as ExcelJS.Worksheet;
  sheet.getCell("H21").style = {
    ...sheet.getCell("H21").style,
    fill: { type: "gradient", gradient: "angle", degree: 90, stops: [{ position: 0, color: { argb: "FF4472C4" } }, { position: 1, color: { argb: "FFFFFFFF" } }] },
  };
  workbook.addWorksheet("Бележки", { state: "hidden" }).getCell("B2").value = "за вътрешно ползване";
  await hostOver(workbook).highlight(MARKS);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("a workbook opened with the reader", () => {
  it("gives the sheets, grids, fills and store that ExcelJS gives, without loading ExcelJS", async () => {
    const bytes = await highlightedReport();
    const book = await FileWorkbook.open(bytes);
    const excel = await loadWorkbook(bytes);
    const excelSheets = excel.worksheets.filter((sheet) => !isStoreWorksheet(sheet));

    expect(book.sheets()).toEqual(excelSheets.map(({ name, state }) => ({ name, state })));
    expect(book.sheets().map((sheet) => sheet.name)).toEqual([FILLED_SHEET, "Бележки"]);
    for (const sheet of excelSheets) {
      expect(book.grid(sheet.name)).toEqual(gridOf(excel, sheet));
      expect(book.fills(sheet.name, 1000)).toEqual(cellFills(sheet, 1000));
    }
    const fills = book.fills(FILLED_SHEET, 1000);
    expect(fills.get("H21")).toEqual({ color: "#4472C4", pattern: "gradient" });
    expect(fills.get("G17")).toEqual({ color: "#FFEB9C", pattern: "solid" }); // the highlight
    expect(book.fills(FILLED_SHEET, 16).has("G17")).toBe(false); // only the rows asked for
    expect(book.grid("p2check")).toBeUndefined(); // the store is no sheet of the report's
    const store = new SheetStore(book);
    expect(store.get(HIGHLIGHTS_KEY)).toEqual(new SheetStore(excel).get(HIGHLIGHTS_KEY));
    expect(store.get<{ cells: unknown[] }>(HIGHLIGHTS_KEY)?.cells).toHaveLength(MARKS.length);
    expect(hostOver(book).highlighted()).toBe(true);

    expect(book.loaded).toBe(false);
  });

  it("loads ExcelJS at the first write, once, and from then on shows what was written", async () => {
    const book = await FileWorkbook.open(new Uint8Array(await filledReport()));
    const host = hostOver(book);
    const grid = await host.read();
    expect(grid.name).toBe(FILLED_SHEET);
    expect(book.loaded).toBe(false); // reading, even checking, loads nothing

    const [first, second] = await Promise.all([book.editable(), book.editable()]);
    expect(first).toBe(second);
    expect(book.loaded).toBe(true);

    await host.highlight(MARKS);
    expect(book.fills(FILLED_SHEET, 1000).get("G17")).toEqual({ color: "#FFEB9C", pattern: "solid" });
    await host.writeTexts([{ sheet: FILLED_SHEET, cell: "M10", text: "Изпълнена" }]);
    expect(cellAt(book.grid(FILLED_SHEET) as SheetGrid, 10, 13)).toBe("Изпълнена");
    // The store is written into the workbook, and is still no sheet of the report's.
    expect(book.sheets().map((sheet) => sheet.name)).toEqual([FILLED_SHEET]);
    expect(first.worksheets.map((sheet) => sheet.name)).toEqual([FILLED_SHEET, "p2check"]);
  });

  it("reads, while ExcelJS loads for a cell the user typed, what was typed", async () => {
    const book = await FileWorkbook.open(new Uint8Array(await filledReport()));
    // As the harness types into a cell: ExcelJS is asked for, and the cell written once it is there.
    const typed = book.editable().then((workbook) => {
      (workbook.getWorksheet(FILLED_SHEET) as ExcelJS.Worksheet).getCell("M10").value = "Неизпълнена";
    });
    const grid = await hostOver(book).read(); // the pane checks again before ExcelJS has loaded
    expect(cellAt(grid, 10, 13)).toBe("Неизпълнена");
    await typed;
  });

  it.each([
    ["text", async () => new TextEncoder().encode("Приложение №2 като обикновен текст")],
    ["a workbook with no values", () => buildWorkbook([{ name: "Празен", cells: {} }])],
  ])("refuses %s as the command line's reader does, in the same words", async (_, bytes) => {
    const refusal = (await FileWorkbook.open(await bytes()).catch((error: unknown) => error)) as UnreadableWorkbookError;
    const cli = (await readWorkbook(await bytes()).catch((error: unknown) => error)) as UnreadableWorkbookError;
    expect(refusal).toBeInstanceOf(UnreadableWorkbookError);
    expect(refusal.describe("bg")).toBe(cli.describe("bg"));
  });
});
