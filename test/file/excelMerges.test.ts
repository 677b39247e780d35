// ExcelJS's merge check, asked of the cells instead of every earlier merge: the same merges, the same refusals, and
// no pairwise comparison left (counted, not timed).
import ExcelJS from "exceljs";
import { load } from "../../src/file/excelWorkbook";
import { UnreadableWorkbookError } from "../../src/file/errors";
import { inlineText as text, workbookWith } from "../fixtures/rawXlsx";

/** ExcelJS's Range class, whose `intersects` the unindexed check called for every pair of merges. */
function rangePrototype(): { intersects(other: unknown): boolean } {
  const sheet = new ExcelJS.Workbook().addWorksheet("x");
  sheet.mergeCells("A1:B1");
  const merges = (sheet as unknown as { _merges: Record<string, object> })._merges;
  return Object.getPrototypeOf(merges.A1);
}

function mergesOf(workbook: ExcelJS.Workbook): string[] {
  return [...(workbook.worksheets[0]?.model.merges ?? [])].sort();
}

test("a sheet of 3,000 merged areas loads with every one of them, comparing no two", async () => {
  const rows: string[] = [];
  const merges: string[] = [];
  for (let r = 1; r <= 3000; r++) {
    rows.push(`<row r="${r}">${text(`A${r}`, `цел ${r}`)}${text(`C${r}`, "x")}</row>`);
    merges.push(`<mergeCell ref="A${r}:B${r}"/>`);
  }
  const intersects = jest.spyOn(rangePrototype(), "intersects");
  const workbook = await load(await workbookWith(rows.join(""), `<mergeCells>${merges.join("")}</mergeCells>`));
  expect(intersects).not.toHaveBeenCalled();
  intersects.mockRestore();
  expect(mergesOf(workbook)).toEqual(Array.from({ length: 3000 }, (_, i) => `A${i + 1}:B${i + 1}`).sort());
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  expect(sheet.getCell("B2999").isMerged).toBe(true);
  expect(sheet.getCell("B2999").master.address).toBe("A2999");
  expect(sheet.getCell("C2999").isMerged).toBe(false);
});

test.each([
  ["two areas sharing a cell", "A1:B2", "B2:C3"],
  ["an area inside another", "A1:C3", "B2:B2"],
  ["an area over a one-cell merge", "B2:B2", "A1:C3"],
  ["the same area twice", "A1:B2", "A1:B2"],
])("%s is still refused, as ExcelJS refused it", async (_name, first, second) => {
  const bytes = await workbookWith(
    `<row r="1">${text("A1", "цел")}</row>`,
    `<mergeCells><mergeCell ref="${first}"/><mergeCell ref="${second}"/></mergeCells>`,
  );
  const error = await load(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableWorkbookError);
  expect((error as UnreadableWorkbookError).describe("en")).toBe("the file is damaged and cannot be read (Cannot merge already merged cells)");
});

test("merging in a workbook being written refuses an overlap too, and unmerging frees the cells", () => {
  const sheet = new ExcelJS.Workbook().addWorksheet("Обобщение");
  sheet.mergeCells("A1:C1");
  expect(() => sheet.mergeCells("C1:D2")).toThrow("Cannot merge already merged cells");
  sheet.unMergeCells("A1");
  sheet.mergeCells("C1:D2");
  expect(sheet.model.merges).toEqual(["C1:D2"]);
});
