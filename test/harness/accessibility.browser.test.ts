/**
 * axe-core over the task pane in the harness: no serious or critical WCAG 2.2 AA violation in Bulgarian and English,
 * light and dark, with issues listed, with the fix preview open, and after the summary was made.
 */
import type { Page } from "playwright-core";
import { buildWorkbook } from "../fixtures/builder";
import { blagoevgradMisspelt } from "../fixtures/misspelt";
import { paneViolations, serious } from "./axe";
import { openHarness, useBrowser } from "./browser";

const chromium = useBrowser();

async function setDark(page: Page): Promise<void> {
  await page.getByRole("checkbox", { name: /Тъмна тема|Dark theme/ }).check();
}

describe("accessibility of the pane (axe-core, WCAG 2.2 AA)", () => {
  it.each([
    ["bg", false],
    ["en", true],
    ["bg", true],
    ["en", false],
  ] as const)("has no serious violation over the sample in %s (dark: %s), with issues listed", async (lang, dark) => {
    const { page, errors } = await openHarness(chromium.browser, `?lang=${lang}`);
    if (dark) await setDark(page);
    expect(await page.getByTestId("issue").count()).toBeGreaterThan(0);
    expect(serious(await paneViolations(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has no serious violation with the fix preview open, nor after the summary, in both themes", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    await page.getByTestId("harness-file").setInputFiles({
      name: "blagoevgrad-2024.xlsx",
      mimeType: "",
      buffer: await buildWorkbook([blagoevgradMisspelt]),
    });
    await page.locator('[data-testid="fix-one"][data-cell="M8"]').waitFor();
    await page.getByTestId("fix-all").click();
    await page.getByTestId("fix-preview").waitFor();
    expect(serious(await paneViolations(page))).toEqual([]);
    await setDark(page);
    expect(serious(await paneViolations(page))).toEqual([]);

    await page.getByRole("button", { name: "Обобщение", exact: true }).click();
    await page.getByTestId("summary-done").waitFor();
    expect(serious(await paneViolations(page))).toEqual([]);
    await page.getByTestId("harness-lang").selectOption("en");
    await page.getByRole("heading", { name: /Annex.2 report check/ }).waitFor();
    expect(serious(await paneViolations(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
