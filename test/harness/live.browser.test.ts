/**
 * Live re-check in the harness, which plays Excel: typing into a preview cell is Excel's onChanged (ExcelApi 1.7),
 * and the pane checks again by itself after the user pauses; `?live=0` plays an older Excel, where the pane says its
 * results may be out of date once the selection moves.
 */
import type { Page } from "playwright-core";
import { openHarness, settled, useBrowser } from "./browser";

const chromium = useBrowser();

const errors = (page: Page) => page.getByTestId("count-error").textContent();
const checks = (page: Page) => page.locator("main").getAttribute("data-checks");
const issueAt = (page: Page, cell: string) => page.locator(`[data-testid="issue"][data-cell="${cell}"]`).count();
const fillShown = (page: Page, cell: string) => page.locator(`td[data-address="${cell}"]`).getAttribute("data-fill");

/** Double-click a cell, type, Enter: as a user does in Excel. */
async function typeInto(page: Page, cell: string, text: string): Promise<void> {
  await page.locator(`[data-testid="harness-cell"][data-cell="${cell}"]`).dblclick();
  await page.getByTestId("harness-cell-editor").fill(text);
  await page.getByTestId("harness-cell-editor").press("Enter");
}

describe("live re-check", () => {
  it("checks again after an edit, without a click, and takes the highlight off a cell now clean", async () => {
    const { page, errors: pageErrors } = await openHarness(chromium.browser);
    expect(await errors(page)).toBe("2"); // H16 and H21 have no target value
    await page.getByTestId("highlight-toggle").click();
    expect(await settled(() => fillShown(page, "H16"), "#FFC7CE")).toBe("#FFC7CE");
    const before = Number(await checks(page));

    await typeInto(page, "H16", "5 бр.");
    expect(await page.locator('td[data-address="H16"]').textContent()).toBe("5 бр.");
    expect(await settled(() => errors(page), "1")).toBe("1");
    expect(await issueAt(page, "H16")).toBe(0);
    expect(Number(await checks(page))).toBe(before + 1);
    // The cell is clean now, and its own fill (none) is back; the other error keeps its highlight.
    expect(await settled(() => fillShown(page, "H16"), null)).toBeNull();
    expect(await fillShown(page, "H21")).toBe("#FFC7CE");

    // Enter on the selected cell opens the editor too.
    await page.locator('[data-testid="harness-cell"][data-cell="H21"]').click();
    await page.locator('[data-testid="harness-cell"][data-cell="H21"]').press("Enter");
    await page.getByTestId("harness-cell-editor").fill("3");
    await page.getByTestId("harness-cell-editor").press("Enter");
    expect(await settled(() => errors(page), "0")).toBe("0");
    expect(await page.getByTestId("verdict").getAttribute("data-verdict")).toBe("ready");
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("makes one check of edits in quick succession, not one per edit", async () => {
    const { page } = await openHarness(chromium.browser);
    const before = Number(await checks(page));
    // Two cells typed into a few milliseconds apart: well inside the pause the pane waits for.
    await page.evaluate(`(async () => {
      const type = async (cell, text) => {
        const td = document.querySelector('[data-testid="harness-cell"][data-cell="' + cell + '"]');
        td.dispatchEvent(new MouseEvent("dblclick", { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0)); // React draws the editor
        const editor = document.querySelector('[data-testid="harness-cell-editor"]');
        editor.value = text;
        editor.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      };
      await type("H16", "5 бр.");
      await type("H21", "3");
    })()`);
    expect(await settled(() => errors(page), "0")).toBe("0");
    expect(await settled(() => page.getByTestId("checking").count(), 0)).toBe(0);
    expect(Number(await checks(page))).toBe(before + 1);
    await page.close();
  });

  it("says the results may be out of date in an Excel without live edits, and checks again from there", async () => {
    const { page } = await openHarness(chromium.browser, "?live=0");
    await typeInto(page, "H16", "5 бр.");
    const stale = page.getByTestId("stale");
    await stale.waitFor();
    expect(await stale.textContent()).toContain("Листът може да е променен след проверката.");
    expect(await errors(page)).toBe("2"); // not checked by itself
    await stale.getByRole("button", { name: "Провери отново" }).click();
    expect(await settled(() => errors(page), "1")).toBe("1");
    expect(await settled(() => stale.count(), 0)).toBe(0);
    await page.close();
  });
});
