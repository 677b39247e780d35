/**
 * The real task pane in the harness, in Chromium: what it shows must be the core's Report for the same workbook,
 * clicking an issue must select its cell, and the language switch must re-word everything.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { checkWorkbook, type Report } from "../../src/core";
import { formatPercent } from "../../src/core/i18n/numbers";
import { readWorkbook } from "../../src/file/readWorkbook";
import { buildWorkbook } from "../fixtures/builder";
import { cleanSheet } from "../fixtures/clean";
import { openHarness, SAMPLE, settled, useBrowser } from "./browser";

const chromium = useBrowser();

async function sampleReport(lang: "bg" | "en"): Promise<Report> {
  const [report] = checkWorkbook(await readWorkbook(await readFile(SAMPLE)), { lang });
  if (!report) throw new Error("the sample has no report");
  return report;
}

/** What the pane shows, read back from its test hooks. */
async function shown(page: Page) {
  const issues = page.getByTestId("issue");
  return {
    counts: {
      error: Number(await page.getByTestId("count-error").textContent()),
      warning: Number(await page.getByTestId("count-warning").textContent()),
      info: Number(await page.getByTestId("count-info").textContent()),
    },
    completion: await page.getByTestId("completion").textContent(),
    issues: await issues.evaluateAll((buttons) =>
      buttons.map((button) => `${button.getAttribute("data-rule")}@${button.getAttribute("data-cell")}`).sort(),
    ),
  };
}

function expected(report: Report, lang: "bg" | "en") {
  return {
    counts: report.counts,
    completion: formatPercent(report.rollup.completionPercent!, lang),
    issues: report.issues.map((issue) => `${issue.rule}@${issue.cell}`).sort(),
  };
}

