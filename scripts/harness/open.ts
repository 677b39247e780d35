/** Opening the harness page in a browser and waiting until the pane shows its first results. */
import type { Browser, Page } from "playwright-core";

/** The harness's viewport: wide enough for the preview beside the pane at the width Excel gives a task pane. */
export const HARNESS_VIEWPORT = { width: 1400, height: 900 };

/** A new page at `url` (the harness page, with any query), resolved once the counts are shown. */
export async function openHarnessPage(browser: Browser, url: string, onPageError?: (message: string) => void): Promise<Page> {
  const page = await browser.newPage({ viewport: HARNESS_VIEWPORT, acceptDownloads: true });
  if (onPageError) page.on("pageerror", (error) => onPageError(error.message));
  await page.goto(url);
  await page.getByTestId("count-error").waitFor();
  return page;
}
