/**
 * Highlights and quick fixes in the file host (the harness, over an ExcelJS workbook): "clear" and undo give every
 * cell back exactly what it had — solid, patterned and gradient fills, no fill — also after the workbook is
 * downloaded and opened again.
 */
import ExcelJS from "exceljs";
import { checkSheet } from "../../src/core/check";
import { STATUSES } from "../../src/core/fields";
import { FileHost } from "../../src/file/fileHost";
import { loadWorkbook } from "../../src/file/excelWorkbook";
import { STORE_SHEET } from "../../src/file/sheetStore";
import { HIGHLIGHTS_KEY, type CellMark } from "../../src/host/edits";
import { HostError } from "../../src/host/hostError";
import { buildWorkbook } from "../fixtures/builder";
import { blagoevgradMisspelt } from "../fixtures/misspelt";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";

const SHEET = "Приложение 2";

const OWN_FILLS: Record<string, ExcelJS.Fill> = {
  H16: { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } },
  G16: { type: "pattern", pattern: "darkGray", fgColor: { argb: "FF7F7F7F" }, bgColor: { argb: "FFFFFFFF" } },
  H9: { type: "pattern", pattern: "lightTrellis", fgColor: { argb: "FFFF0000" }, bgColor: { argb: "FFFFFF00" } },
  H21: {
    type: "gradient",
    gradient: "angle",
    degree: 90,
    stops: [
      { position: 0, color: { argb: "FF4472C4" } },
      { position: 1, color: { argb: "FFFFFFFF" } },
    ],
  },
};

async function reopened(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The report with the user's own fills, as a file opened from disk. */
async function userWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024]));
  const sheet = workbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
  // A style object of the cell's own: ExcelJS shares one among cells that had the same style in the file.
  for (const [address, fill] of Object.entries(OWN_FILLS)) sheet.getCell(address).style = { ...sheet.getCell(address).style, fill };
  return reopened(workbook);
}

function hostOver(workbook: ExcelJS.Workbook, changed = jest.fn()): FileHost {
  return new FileHost(workbook, { activeSheet: () => SHEET, select: () => undefined, changed });
}

/** Every cell's fill over the form (A1:T45, the table ends at row 30), as JSON. */
function fillsOf(workbook: ExcelJS.Workbook): Record<string, string | undefined> {
  const sheet = workbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
  const fills: Record<string, string | undefined> = {};
  for (let row = 1; row <= 45; row++) {
    for (let col = 1; col <= 20; col++) {
      const cell = sheet.getCell(row, col);
      fills[cell.address] = cell.fill === undefined ? undefined : JSON.stringify(cell.fill);
    }
  }
  return fills;
}

async function marksOf(host: FileHost): Promise<CellMark[]> {
  return checkSheet(await host.read()).issues.map(({ sheet, cell, severity }) => ({ sheet, cell, severity }));
}

