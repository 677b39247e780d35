// Hostile workbooks: refused by what they declare or contain, before they can take the memory or the time.
import { UnreadableWorkbookError } from "../../../src/file/errors";
import { readWorkbook } from "../../../src/file/readWorkbook";
import { DEFAULT_LIMITS } from "../../../src/file/xlsx/limits";
import { buildWorkbook } from "../../fixtures/builder";
import { inlineText as text, workbookWith } from "../../fixtures/rawXlsx";


async function refusal(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<UnreadableWorkbookError> {
  const error = await readWorkbook(bytes, limits).catch((e: unknown) => e);
  if (!(error instanceof UnreadableWorkbookError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

test("a part that would inflate past the limit is refused by its declared size, named, in MB", async () => {
  const bytes = await buildWorkbook([{ name: "Отчет", cells: { A1: "Цел", B2: "x".repeat(3 * 1024 * 1024) } }]);
  const limits = { ...DEFAULT_LIMITS, maxPartBytes: 1024 * 1024 };
  const error = await refusal(bytes, limits);
  expect(error.reason).toBe("file.tooLarge");
  expect(error.describe("bg")).toMatch(/частта xl\/sharedStrings\.xml се разгъва до 3 MB \(най-много 1 MB\)/);
});

test("a part that lies about its size comes out cut short, never larger: the file is damaged", async () => {
  const bytes = await workbookWith(`<row r="1">${text("A1", "Цел ".repeat(5000))}</row>`);
  // The central directory's "uncompressed size" of the sheet entry, set to 100 bytes.
  const lying = new Uint8Array(bytes);
  const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
  for (let i = 0; i < lying.length - 46; i++) {
    const central = lying[i] === 0x50 && lying[i + 1] === 0x4b && lying[i + 2] === 0x01 && lying[i + 3] === 0x02;
    if (central && name.every((b, k) => lying[i + 46 + k] === b)) new DataView(lying.buffer).setUint32(i + 24, 100, true);
  }
  expect((await refusal(lying)).reason).toBe("file.damaged");
});

test.each([
  ["a row past 1,048,576", `<row r="99999999">${text("A99999999", "x")}</row>`, "", "ред 99999999 (Excel има до 1 048 576 реда)"],
  ["a column past XFD", `<row r="1">${text("XFE1", "x")}</row>`, "", "колона 16385 (Excel има до 16 384 колони)"],
  ["a merge past the last row", `<row r="1">${text("A1", "x")}</row>`, '<mergeCells><mergeCell ref="A1:B2000000"/></mergeCells>', "ред 2000000 (Excel има до 1 048 576 реда)"],
])("%s is refused, the sheet and the place named in the user's language", async (_name, data, merges, what) => {
  const error = await refusal(await workbookWith(data, merges));
  expect(error.describe("bg")).toBe(`лист „Отчет“ излиза извън границите на Excel: ${what}`);
});

test("says the place beyond Excel's limits in English too", async () => {
  const error = await refusal(await workbookWith(`<row r="1">${text("XFE1", "x")}</row>`));
  expect(error.describe("en")).toBe("sheet “Отчет” goes beyond Excel's limits: column 16385 (Excel has up to 16,384 columns)");
});

test("a value in the last row costs a pointer per empty row, not a row array each", async () => {
  const [grid] = await readWorkbook(await workbookWith(`<row r="1">${text("A1", "Цел")}</row><row r="1048576">${text("A1048576", "край")}</row>`));
  expect(grid?.values.length).toBe(1_048_576);
  expect(new Set(grid?.values).size).toBe(3); // the first row, the last, and one shared empty row
  expect(Object.isFrozen(grid?.values[5])).toBe(true);
});

test("one merge over the whole sheet below the header is read, and blanks only what it covers", async () => {
  const data = `<row r="1">${text("A1", "Ред №")}${text("B1", "Цел")}</row><row r="40">${text("A40", "горе вляво")}${text("C40", "скрито")}</row>`;
  const [grid] = await readWorkbook(await workbookWith(data, '<mergeCells><mergeCell ref="A40:XFD1048576"/></mergeCells>'));
  expect(grid?.merges).toEqual([{ top: 40, left: 1, bottom: 1_048_576, right: 16_384 }]);
  expect(grid?.values[39]).toEqual(["горе вляво"]);
  expect(grid?.values[0]).toEqual(["Ред №", "Цел"]);
});

test("50,000 merged areas are indexed, not compared pairwise", async () => {
  const rows: string[] = [];
  const merges: string[] = [];
  for (let r = 1; r <= 50_000; r++) {
    rows.push(`<row r="${r}">${text(`A${r}`, `ц${r}`)}${text(`B${r}`, "скрито")}</row>`);
    merges.push(`<mergeCell ref="A${r}:B${r}"/>`);
  }
  const [grid] = await readWorkbook(await workbookWith(rows.join(""), `<mergeCells>${merges.join("")}</mergeCells>`));
  expect(grid?.merges.length).toBe(50_000);
  expect(grid?.values[49_999]).toEqual(["ц50000"]); // B50000 is inside the merge: empty, so the row ends at A
});

test("a sheet whose dense rows would pass the cell limit is refused with the limit named", async () => {
  const data = Array.from({ length: 10 }, (_, i) => `<row r="${i + 1}">${text(`A${i + 1}`, "a")}${text(`Z${i + 1}`, "z")}</row>`).join("");
  const error = await refusal(await workbookWith(data), { ...DEFAULT_LIMITS, maxGridCells: 100 });
  expect(error.reason).toBe("file.gridTooLarge");
  expect(error.describe("bg")).toBe("лист „Отчет“ е твърде голям за проверка: над 100 клетки");
});
