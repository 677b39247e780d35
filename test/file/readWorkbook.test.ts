import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAt, formatAt, lastCol, lastRow, type SheetGrid } from "../../src/core/grid";
import { text, type StringKey } from "../../src/core/i18n/strings";
import { shortMessage, UnreadableWorkbookError } from "../../src/file/errors";
import { readWorkbook } from "../../src/file/readWorkbook";
import { buildWorkbook, placementOf, type FormRow, type FormSheet, type SheetSpec } from "../fixtures/builder";
import { odsBytes } from "../fixtures/openDocument";

async function readSpecs(sheets: SheetSpec[]): Promise<SheetGrid[]> {
  return readWorkbook(await buildWorkbook(sheets));
}

async function readOne(sheets: SheetSpec[]): Promise<SheetGrid> {
  const [grid] = await readSpecs(sheets);
  if (!grid) throw new Error("no sheet read");
  return grid;
}

/** For what the builder cannot express (rich text, formulas, errors, dates, hidden sheets). */
async function bytesOf(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function readBook(fill: (workbook: ExcelJS.Workbook) => void): Promise<SheetGrid[]> {
  return readWorkbook(await bytesOf(fill));
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array" });
}

async function failureOf(bytes: Uint8Array): Promise<UnreadableWorkbookError> {
  try {
    await readWorkbook(bytes);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return error;
    throw new Error(`expected UnreadableWorkbookError, got ${String(error)}`);
  }
  throw new Error("expected the workbook to be refused");
}

async function expectReason(bytes: Uint8Array, reason: StringKey): Promise<UnreadableWorkbookError> {
  const error = await failureOf(bytes);
  expect(error.reason).toBe(reason);
  return error;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A fake compound file: the CFB signature, zero padding, and the given directory names in UTF-16LE. */
function fakeCfb(names: string[]): Uint8Array {
  const bytes = [...CFB_MAGIC, ...new Array<number>(504).fill(0)];
  for (const name of names) {
    for (const ch of name) bytes.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
    bytes.push(0, 0, ...new Array<number>(30).fill(0));
  }
  return new Uint8Array(bytes);
}

function ascii(s: string): Uint8Array {
  return new Uint8Array([...s].map((ch) => ch.charCodeAt(0)));
}

describe("readWorkbook: values", () => {
  it("keeps text, numbers, numbers written as text and their number formats", async () => {
    const grid = await readOne([
      {
        name: "Данни",
        cells: {
          A1: "Изпълнена",
          B1: 42,
          C1: "42",
          D1: { value: 0.25, numFmt: "0%" },
          E1: { value: 1234.5, numFmt: "#,##0.00" },
          F1: { value: 3, numFmt: '0 "бр."' },
        },
      },
    ]);
    expect(grid.name).toBe("Данни");
    expect(grid.values[0]).toEqual(["Изпълнена", 42, "42", 0.25, 1234.5, 3]);
    expect(formatAt(grid, 1, 1)).toBeUndefined();
    expect(formatAt(grid, 1, 2)).toBeUndefined();
    expect(formatAt(grid, 1, 4)).toBe("0%");
    expect(formatAt(grid, 1, 5)).toBe("#,##0.00");
    expect(formatAt(grid, 1, 6)).toBe('0 "бр."');
  });

  it("flattens rich text, hyperlinks and errors, and reads booleans", async () => {
    const [grid] = await readBook((workbook) => {
      const sheet = workbook.addWorksheet("Лист1");
      const bold = { bold: true };
      sheet.getCell("A1").value = { richText: [{ text: "В процес " }, { font: bold, text: "на изпълнение" }] };
      sheet.getCell("B1").value = { text: "страница", hyperlink: "https://www.gov.bg" };
      sheet.getCell("C1").value = { error: "#N/A" };
      sheet.getCell("D1").value = true;
      sheet.getCell("E1").value = false;
    });
    expect(grid?.values[0]).toEqual(["В процес на изпълнение", "страница", "#N/A", true, false]);
  });

  it("reads formulas as their cached results, shared formulas included, and null when never calculated", async () => {
    const [grid] = await readBook((workbook) => {
      const sheet = workbook.addWorksheet("Лист1");
      sheet.getCell("A1").value = { formula: "1+2", result: 3 };
      sheet.getCell("A2").value = { sharedFormula: "A1", result: 7 };
      sheet.getCell("B1").value = { formula: 'A1&" бр."', result: "3 бр." };
      sheet.getCell("C1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      sheet.getCell("D1").value = { formula: "A1>2", result: true };
      sheet.getCell("E1").value = { formula: "SUM(Z1:Z9)" } as ExcelJS.CellFormulaValue;
      sheet.getCell("F1").value = "after";
    });
    if (!grid) throw new Error("no sheet");
    expect(grid.values[0]).toEqual([3, "3 бр.", "#DIV/0!", true, null, "after"]);
    expect(cellAt(grid, 2, 1)).toBe(7);
  });

  it("reports dates as Excel serials and keeps their number format", async () => {
    const [grid] = await readBook((workbook) => {
      const sheet = workbook.addWorksheet("Лист1");
      sheet.getCell("A1").value = new Date(Date.UTC(2024, 0, 15));
      sheet.getCell("A1").numFmt = "dd.mm.yyyy";
      sheet.getCell("B1").value = new Date(Date.UTC(2024, 0, 15, 18));
      sheet.getCell("B1").numFmt = "dd.mm.yyyy hh:mm";
      sheet.getCell("C1").value = { formula: "DATE(2024,12,31)", result: new Date(Date.UTC(2024, 11, 31)) };
      sheet.getCell("C1").numFmt = "d.m.yyyy";
    });
    if (!grid) throw new Error("no sheet");
    // 2024-01-15 is serial 45306 in Excel's 1900 date system; 18:00 is 0.75 of a day.
    expect(grid.values[0]).toEqual([45306, 45306.75, 45657]);
    expect(formatAt(grid, 1, 1)).toBe("dd.mm.yyyy");
    expect(formatAt(grid, 1, 2)).toBe("dd.mm.yyyy hh:mm");
  });

  it("reports the stored serial of a workbook in the 1904 date system", async () => {
    const [grid] = await readBook((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet("Лист1");
      sheet.getCell("A1").value = new Date(Date.UTC(2024, 0, 15));
      sheet.getCell("A1").numFmt = "dd.mm.yyyy";
    });
    expect(grid?.values[0]?.[0]).toBe(45306 - 1462);
  });

  it("accepts a plain Uint8Array and a view into a larger buffer", async () => {
    const bytes = await bytesOf((workbook) => (workbook.addWorksheet("Лист1").getCell("B2").value = "вътре"));
    // Another workbook right after the view: reading past the view's end would find that one instead.
    const other = await bytesOf((workbook) => (workbook.addWorksheet("Друг").getCell("A1").value = "вън"));
    const shared = new Uint8Array(32 + bytes.length + other.length).fill(0x41);
    shared.set(bytes, 32);
    shared.set(other, 32 + bytes.length);
    for (const input of [new Uint8Array(bytes), shared.subarray(32, 32 + bytes.length)]) {
      const [grid] = await readWorkbook(input);
      expect(grid?.values).toEqual([["вътре"]]);
    }
  });
});

describe("readWorkbook: merges", () => {
  it("gives the value to the master cell only and lists the merged areas", async () => {
    const [grid] = await readBook((workbook) => {
      const sheet = workbook.addWorksheet("Лист1");
      sheet.getCell("B2").value = "обединена";
      sheet.getCell("E2").value = 5;
      sheet.mergeCells("B2:D3");
    });
    if (!grid) throw new Error("no sheet");
    expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 4 }]);
    expect(cellAt(grid, 2, 2)).toBe("обединена");
    for (const [row, col] of [[2, 3], [2, 4], [3, 2], [3, 3], [3, 4]] as const) {
      expect(cellAt(grid, row, col)).toBeNull();
    }
    expect(cellAt(grid, 2, 5)).toBe(5);
  });

  it("reads the builder's form: merged header groups and goals spread over rows", async () => {
    const rows: FormRow[] = [
      { no: 1, goal: "Цел едно", indicator: "Показател А", status: "Изпълнена", span: 2 },
      { indicator: "Показател Б" },
    ];
    const spec: FormSheet = { name: "Приложение 2", above: ["Администрация: X"], rows };
    const place = placementOf(spec);
    const grid = await readOne([spec]);
    const goalCol = 2;
    const top = place.rowOf(0);

    // "Ред №" spans the two header rows; the strategic group spans its three sub-columns.
    expect(grid.merges).toContainEqual({ top: place.headerRow, left: 1, bottom: place.headerRow + 1, right: 1 });
    expect(grid.merges).toContainEqual({ top: place.headerRow, left: 3, bottom: place.headerRow, right: 5 });
    expect(cellAt(grid, place.headerRow, 1)).toBe("Ред №");
    expect(cellAt(grid, place.headerRow + 1, 1)).toBeNull();
    expect(cellAt(grid, place.headerRow, 4)).toBeNull();
    expect(cellAt(grid, place.headerRow + 1, 4)).toBe("Стратегическа цел");

    expect(grid.merges).toContainEqual({ top, left: goalCol, bottom: top + 1, right: goalCol });
    expect(cellAt(grid, top, goalCol)).toBe("Цел едно");
    expect(cellAt(grid, top + 1, goalCol)).toBeNull();
    expect(cellAt(grid, top + 1, 6)).toBe("Показател Б");
  });
});

