/**
 * Plan and report in the harness, through the real task pane (issue 15): a workbook holding a plan and its report
 * is reconciled by itself, each plan goal's place a link to it; "Сравни с плана…" reads a plan file chosen from disk,
 * names a file it cannot use, and keeps the comparison across re-checks until it is stopped; "Нов отчет от плана"
 * adds the report sheet, which the preview's tabs show, and its undo removes it.
 */
import type { Page } from "playwright-core";
import { buildWorkbook } from "../fixtures/builder";
import { BLAGOEVGRAD_PLAN, BLAGOEVGRAD_REPORT_CHANGED } from "../fixtures/planPair";
import { openHarness, settled, useBrowser } from "./browser";
import { checkAgain, openWorkbook, XLSX_TYPE } from "./workbooks";

const chromium = useBrowser();

/** Every issue the pane lists, as "rule@cell", scrolling its windowed list from top to bottom. */
async function listed(page: Page): Promise<string[]> {
  const main = page.locator("main");
  await main.evaluate((element) => (element.scrollTop = 0));
  const seen = new Set<string>();
  for (let step = 0; step < 200; step++) {
    // Read in one go: the window redraws as it scrolls, so rows found one by one may be gone when read.
    const drawn = await page
      .getByTestId("issue")
      .evaluateAll((issues) => issues.map((issue) => `${issue.getAttribute("data-rule")}@${issue.getAttribute("data-cell")}`));
    for (const issue of drawn) seen.add(issue);
    const atEnd = await main.evaluate((element) => {
      const before = element.scrollTop;
      element.scrollTop += element.clientHeight / 2;
      return element.scrollTop === before;
    });
    if (atEnd) break;
    await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))");
  }
  return [...seen].sort();
}

const planIssues = async (page: Page) => (await listed(page)).filter((issue) => issue.startsWith("plan."));

const EXPECTED_IN_WORKBOOK = ["plan.goalNotPlanned@B30", "plan.goalNotReported@B5", "plan.goalReworded@B10", "plan.targetChanged@H12"];

describe("a plan and its report in one workbook, in the harness", () => {
  it("reconciles the report by itself; a plan goal's place is a link that goes to it", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    await openWorkbook(page, "благоевград-2024.xlsx", [BLAGOEVGRAD_PLAN, BLAGOEVGRAD_REPORT_CHANGED]);
    // The plan sheet comes first and is shown: the pane checks it, and offers the report from it.
    await page.getByTestId("new-report").waitFor();
    await page.getByRole("tab", { name: "Отчет 2024" }).click();
    await checkAgain(page);
    expect(await page.getByTestId("plan-compared").textContent()).toContain("лист „План 2024“ на тази книга");
    expect(await planIssues(page)).toEqual(EXPECTED_IN_WORKBOOK);

    await page.locator("main").evaluate((element) => (element.scrollTop = 0));
    const source = page.locator('[data-testid="plan-source"][data-cell="B16"]');
    expect(await source.textContent()).toBe("В плана: лист „План 2024“, клетка B16");
    await source.click();
    expect(await settled(() => page.getByTestId("harness-selection").textContent(), "B16")).toBe("B16");
    expect(await page.getByRole("tab", { name: "План 2024" }).getAttribute("aria-selected")).toBe("true");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("Сравни с плана… in the harness", () => {
  it("reads a plan file, names a file it cannot use, and keeps the comparison until it is stopped", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    await openWorkbook(page, "отчет-2024.xlsx", [BLAGOEVGRAD_REPORT_CHANGED]);
    expect(await planIssues(page)).toEqual([]);

    const planFile = page.getByTestId("plan-file");
    await planFile.setInputFiles({ name: "бележки.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from("Ред №;Ежегодна цел") });
    await page.getByTestId("plan-failed").waitFor();
    expect(await page.getByTestId("plan-failed").textContent()).toContain(
      "Файлът „бележки.xlsx“ не може да бъде прочетен: файлът не е работна книга на Excel (.xlsx).",
    );
    await planFile.setInputFiles({ name: "отчет-без-план.xlsx", mimeType: XLSX_TYPE, buffer: await buildWorkbook([BLAGOEVGRAD_REPORT_CHANGED]) });
    await settled(async () => (await page.getByTestId("plan-failed").textContent())?.includes("отчет-без-план.xlsx"), true);
    expect(await page.getByTestId("plan-failed").textContent()).toContain("Във файла „отчет-без-план.xlsx“ няма план");

    await planFile.setInputFiles({ name: "план-2024.xlsx", mimeType: XLSX_TYPE, buffer: await buildWorkbook([BLAGOEVGRAD_PLAN]) });
    await page.getByTestId("plan-compared").waitFor();
    expect(await page.getByTestId("plan-compared").textContent()).toContain("във файла „план-2024.xlsx“, лист „План 2024“");
    expect(await planIssues(page)).toEqual(EXPECTED_IN_WORKBOOK);
    await page.locator("main").evaluate((element) => (element.scrollTop = 0));
    // In another file: the place is said, not a link.
    expect(await page.locator('[data-testid="plan-source"]').first().evaluate((node) => node.tagName)).toBe("SPAN");
    expect(await page.locator('[data-testid="plan-source"]').first().textContent()).toBe(
      "В плана „план-2024.xlsx“: лист „План 2024“, клетка B16",
    );

    await checkAgain(page);
    expect(await planIssues(page)).toEqual(EXPECTED_IN_WORKBOOK);
    await page.getByTestId("plan-clear").click();
    expect(await settled(() => planIssues(page), [])).toEqual([]);
    expect(await page.getByTestId("plan-compared").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("Нов отчет от плана in the harness", () => {
  it("adds the report sheet, shown in the tabs and checked against the plan; undo removes it", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    await openWorkbook(page, "план-2024.xlsx", [BLAGOEVGRAD_PLAN]);
    await page.getByTestId("new-report").click();
    await page.getByTestId("new-report-done").waitFor();
    expect(await page.getByTestId("new-report-done").textContent()).toContain("Отчетът е в лист „Отчет 2024“");
    expect(await page.getByTestId("harness-sheet-tab").allTextContents()).toEqual(["План 2024", "Отчет 2024"]);
    expect(await page.getByRole("tab", { name: "Отчет 2024" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.locator('td[data-address="A1"]').textContent()).toBe("Отчет на ежегодните цели на администрацията за 2024 г.");
    // The pane now checks the new report, reconciled with the plan beside it: every planned goal is there.
    await page.getByTestId("plan-compared").waitFor();
    const rules = new Set((await listed(page)).map((issue) => issue.split("@")[0]));
    expect(rules.has("status.missing")).toBe(true);
    expect([...rules].filter((rule) => rule?.startsWith("plan."))).toEqual([]);

    await page.getByTestId("undo").click();
    expect(await settled(() => page.getByTestId("harness-sheet-tab").allTextContents(), ["План 2024"])).toEqual(["План 2024"]);
    await page.getByTestId("new-report").waitFor(); // the plan is checked again, and offers the report again
    expect(errors).toEqual([]);
    await page.close();
  });
});
