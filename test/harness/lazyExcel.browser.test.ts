/**
 * The harness opens a workbook with the project's reader: the sheets, the preview with the user's own fills and the
 * pane's results come without ExcelJS, whose script the page loads only when something is written, and then once.
 */
import type { Page } from "playwright-core";
import { filledReport } from "../fixtures/filled";
import { openHarness, settled, useBrowser } from "./browser";

const chromium = useBrowser();

/** The scripts the page has loaded so far, by file name without its hash ("harness", "exceljs"). */
function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name).pathname.split("/").pop() ?? "")
      .filter((name) => name.endsWith(".js"))
      .map((name) => name.replace(/\.[0-9a-f]+\.js$/, "")),
  );
}

const fillShown = (page: Page, cell: string) => page.locator(`td[data-address="${cell}"]`).getAttribute("data-fill");

describe("ExcelJS in the harness", () => {
  it("is not loaded to open and check a workbook, and is loaded once, at the first write", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    await page.getByTestId("harness-file").setInputFiles({ name: "отчет.xlsx", mimeType: "", buffer: await filledReport() });
    // The opened file's own fill (the sample has none at H16), then its check's issue at H16.
    expect(await settled(() => fillShown(page, "H16"), "#C6EFCE")).toBe("#C6EFCE");
    expect(await fillShown(page, "G16")).toBe("#FFFFFF"); // a patterned fill shows its background
    await page.locator('[data-testid="issue"][data-cell="H16"]').waitFor();
    expect(await page.getByTestId("harness-sheet-tab").allTextContents()).toEqual(["Приложение 2"]);
    expect(await scriptsLoaded(page)).toEqual(["harness"]);

    await page.getByTestId("highlight-toggle").click();
    expect(await settled(() => fillShown(page, "H16"), "#FFC7CE")).toBe("#FFC7CE");
    await page.getByTestId("highlight-toggle").click(); // clearing: a second write
    expect(await settled(() => fillShown(page, "H16"), "#C6EFCE")).toBe("#C6EFCE");
    expect(await scriptsLoaded(page)).toEqual(["harness", "exceljs"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
