/**
 * Goals per heading in the pane, for a report that groups its goals under heading rows (Благоевград 2024 under the
 * real headings of its anti-corruption plan and НАПОО's plan): below the issue list, each heading with its goals and
 * how many are fulfilled, in words that agree with their numbers, in Bulgarian and English; no sideways scroll at
 * 350 px nor at 280 px; no serious axe-core violation in either language or theme.
 */
import type { Page } from "playwright-core";
import { buildWorkbook } from "../fixtures/builder";
import { BLAGOEVGRAD_HEADINGS, blagoevgradGrouped } from "../fixtures/grouped";
import { paneViolations, serious } from "./axe";
import { openHarness, settled, useBrowser } from "./browser";

const chromium = useBrowser();

async function openGrouped(lang: "bg" | "en"): Promise<{ page: Page; errors: string[] }> {
  const opened = await openHarness(chromium.browser, `?lang=${lang}`);
  await opened.page.getByTestId("harness-file").setInputFiles({
    name: "blagoevgrad-grouped.xlsx",
    mimeType: "",
    buffer: await buildWorkbook([blagoevgradGrouped]),
  });
  await opened.page.getByTestId("sections").waitFor();
  return opened;
}

/** Each heading's text and counts, as the pane shows them. */
const sectionsShown = (page: Page) =>
  page.getByTestId("section").evaluateAll((items) =>
    items.map((item) => [item.getAttribute("data-cell"), ...[...item.children].map((part) => part.textContent)]),
  );

describe("goals per heading in the pane", () => {
  it.each([
    ["bg", "8 цели, 8 изпълнени", "6 цели, 6 изпълнени", "1 цел, 1 изпълнена", "По раздели"],
    ["en", "8 goals, 8 fulfilled", "6 goals, 6 fulfilled", "1 goal, 1 fulfilled", "By section"],
  ] as const)("lists each heading with its goals below the issue list (%s)", async (lang, first, second, third, title) => {
    const { page, errors } = await openGrouped(lang);
    expect(await sectionsShown(page)).toEqual([
      ["A8", BLAGOEVGRAD_HEADINGS.get(1), first],
      ["A17", BLAGOEVGRAD_HEADINGS.get(9), second],
      ["A24", BLAGOEVGRAD_HEADINGS.get(15), third],
    ]);
    expect(await page.getByRole("heading", { name: title, exact: true }).count()).toBe(1);
    // Below the issues, with completion: the first screen stays the issues'.
    const below = await page.evaluate(`(() => {
      const issues = document.querySelector('[data-testid="issues"]');
      const sections = document.querySelector('[data-testid="sections"]');
      return Boolean(issues.compareDocumentPosition(sections) & Node.DOCUMENT_POSITION_FOLLOWING);
    })()`);
    expect(below).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(["bg", "en"] as const)("does not scroll sideways at 350 nor at 280 CSS px (%s)", async (lang) => {
    const { page } = await openGrouped(lang);
    const fits = () => page.locator("main").evaluate((main) => main.scrollWidth <= main.clientWidth);
    expect(await settled(fits, true)).toBe(true);
    await page.locator("aside").evaluate((aside) => (aside.style.width = "280px"));
    expect(await settled(fits, true)).toBe(true);
    // Each count stays on one line: "1 цел, 1 изпълнена" is not split between its number and its word.
    const oneLine = await page.getByTestId("section").evaluateAll((items) =>
      items.every((item) => {
        const counts = item.lastElementChild as HTMLElement;
        return counts.getBoundingClientRect().height < 1.5 * parseFloat(getComputedStyle(counts).lineHeight);
      }),
    );
    expect(oneLine).toBe(true);
    await page.close();
  });

  it.each([
    ["bg", false],
    ["en", true],
    ["bg", true],
    ["en", false],
  ] as const)("has no serious axe-core violation in %s (dark: %s)", async (lang, dark) => {
    const { page, errors } = await openGrouped(lang);
    if (dark) await page.getByRole("checkbox", { name: /Тъмна тема|Dark theme/ }).check();
    await page.getByTestId("sections").scrollIntoViewIfNeeded();
    expect(serious(await paneViolations(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