describe("readWorkbook: layout", () => {
  it("starts the grid at the first cell with a value (C5), ignoring formatted empty cells", async () => {
    const [grid] = await readBook((workbook) => {
      const sheet = workbook.addWorksheet("Лист1");
      sheet.getCell("A1").numFmt = "0%";
      sheet.getCell("A2").border = { top: { style: "thin" } };
      sheet.getCell("C5").value = "Ред №";
      sheet.getCell("D5").value = "Цел";
      sheet.getCell("E7").value = 12;
    });
    if (!grid) throw new Error("no sheet");
    expect(grid.origin).toEqual({ row: 5, col: 3 });
    expect(grid.values[0]?.[0]).toBe("Ред №");
    expect(cellAt(grid, 5, 4)).toBe("Цел");
    expect(cellAt(grid, 7, 5)).toBe(12);
    expect(cellAt(grid, 6, 4)).toBeNull();
    expect(lastRow(grid)).toBe(7);
    expect(lastCol(grid)).toBe(5);
  });

  it("reads every sheet in tab order, hidden and empty ones included", async () => {
    const grids = await readBook((workbook) => {
      workbook.addWorksheet("Първи").getCell("A1").value = "едно";
      workbook.addWorksheet("Празен");
      workbook.addWorksheet("Скрит", { state: "hidden" }).getCell("B3").value = 3;
      workbook.addWorksheet("Обобщение").getCell("A1").value = "четири";
    });
    expect(grids.map((grid) => grid.name)).toEqual(["Първи", "Празен", "Скрит", "Обобщение"]);
    expect(grids[1]?.values).toEqual([]);
    expect(grids[2]?.origin).toEqual({ row: 3, col: 2 });
    expect(grids[2]?.values).toEqual([[3]]);
    expect(grids[3]?.values).toEqual([["четири"]]);
  });

  it("reads a form of 5,000 rows to the end", async () => {
    const count = 5000;
    const rows: FormRow[] = Array.from({ length: count }, (_, i) => ({
      no: i + 1,
      goal: `Цел ${i + 1}`,
      indicator: "Брой обучени служители",
      currentValue: i,
      targetValue: { value: 0.9, numFmt: "0%" },
      amount: 1000 + i,
      status: "Изпълнена",
      progressInfo: "Изпълнено по график",
    }));
    const spec: FormSheet = { rows, statusList: false };
    const place = placementOf(spec);
    const grid = await readOne([spec]);
    const last = place.rowOf(count - 1);
    expect(lastRow(grid)).toBe(last);
    expect(grid.values).toHaveLength(last - grid.origin.row + 1);
    expect(lastCol(grid)).toBe(14);
    expect(cellAt(grid, last, 1)).toBe(count);
    expect(cellAt(grid, last, 2)).toBe(`Цел ${count}`);
    expect(cellAt(grid, last, 9)).toBe(1000 + count - 1);
    expect(formatAt(grid, last, 8)).toBe("0%");
  }, 30_000);
});

