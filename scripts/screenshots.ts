/**
 * `npm run screenshots`: pictures of the pane over the bundled sample, in Bulgarian and English, for the README
 * (docs/screenshots/). Run it on purpose after the pane changes; `npm test` only checks that it works, in a temp folder.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { buildHarness, HARNESS_DIR, ROOT } from "./build";
import { openHarnessPage } from "./harness/open";
import { serveFolder } from "./harness/serve";

export const SCREENSHOT_FOLDER = join(ROOT, "docs", "screenshots");
export const SCREEN_HEIGHT = 700;

/** Each language and the pane's heading in it, which shows the pane has rendered in that language. */
export const SCREENSHOT_LANGUAGES = [
  { lang: "bg", heading: "Проверка на Приложение №2" },
  { lang: "en", heading: "Annex 2 report check" },
] as const;

/** Saves pane-bg.png and pane-en.png into `folder`; `harnessUrl` is the served harness folder's base URL. */
export async function takeScreenshots(browser: Browser, harnessUrl: string, folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const saved: string[] = [];
  for (const { lang, heading } of SCREENSHOT_LANGUAGES) {
    const page = await openHarnessPage(browser, `${harnessUrl}harness.html?lang=${lang}`);
    await page.getByRole("heading", { name: heading, exact: true }).waitFor();
    // Excel's default task pane (350 CSS px wide) on a 700 px high screen: what the user sees first, without scrolling.
    await page.setViewportSize({ width: 1400, height: SCREEN_HEIGHT });
    const path = join(folder, `pane-${lang}.png`);
    await page.locator("aside").screenshot({ path });
    await page.close();
    saved.push(path);
  }
  return saved;
}

async function main(): Promise<void> {
  console.log("Building the harness…");
  await buildHarness();
  const { server, url } = await serveFolder(HARNESS_DIR, 0);
  const browser = await launchBrowser();
  try {
    for (const path of await takeScreenshots(browser, url, SCREENSHOT_FOLDER)) console.log(`saved ${path}`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
