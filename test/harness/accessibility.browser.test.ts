/**
 * axe-core over the task pane in the harness: no serious or critical WCAG 2.2 AA violation in Bulgarian and English,
 * light and dark, with issues listed, with the fix preview open, and after the summary was made; with a report
 * reconciled with its plan (the plan goals' links), a plan file refused, and after the report made from a plan.
 */
import type { Page } from "playwright-core";
import { buildWorkbook } from "../fixtures/builder";
import { blagoevgradMisspelt } from "../fixtures/misspelt";
import { BLAGOEVGRAD_PLAN, BLAGOEVGRAD_REPORT_CHANGED } from "../fixtures/planPair";
import { paneViolations, serious } from "./axe";
import { openHarness, useBrowser } from "./browser";
import { checkAgain, openWorkbook } from "./workbooks";

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

  it.each(["bg", "en"] as const)(
    "has no serious violation with the plan's features in %s: reconciled, a plan file refused, the report made",
    async (lang) => {
      const { page, errors } = await openHarness(chromium.browser, `?lang=${lang}`);
      await openWorkbook(page, "благоевград-2024.xlsx", [BLAGOEVGRAD_PLAN, BLAGOEVGRAD_REPORT_CHANGED]);
      await page.getByTestId("new-report").waitFor();
      expect(serious(await paneViolations(page))).toEqual([]);

      await page.getByRole("tab", { name: "Отчет 2024" }).click();
      await checkAgain(page);
      await page.locator('[data-testid="plan-source"]').first().waitFor();
      await page.getByTestId("plan-file").setInputFiles({ name: "бележки.xlsx", mimeType: "", buffer: Buffer.from("—") });
      await page.getByTestId("plan-failed").waitFor();
      expect(serious(await paneViolations(page))).toEqual([]);
      await setDark(page);
      expect(serious(await paneViolations(page))).toEqual([]);

      await page.getByRole("tab", { name: "План 2024" }).click();
      await checkAgain(page);
      await page.getByTestId("new-report").click();
      await page.getByTestId("new-report-done").waitFor();
      expect(serious(await paneViolations(page))).toEqual([]);
      await page.getByRole("checkbox", { name: /Тъмна тема|Dark theme/ }).uncheck();
      expect(serious(await paneViolations(page))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