describe("readWorkbook: files it cannot read", () => {
  it("refuses random bytes, an empty file and a PDF as not a workbook", async () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    random[0] = 0x17; // never by chance a ZIP or CFB signature
    await expectReason(random, "file.notWorkbook");
    await expectReason(new Uint8Array(), "file.notWorkbook");
    await expectReason(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "file.notWorkbook");
    await expectReason(ascii("Ред №;Цел\n1;Цел едно\n"), "file.notWorkbook");
  });

  it("tells a password-protected workbook from an old .xls", async () => {
    await expectReason(fakeCfb(["Root Entry", "EncryptionInfo", "EncryptedPackage"]), "file.encrypted");
    await expectReason(fakeCfb(["Root Entry", "Workbook", "SummaryInformation"]), "file.legacyXls");
    // The name must be UTF-16LE directory text, not ASCII somewhere in the data.
    const asciiName = new Uint8Array([...fakeCfb(["Root Entry", "Workbook"]), ...ascii("EncryptionInfo")]);
    await expectReason(asciiName, "file.legacyXls");
  });

  it("calls a truncated or corrupted .xlsx damaged, with a one-line detail", async () => {
    const bytes = await buildWorkbook([{ name: "Лист1", cells: { A1: "текст", B2: 2 } }]);
    const truncated = await expectReason(new Uint8Array(bytes.subarray(0, bytes.length >> 1)), "file.damaged");
    const detail = String(truncated.params.detail);
    expect(detail).toMatch(/\S/);
    expect(detail).not.toMatch(/\n|https?:/);
    expect(truncated.message).toContain(detail);

    const corrupted = new Uint8Array(bytes);
    corrupted.fill(0x55, 200, 800);
    await expectReason(corrupted, "file.damaged");
  });

  it("calls a workbook part that is not XML damaged", async () => {
    const bytes = await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook><sheets><" });
    await expectReason(bytes, "file.damaged");
  });

  it("refuses a ZIP that holds no workbook: a plain archive and a .docx", async () => {
    await expectReason(await zipOf({ "readme.txt": "hello" }), "file.notWorkbook");
    const docx = await zipOf({
      "[Content_Types].xml": "<Types/>",
      "_rels/.rels": "<Relationships/>",
      "word/document.xml": "<w:document/>",
    });
    await expectReason(docx, "file.notWorkbook");
  });

  it("names an OpenDocument spreadsheet (.ods) and says to save it as .xlsx", async () => {
    const error = await failureOf(await odsBytes());
    expect(error.reason).toBe("file.openDocument");
    expect(text("bg", error.reason)).toMatch(/OpenDocument \(\.ods\).*го запишете като \.xlsx$/);
  });

  it("refuses a complete ZIP without a workbook even when ExcelJS chokes on its other parts", async () => {
    const bytes = await zipOf({ "_rels/.rels": "<<<>>>&&&", "word/document.xml": "<w:document/>" });
    await expectReason(bytes, "file.notWorkbook");
  });

  it("refuses a workbook whose sheets hold nothing, formatting and merges notwithstanding", async () => {
    const bytes = await bytesOf((workbook) => {
      workbook.addWorksheet("Лист1");
      const sheet = workbook.addWorksheet("Лист2");
      sheet.getCell("A1").numFmt = "0%";
      sheet.getCell("B2").value = "   ";
      sheet.mergeCells("C3:D4");
    });
    await expectReason(bytes, "file.empty");
  });

  it("keeps the detail to one line, without JSZip's advice link", () => {
    const jszip = "Can't find end of central directory : is this a zip file ? If it is, see https://x.y/z";
    const error = new Error(`${jszip}\nmore`);
    expect(shortMessage(error)).toBe("Can't find end of central directory : is this a zip file ?");
    expect(shortMessage(new Error("x".repeat(500)))).toHaveLength(160);
    expect(shortMessage("")).toBe("unknown error");
  });

  it("says why in the error's message", async () => {
    const error = await expectReason(new Uint8Array(), "file.notWorkbook");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("UnreadableWorkbookError");
    expect(error.message).toBe("the file is not an Excel workbook (.xlsx)");
  });
});
