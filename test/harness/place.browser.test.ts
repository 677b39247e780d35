/**
 * The pane as a user at Excel's default width sees it and works through it: the first issue on the first screen,
 * no sideways scroll at 280 px, the place kept through a fix (filters, grouping, closed groups, the row in view,
 * focus, the one live region), next and previous, the spinner drawn before the work, and thousands of issues
 * windowed.
 */
import type { Page } from "playwright-core";
import { RULES } from "../../src/core/rules";
import { buildWorkbook, type FormRow } from "../fixtures/builder";
import { cleanRows, cleanSheet } from "../fixtures/clean";
import { openHarness, settled, useBrowser, watchSpinner } from "./browser";

const chromium = useBrowser();

/** Excel's default task pane on a small laptop screen. */
const SCREEN = { width: 1400, height: 700 };

/** `count` goals of the clean report, numbered, each with a change (e.g. a status written the way people do). */
function goals(count: number, change: (index: number) => FormRow): FormRow[] {
  return Array.from({ length: count }, (_, i) => ({ ...cleanRows[i % cleanRows.length], no: `${i + 1}.`, ...change(i) }));
}

async function openWith(page: Page, rows: FormRow[], name = "haskovo-2023.xlsx"): Promise<void> {
  await page.getByTestId("harness-file").setInputFiles({ name, mimeType: "", buffer: await buildWorkbook([cleanSheet({ rows })]) });
  await settled(() => page.locator('[data-testid="harness-sheet-tab"]').allTextContents(), ["Отчет 2023"]);
}

/** The pane's own scroll: its top and how far it is scrolled. */
const paneTop = (page: Page) => page.locator("main").evaluate((main) => main.getBoundingClientRect().top);
const issueTop = (page: Page, cell: string) =>
  page.locator(`[data-testid="issue"][data-cell="${cell}"]`).evaluate((issue) => Math.round(issue.getBoundingClientRect().top));

describe("the pane at Excel's default width", () => {
  it.each(["bg", "en"])("shows the first issue on the first screen at 350 × 700 (%s)", async (lang) => {
    const { page } = await openHarness(chromium.browser, `?lang=${lang}`);
    await page.setViewportSize(SCREEN);
    expect((await page.locator("aside").boundingBox())?.width).toBe(350);
    const first = await page.getByTestId("issue").first().boundingBox();
    expect(first).not.toBeNull();
    expect((first?.y ?? Infinity) + (first?.height ?? 0)).toBeLessThanOrEqual(SCREEN.height);
    // Errors come first, and the first one is the sample's first error.
    expect(await page.getByTestId("issue").first().getAttribute("data-severity")).toBe("error");
    await page.close();
  });

  it.each(["bg", "en"])("does not scroll sideways at 280 CSS px, with the details open (%s)", async (lang) => {
    const { page } = await openHarness(chromium.browser, `?lang=${lang}`);
    await page.locator("aside").evaluate((aside) => (aside.style.width = "280px"));
    await page.getByTestId("sheet-line").click();
    const widths = () => page.locator("main").evaluate((main) => main.scrollWidth <= main.clientWidth && main.clientWidth < 280);
    expect(await settled(widths, true)).toBe(true);
    // Numbers keep their per cent sign: a no-break space joins them.
    expect(await page.getByTestId("completion").evaluate((n) => n.parentElement?.textContent)).toMatch(/^\d+(,\d)?\u00a0%$/);
    await page.close();
  });

  it("groups errors, warnings and notes by rule, each issue naming its severity, cell and message", async () => {
    const { page } = await openHarness(chromium.browser);
    const severities = await page.getByTestId("issue").evaluateAll((all) => all.map((i) => i.getAttribute("data-severity")));
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    expect(severities).toEqual([...severities].sort((a, b) => (rank[a ?? ""] ?? 9) - (rank[b ?? ""] ?? 9)));
    await expect(
      page.getByTestId("severity-group").evaluateAll((all) => all.map((h) => `${h.textContent}|${h.getAttribute("aria-expanded")}`)),
    ).resolves.toEqual(["Грешки (2)|true", "Предупреждения (3)|true", "За сведение (9)|true"]);
    await expect(page.getByTestId("issue-group").first().textContent()).resolves.toBe("Липсва целева стойност (2)");
    const named = page.getByRole("button", { name: /^грешка\W+клетка H16\W+Показателят няма целева стойност/ });
    await expect(named.count()).resolves.toBe(1);
    await expect(named.getAttribute("data-severity")).resolves.toBe("error");
    // The count buttons agree their words with their numbers.
    await expect(page.getByTestId("filter-error").innerText()).resolves.toMatch(/^2\s+грешки$/);

    // A closed group hides its issues and keeps its heading; opened again, they are back.
    const group = page.locator('[data-testid="issue-group"][data-group="indicator.targetMissing"]');
    await group.click();
    expect(await group.getAttribute("aria-expanded")).toBe("false");
    const targetMissing = () => page.locator('[data-testid="issue"][data-rule="indicator.targetMissing"]').count();
    expect(await settled(targetMissing, 0)).toBe(0);
    await group.click();
    expect(await settled(targetMissing, 2)).toBe(2);
    await page.close();
  });
});

