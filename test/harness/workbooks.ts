/** Opening built workbooks in the harness and checking again, for the browser tests that drive the pane over them. */
import type { Page } from "playwright-core";
import { buildWorkbook, type FormSheet } from "../fixtures/builder";
import { settled } from "./browser";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Opens the sheets as a workbook named `name` with the harness's file button, and waits for the new pane's check. */
export async function openWorkbook(page: Page, name: string, sheets: FormSheet[]): Promise<void> {
  await page.getByTestId("harness-file").setInputFiles({ name, mimeType: XLSX_TYPE, buffer: await buildWorkbook(sheets) });
  // The tabs show the new workbook in the same drawing as its new pane, whose first check is then awaited.
  const names = sheets.map((sheet) => sheet.name);
  await settled(() => page.getByTestId("harness-sheet-tab").allTextContents(), names);
  await settled(() => page.locator("main").getAttribute("data-checks"), "1");
  await page.getByTestId("count-error").waitFor();
}

/** Presses the pane's "check again" and waits until that check is done. */
export async function checkAgain(page: Page): Promise<void> {
  const before = Number(await page.locator("main").getAttribute("data-checks"));
  await page.getByRole("button", { name: /Провери отново|Check again/ }).click();
  await settled(async () => Number(await page.locator("main").getAttribute("data-checks")) > before, true);
}
