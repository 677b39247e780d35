/**
 * Highlights and quick fixes in the harness, through the real task pane: the preview shows the fills, the
 * downloaded workbook has every cell's own fill back after "clear", a status fix makes its issue go and undo brings
 * it back, and texts stay texts.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { loadWorkbook } from "../../src/file/excelWorkbook";
import { buildWorkbook } from "../fixtures/builder";
import { cleanWith } from "../fixtures/clean";
import { blagoevgradMisspelt } from "../fixtures/misspelt";
import { filledReport } from "../fixtures/filled";
import { openHarness, settled, useBrowser } from "./browser";

const chromium = useBrowser();
const SHEET = "Приложение 2";


async function downloaded(page: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("harness-download").click()]);
  return loadWorkbook(new Uint8Array(await readFile(await download.path())));
}

/** Every cell's fill over the form (A1:T45), as parsed objects. */
function fillsOf(workbook: ExcelJS.Workbook): Record<string, unknown> {
  const sheet = workbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
  const fills: Record<string, unknown> = {};
  for (let row = 1; row <= 45; row++) {
    for (let col = 1; col <= 20; col++) fills[sheet.getCell(row, col).address] = sheet.getCell(row, col).fill ?? null;
  }
  return fills;
}

/** The text an element shows to the eye: without the words kept for screen readers. */
const seen = (element: Locator) =>
  element.evaluate((node) => {
    const copy = node.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-visually-hidden]").forEach((hidden) => hidden.remove());
    return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
  });

const fillShown = (page: Page, cell: string) => page.locator(`td[data-address="${cell}"]`).getAttribute("data-fill");