describe("the harness with the bundled sample", () => {
  it("checks the sample at start and shows exactly the core's Report", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    const report = await sampleReport("bg");
    expect(await shown(page)).toEqual(expected(report, "bg"));
    expect(report.counts.error).toBe(2);
    await expect(page.getByTestId("verdict").getAttribute("data-verdict")).resolves.toBe("fix");
    await expect(page.getByTestId("harness-sheet-tab").allTextContents()).resolves.toEqual(["Приложение 2"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("selects an issue's cell in the grid when the issue is clicked, and again with the keyboard", async () => {
    const { page } = await openHarness(chromium.browser);
    const target = page.locator('[data-testid="issue"][data-rule="indicator.targetMissing"]').first();
    const cell = await target.getAttribute("data-cell");
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await target.click();
    const selection = () => page.getByTestId("harness-selection").textContent();
    expect(await settled(selection, cell)).toBe(cell);
    await expect(page.locator(`td[data-address="${cell}"]`).getAttribute("class")).resolves.toContain("selected");

    const other = page.locator('[data-testid="issue"][data-rule="row.emptyNumbered"]').first();
    await other.focus();
    await page.keyboard.press("Enter");
    const otherCell = await other.getAttribute("data-cell");
    expect(await settled(selection, otherCell)).toBe(otherCell);
    await page.close();
  });

  it("switches the pane to English and back, with the messages of the core in that language", async () => {
    const { page } = await openHarness(chromium.browser);
    await page.getByTestId("harness-lang").selectOption("en");
    await page.getByRole("heading", { name: "Annex 2 report check" }).waitFor();
    const report = await sampleReport("en");
    expect(await shown(page)).toEqual(expected(report, "en"));
    const messages = await page.getByTestId("issue").evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ""));
    for (const issue of report.issues) expect(messages.some((m) => m.includes(issue.message))).toBe(true);
    await expect(page.getByRole("button", { name: "Check again" }).count()).resolves.toBe(1);

    await page.getByTestId("harness-lang").selectOption("bg");
    await page.getByRole("heading", { name: "Проверка на Приложение №2" }).waitFor();
    await expect(page.getByRole("button", { name: "Провери" }).count()).resolves.toBe(1);
    await page.close();
  });

  it("filters by severity with the count buttons and regroups by column without losing an issue", async () => {
    const { page } = await openHarness(chromium.browser);
    const report = await sampleReport("bg");
    const info = page.getByTestId("filter-info");
    expect(await info.getAttribute("aria-pressed")).toBe("true");
    await info.click();
    expect(await info.getAttribute("aria-pressed")).toBe("false");
    const issueCount = () => page.getByTestId("issue").count();
    const withoutInfo = report.counts.error + report.counts.warning;
    expect(await settled(issueCount, withoutInfo)).toBe(withoutInfo);
    await info.click();
    expect(await settled(issueCount, report.issues.length)).toBe(report.issues.length);

    const groups = () =>
      page.getByTestId("issue-group").evaluateAll((g) => g.map((e) => `${e.getAttribute("data-severity")}:${e.getAttribute("data-group")}`));
    const byRule = await groups();
    expect(byRule).toEqual([...new Set(byRule)]);
    expect(new Set(byRule)).toEqual(new Set(report.issues.map((issue) => `${issue.severity}:${issue.rule}`)));
    await page.getByRole("radio", { name: "по колона" }).check();
    const byColumn = await settled(groups, [...new Set(report.issues.map((i) => `${i.severity}:${i.field ?? "general"}`))]);
    expect(new Set(byColumn)).toEqual(new Set(report.issues.map((issue) => `${issue.severity}:${issue.field ?? "general"}`)));
    expect(await issueCount()).toBe(report.issues.length);
    await page.close();
  });
});

describe("the harness with a workbook opened from disk", () => {
  it("finds the form on the second sheet, and a click on an issue switches to that sheet", async () => {
    const bytes = await buildWorkbook([
      { name: "Указания", cells: { A1: "Указания за попълване на отчета", A2: "Попълнете листа „Отчет 2023“." } },
      cleanSheet({ rows: cleanSheet().rows.map((row, i) => (i === 1 ? { ...row, status: "Изпълнeна" } : row)) }),
    ]);
    const { page } = await openHarness(chromium.browser);
    await page.getByTestId("harness-file").setInputFiles({ name: "haskovo-2023.xlsx", mimeType: "", buffer: bytes });
    const invalid = page.locator('[data-testid="issue"][data-rule="status.invalid"]');
    await invalid.waitFor();
    await expect(page.getByTestId("harness-sheet-tab").allTextContents()).resolves.toEqual(["Указания", "Отчет 2023"]);
    await expect(page.locator('[data-testid="harness-sheet-tab"][aria-selected="true"]').textContent()).resolves.toBe("Указания");
    await expect(invalid.textContent()).resolves.toContain("„Изпълнена“");

    const [report] = checkWorkbook(await readWorkbook(bytes));
    expect(await shown(page)).toEqual(expected(report as Report, "bg"));
    await invalid.click();
    const cell = await invalid.getAttribute("data-cell");
    expect(await settled(() => page.getByTestId("harness-selection").textContent(), cell)).toBe(cell);
    const activeTab = () => page.locator('[data-testid="harness-sheet-tab"][aria-selected="true"]').textContent();
    expect(await settled(activeTab, "Отчет 2023")).toBe("Отчет 2023");
    await page.close();
  });

  it("names the file and the reason when it cannot be opened, and keeps the workbook that was open", async () => {
    const { page } = await openHarness(chromium.browser);
    await page.getByTestId("harness-file").setInputFiles({
      name: "отчет.xlsx",
      mimeType: "",
      buffer: Buffer.from("Това не е работна книга, а обикновен текст."),
    });
    const status = page.getByTestId("harness-status");
    await status.filter({ hasText: "не може да бъде отворен" }).waitFor();
    await expect(status.textContent()).resolves.toContain("отчет.xlsx не може да бъде отворен");
    await expect(status.textContent()).resolves.toContain("не е работна книга");
    await expect(page.getByTestId("harness-sheet-tab").allTextContents()).resolves.toEqual(["Приложение 2"]);
    await expect(page.getByTestId("count-error").textContent()).resolves.toBe("2");
    await page.close();
  });

  it("downloads the workbook as it now is, and it reads back to the same grid", async () => {
    const { page } = await openHarness(chromium.browser);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("harness-download").click()]);
    expect(download.suggestedFilename()).toBe("blagoevgrad-2024.xlsx");
    const path = await download.path();
    const downloaded = await readWorkbook(await readFile(path));
    const original = await readWorkbook(await readFile(SAMPLE));
    expect(downloaded.map((grid) => grid.values)).toEqual(original.map((grid) => grid.values));
    expect(checkWorkbook(downloaded)).toEqual(checkWorkbook(original));
    await page.close();
  });
});