describe("the user's place across a re-check", () => {
  it("keeps filters, grouping, closed groups, the row in view and focus through a fix, in one live region", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    await page.setViewportSize(SCREEN);
    // 24 statuses written "изпълнено" (each an error with a fix), and one goal without a funding source (a warning).
    await openWith(page, goals(24, (i) => ({ status: "изпълнено", ...(i === 1 ? { fundingSource: null } : {}) })));
    await page.locator('[data-testid="fix-one"]').first().waitFor();
    const region = await page.getByTestId("announcer").elementHandle();

    await page.getByRole("radio", { name: "по колона" }).check();
    await page.getByTestId("filter-info").click();
    await page.locator('[data-testid="severity-group"][data-severity="warning"]').click();
    const cells = await page.locator('[data-testid="issue"][data-rule="status.invalid"]').evaluateAll((all) =>
      all.map((issue) => issue.getAttribute("data-cell") as string),
    );
    const [fixed, next] = [cells[11] as string, cells[12] as string];

    // The 12th issue at the very top of the pane's view, then its fix pressed from the keyboard.
    await page.locator(`[data-testid="issue"][data-cell="${fixed}"]`).evaluate((issue) => {
      const main = issue.closest("main") as HTMLElement;
      main.scrollTop += issue.getBoundingClientRect().top - main.getBoundingClientRect().top;
    });
    const top = await paneTop(page);
    expect(await settled(() => issueTop(page, fixed), Math.round(top))).toBe(Math.round(top));
    await page.locator(`[data-testid="fix-one"][data-cell="${fixed}"]`).focus();
    await page.keyboard.press("Enter");

    const fixedShown = () => page.locator(`[data-testid="issue"][data-cell="${fixed}"]`).count();
    expect(await settled(fixedShown, 0)).toBe(0);
    // The next issue took its place, at the same height, and has focus.
    expect(await settled(() => issueTop(page, next), Math.round(top))).toBe(Math.round(top));
    const focused = () => page.evaluate(() => `${document.activeElement?.getAttribute("data-testid")}@${document.activeElement?.getAttribute("data-cell")}`);
    expect(await settled(focused, `issue@${next}`)).toBe(`issue@${next}`);
    // Grouping, filters and the closed warnings are as the user left them.
    expect(await page.getByRole("radio", { name: "по колона" }).isChecked()).toBe(true);
    expect(await page.getByTestId("filter-info").getAttribute("aria-pressed")).toBe("false");
    const warnings = page.locator('[data-testid="severity-group"][data-severity="warning"]');
    expect(await warnings.getAttribute("aria-expanded")).toBe("false");
    // The same live region, the only one in the pane, says the new verdict and counts.
    const said = () => page.getByTestId("announcer").textContent();
    expect(await settled(said, "Поправете първо 23 грешки. 23 грешки, 1 предупреждение, 0 за сведение.")).toBe(
      "Поправете първо 23 грешки. 23 грешки, 1 предупреждение, 0 за сведение.",
    );
    expect(await region?.evaluate((node) => node.isConnected)).toBe(true);
    expect(await page.locator("aside").evaluate((a) => a.querySelectorAll("[aria-live], [role=status], [role=alert], [role=log]").length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("goes to the next and previous issue with the buttons and Alt+arrows, selecting the cell and marking it", async () => {
    const { page } = await openHarness(chromium.browser);
    const cells = await page.getByTestId("issue").evaluateAll((all) => all.map((issue) => issue.getAttribute("data-cell")));
    const current = () => page.locator('[data-testid="issue"][aria-current="true"]').evaluateAll((all) => all.map((i) => i.getAttribute("data-cell")));
    const selection = () => page.getByTestId("harness-selection").textContent();

    await page.getByTestId("issue-next").click();
    expect(await settled(current, [cells[0]])).toEqual([cells[0]]);
    expect(await settled(selection, cells[0])).toBe(cells[0]);
    // The current issue opens onto why its rule matters and how to fix it, with a link to the help page.
    const why = page.getByTestId("issue-why");
    expect(await why.count()).toBe(1);
    expect(await why.textContent()).toBe(`${RULES["indicator.targetMissing"].why.bg} Помощ за добавката`);
    const help = await page.request.get(new URL((await why.getByRole("link").getAttribute("href")) ?? "", page.url()).href);
    expect(help.status()).toBe(200);
    await page.keyboard.press("Alt+ArrowDown");
    expect(await settled(current, [cells[1]])).toEqual([cells[1]]);
    expect(await settled(selection, cells[1])).toBe(cells[1]);
    await page.keyboard.press("Alt+ArrowDown");
    await page.getByTestId("issue-previous").click();
    expect(await settled(current, [cells[1]])).toEqual([cells[1]]);
    // Going into a closed group opens it.
    const next = page.locator('[data-testid="issue-group"]').nth(1);
    await next.click();
    await page.getByTestId("issue-next").click();
    expect(await settled(current, [cells[2]])).toEqual([cells[2]]);
    expect(await next.getAttribute("aria-expanded")).toBe("true");
    await page.close();
  });

  it("draws the spinner before the long work of a check starts", async () => {
    const { page } = await openHarness(chromium.browser);
    const spinnerDrawn = await watchSpinner(page, "checking");
    await page.getByRole("button", { name: "Провери отново" }).click();
    expect(await settled(() => page.getByTestId("checking").count(), 0)).toBe(0);
    expect(await spinnerDrawn()).toBe(true);
    await page.close();
  });
});

describe("thousands of issues", () => {
  it("keeps fewer than 400 issue elements in the page at 5,000 issues, and reaches the last one by scrolling", async () => {
    const { page, errors } = await openHarness(chromium.browser);
    await openWith(page, goals(5000, () => ({ status: null })), "5000.xlsx");
    expect(await settled(() => page.getByTestId("count-error").textContent(), "5000")).toBe("5000");
    const issueElements = () => page.getByTestId("issue").count();
    expect(await issueElements()).toBeGreaterThan(10);
    expect(await issueElements()).toBeLessThan(400);

    // The last issue is on the table's last row, in the status column of the first.
    const column = (await page.getByTestId("issue").first().getAttribute("data-cell"))?.replace(/\d+/, "");
    const lastRow = (await page.getByTestId("sheet-found").evaluate((dl) => dl.textContent ?? "")).match(/–(\d+)/)?.[1];
    const last = `${column}${lastRow}`;
    await page.locator("main").evaluate((main) => (main.scrollTop = main.scrollHeight));
    const lastShown = () => page.locator('[data-testid="issue"][data-rule="status.missing"]').last().getAttribute("data-cell");
    expect(await settled(lastShown, last)).toBe(last);
    expect(await issueElements()).toBeLessThan(400);

    await page.getByTestId("filter-error").click();
    expect(await settled(issueElements, 0)).toBe(0);
    await page.getByTestId("filter-error").click();
    expect(await settled(async () => (await issueElements()) > 0, true)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