describe("highlights in the harness", () => {
  it("colours the cells with issues, and clearing gives every cell its own fill back in the downloaded file", async () => {
    const bytes = await filledReport();
    const before = fillsOf(await loadWorkbook(new Uint8Array(bytes)));
    const { page, errors } = await openHarness(chromium.browser);
    await page.getByTestId("harness-file").setInputFiles({ name: "blagoevgrad-2024.xlsx", mimeType: "", buffer: bytes });
    // The sample shown at start has an issue at H16 too: wait for the opened file's own fill, then for its check.
    expect(await settled(() => fillShown(page, "H16"), "#C6EFCE")).toBe("#C6EFCE");
    await page.locator('[data-testid="issue"][data-cell="H16"]').waitFor();

    const toggle = page.getByTestId("highlight-toggle");
    expect(await toggle.textContent()).toBe("Оцвети клетките със забележки");
    await toggle.click();
    expect(await settled(() => fillShown(page, "H16"), "#FFC7CE")).toBe("#FFC7CE"); // error
    expect(await fillShown(page, "G16")).toBe("#FFEB9C"); // warning
    expect(await fillShown(page, "A23")).toBe("#DDEBF7"); // info
    expect(await toggle.textContent()).toBe("Изчисти оцветяването");

    const highlighted = await downloaded(page);
    expect((highlighted.getWorksheet(SHEET) as ExcelJS.Worksheet).getCell("H16").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFC7CE" },
    });
    expect(highlighted.getWorksheet("p2check")?.state).toBe("veryHidden");
    expect(await page.getByTestId("harness-sheet-tab").allTextContents()).toEqual([SHEET]);

    await toggle.click();
    expect(await settled(() => fillShown(page, "H16"), "#C6EFCE")).toBe("#C6EFCE");
    expect(await fillShown(page, "A23")).toBeNull();
    const cleared = await downloaded(page);
    expect(fillsOf(cleared)).toEqual(before);
    expect(cleared.getWorksheet("p2check")).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("quick fixes in the harness", () => {
  const invalid = (page: Page) => page.locator('[data-testid="issue"][data-rule="status.invalid"]');
  const invalidCells = (page: Page) => invalid(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-cell")));
  const cellText = (page: Page, cell: string) => page.locator(`td[data-address="${cell}"]`).textContent();

  it("fixes one status, the issue goes, and undo brings the old text and the issue back", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    const bytes = await buildWorkbook([blagoevgradMisspelt]);
    await page.getByTestId("harness-file").setInputFiles({ name: "blagoevgrad-2024.xlsx", mimeType: "", buffer: bytes });
    await invalid(page).first().waitFor();
    expect(await invalidCells(page)).toEqual(["M8", "M9", "M10"]);

    const fix = page.locator('[data-testid="fix-one"][data-cell="M8"]');
    // The button says what it writes; its accessible name adds the cell.
    expect(await seen(fix)).toBe("Поправи на „Изпълнена“");
    await expect(page.getByRole("button", { name: "Поправи клетка M8 на „Изпълнена“", exact: true }).count()).resolves.toBe(1);
    await fix.click();
    expect(await settled(() => invalidCells(page), ["M9", "M10"])).toEqual(["M9", "M10"]);
    expect(await cellText(page, "M8")).toBe("Изпълнена");

    const undo = page.getByTestId("undo");
    expect(await undo.textContent()).toBe("Отмени: статус в M8");
    await undo.click();
    expect(await settled(() => invalidCells(page), ["M8", "M9", "M10"])).toEqual(["M8", "M9", "M10"]);
    expect(await cellText(page, "M8")).toBe("изпълнено");
    expect(await page.getByTestId("undo").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fixes all statuses after a preview, and undoes them in one step, text staying text", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    const bytes = await buildWorkbook([blagoevgradMisspelt]);
    await page.getByTestId("harness-file").setInputFiles({ name: "blagoevgrad-2024.xlsx", mimeType: "", buffer: bytes });
    await invalid(page).first().waitFor();

    await page.getByTestId("fix-all").click();
    expect(await page.getByTestId("fix-preview-row").allTextContents()).toEqual([
      "M8: „изпълнено“ → „Изпълнена“",
      "M9: „в процес“ → „В процес на изпълнение“",
      "M10: „=Изпълнен“ → „Изпълнена“",
    ]);
    await page.getByTestId("fix-apply").click();
    expect(await settled(() => invalidCells(page), [])).toEqual([]);
    const fixed = (await downloaded(page)).getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(["M8", "M9", "M10"].map((cell) => fixed.getCell(cell).value)).toEqual([
      "Изпълнена",
      "В процес на изпълнение",
      "Изпълнена",
    ]);

    expect(await page.getByTestId("undo").textContent()).toBe("Отмени: 3 статуса");
    await page.getByTestId("undo").click();
    expect(await settled(() => invalidCells(page), ["M8", "M9", "M10"])).toEqual(["M8", "M9", "M10"]);
    const undone = (await downloaded(page)).getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(["M8", "M9", "M10"].map((cell) => undone.getCell(cell).value)).toEqual(["изпълнено", "в процес", "=Изпълнен"]);
    expect(undone.getCell("M10").type).toBe(ExcelJS.ValueType.String);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows and names a Latin letter typed into a status, in the issue and in the preview", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    const bytes = await buildWorkbook([cleanWith(1, { status: "Изпълнeна" })]); // a Latin "e"
    await page.getByTestId("harness-file").setInputFiles({ name: "haskovo-2023.xlsx", mimeType: "", buffer: bytes });
    await invalid(page).first().waitFor();
    const note = invalid(page).getByTestId("look-alikes");
    expect(await note.textContent()).toBe("В клетката: „Изпълнeна“ — латинско „e“");
    expect(await note.locator("mark").allTextContents()).toEqual(["e"]);
    // The accessible name says it too.
    await expect(page.getByRole("button", { name: /латинско „e“/ }).getAttribute("data-rule")).resolves.toBe("status.invalid");
    expect(await seen(page.getByTestId("fix-one"))).toBe("Поправи на „Изпълнена“");

    await page.getByTestId("fix-all").click();
    expect(await page.getByTestId("fix-preview-row").allTextContents()).toEqual([
      expect.stringMatching(/^M\d+: „Изпълнeна“ → „Изпълнена“В клетката: „Изпълнeна“ — латинско „e“$/),
    ]);
    await page.getByTestId("harness-lang").selectOption("en");
    expect(await settled(() => note.textContent(), "In the cell: “Изпълнeна” — Latin “e”")).toBe(
      "In the cell: “Изпълнeна” — Latin “e”",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("adds the status drop-down, and undo takes it off", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    await page.getByTestId("dropdown-add").click();
    await page.getByTestId("actions-note").waitFor();
    // Pressed again it would only find its own rule: the button is gone until the undo.
    expect(await page.getByTestId("dropdown-add").count()).toBe(0);
    const withList = (await downloaded(page)).getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(withList.getCell("M8").dataValidation?.formulae).toEqual(['"Изпълнена,Неизпълнена,В процес на изпълнение"']);
    await page.getByTestId("undo").click();
    expect(await settled(() => page.getByTestId("undo").count(), 0)).toBe(0);
    expect(await page.getByTestId("dropdown-add").count()).toBe(1);
    const without = (await downloaded(page)).getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(without.getCell("M8").dataValidation).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
  it("keeps keyboard focus in the actions when the button pressed goes away", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    const bytes = await buildWorkbook([blagoevgradMisspelt]);
    await page.getByTestId("harness-file").setInputFiles({ name: "blagoevgrad-2024.xlsx", mimeType: "", buffer: bytes });
    await invalid(page).first().waitFor();
    // What has focus: its test id, or else its text.
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.textContent ?? "");
    const press = async (testId: string) => {
      await page.getByTestId(testId).focus();
      await page.keyboard.press("Enter");
    };

    // Apply closes the preview, and "fix all" goes once nothing is left to fix: focus goes to the undo of the change.
    await press("fix-all");
    expect(await focused()).toBe("fix-all");
    await press("fix-apply");
    expect(await settled(() => invalidCells(page), [])).toEqual([]);
    expect(await settled(focused, "undo")).toBe("undo");
    // Undo with nothing left to undo goes too: focus goes to the first of the actions.
    await page.keyboard.press("Enter");
    expect(await settled(() => invalidCells(page), ["M8", "M9", "M10"])).toEqual(["M8", "M9", "M10"]);
    expect(await settled(focused, "Обобщение")).toBe("Обобщение");
    // The drop-down's button goes once it has added the list.
    await press("dropdown-add");
    await page.getByTestId("actions-note").waitFor();
    expect(await settled(focused, "undo")).toBe("undo");
    // A button that stays keeps focus while it works and after.
    await press("highlight-toggle");
    expect(await settled(() => page.getByTestId("highlight-toggle").textContent(), "Изчисти оцветяването")).toBe(
      "Изчисти оцветяването",
    );
    expect(await focused()).toBe("highlight-toggle");
    expect(errors).toEqual([]);
    await page.close();
  });
});