describe("FileHost highlights", () => {
  it("fills the cells with issues and clears back to the exact fills, after download and reopening too", async () => {
    const workbook = await userWorkbook();
    const before = fillsOf(workbook);
    const own = workbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(Object.keys(OWN_FILLS).map((address) => own.getCell(address).fill)).toEqual(Object.values(OWN_FILLS));
    const changed = jest.fn();
    const host = hostOver(workbook, changed);
    await host.highlight(await marksOf(host));
    expect(changed).toHaveBeenCalled();
    const sheet = workbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(sheet.getCell("H16").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.getCell("G16").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } });
    expect(sheet.getCell("A23").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });

    const downloaded = await reopened(workbook);
    expect(downloaded.getWorksheet(STORE_SHEET)?.state).toBe("veryHidden");
    const again = hostOver(downloaded);
    expect(again.highlighted()).toBe(true);
    await again.clearHighlights();
    expect(again.highlighted()).toBe(false);
    const cleared = await reopened(downloaded);
    expect(fillsOf(cleared)).toEqual(before);
    expect(cleared.getWorksheet(STORE_SHEET)).toBeUndefined();
  });

  it("changes no other cell that shared a style with a highlighted one", async () => {
    const workbook = await userWorkbook();
    const before = fillsOf(workbook);
    const host = hostOver(workbook);
    await host.highlight([{ sheet: SHEET, cell: "G17", severity: "info" }]);
    const after = fillsOf(workbook);
    const changed = Object.keys(before).filter((address) => before[address] !== after[address]);
    expect(changed).toEqual(["G17"]);
  });

  it("highlighting again keeps the first originals and gives unmarked cells their fill back", async () => {
    const workbook = await userWorkbook();
    const before = fillsOf(workbook);
    const host = hostOver(workbook);
    const marks = await marksOf(host);
    await host.highlight(marks);
    await host.highlight(marks.filter((mark) => mark.cell !== "H9"));
    expect((workbook.getWorksheet(SHEET) as ExcelJS.Worksheet).getCell("H9").fill).toEqual(OWN_FILLS.H9);
    await host.highlight(marks);
    await host.clearHighlights();
    expect(fillsOf(workbook)).toEqual(before);
  });

  it("says in words when the sheet has gone, and changes nothing", async () => {
    const workbook = await userWorkbook();
    const host = hostOver(workbook);
    const failure = await host
      .highlight([
        { sheet: SHEET, cell: "H16", severity: "error" },
        { sheet: "Изтрит", cell: "A1", severity: "error" },
      ])
      .catch((error: unknown) => error);
    expect((failure as HostError).key).toBe("host.notFound");
    expect(host.store.get(HIGHLIGHTS_KEY)).toBeUndefined();
    expect((workbook.getWorksheet(SHEET) as ExcelJS.Worksheet).getCell("H16").fill).toEqual(OWN_FILLS.H16);
  });
});

describe("FileHost quick fixes", () => {
  it("writes the suggestions as text and undoes them exactly, a text like a formula included", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgradMisspelt]));
    const host = hostOver(workbook);
    const issues = checkSheet(await host.read()).issues.filter((issue) => issue.rule === "status.invalid");
    const revert = await host.writeTexts(issues.map((issue) => ({ sheet: SHEET, cell: issue.cell, text: issue.suggestion as string })));
    expect(checkSheet(await host.read()).issues.filter((issue) => issue.rule.startsWith("status"))).toEqual([]);
    await revert();
    const downloaded = await reopened(workbook);
    const sheet = downloaded.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(["M8", "M9", "M10"].map((address) => sheet.getCell(address).value)).toEqual(["изпълнено", "в процес", "=Изпълнен"]);
    expect(sheet.getCell("M10").type).toBe(ExcelJS.ValueType.String);
  });

  it("gives back rich text as it was", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgradMisspelt]));
    const cell = (workbook.getWorksheet(SHEET) as ExcelJS.Worksheet).getCell("M8");
    const rich = { richText: [{ text: "изпъл", font: { bold: true } }, { text: "нено" }] };
    cell.value = rich;
    const revert = await hostOver(workbook).writeTexts([{ sheet: SHEET, cell: "M8", text: STATUSES.fulfilled }]);
    expect(cell.value).toBe("Изпълнена");
    await revert();
    expect(cell.value).toEqual(rich);
  });

  it("adds the status drop-down and removes it exactly, and never overwrites a rule already there", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024]));
    const host = hostOver(workbook);
    const dropDown = { sheet: SHEET, range: "M8:M30", values: Object.values(STATUSES) };
    const result = await host.addDropDown(dropDown);
    if (!result.added) throw new Error("expected the drop-down to be added");
    const downloaded = await reopened(workbook);
    const sheet = downloaded.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(sheet.getCell("M8").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Изпълнена,Неизпълнена,В процес на изпълнение"'],
    });
    expect(sheet.getCell("M30").dataValidation?.type).toBe("list");
    expect(sheet.getCell("M31").dataValidation).toBeUndefined();

    expect(await hostOver(downloaded).addDropDown(dropDown)).toEqual({ added: false });
    await result.revert();
    const undone = await reopened(workbook);
    const cells = Array.from({ length: 23 }, (_, i) => (undone.getWorksheet(SHEET) as ExcelJS.Worksheet).getCell(`M${i + 8}`));
    expect(cells.filter((cell) => cell.dataValidation !== undefined)).toEqual([]);
  });
});
