/** Opening the harness in the browser that scripts/browser.ts finds (never a downloaded one), one page per test. */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../../scripts/browser";
import { openHarnessPage } from "../../scripts/harness/open";

/** The sample the harness opens at start, as a file for the tests to compare with. */
export const SAMPLE = join(__dirname, "..", "..", "assets", "samples", "blagoevgrad-2024.xlsx");

/** How long a condition may take to come true on a loaded 2-core machine before a test fails on it. */
export const CONDITION_TIMEOUT_MS = 30_000;

/** The browser globalSetup found; it put its path in P2CHECK_BROWSER, so every worker starts the same one. */
export function launch(): Promise<Browser> {
  return launchBrowser();
}

/** One browser for the test file, launched before its tests and closed after them; read `.browser` in a test. */
export function useBrowser(): { browser: Browser } {
  const holder = {} as { browser: Browser };
  beforeAll(async () => {
    holder.browser = await launch();
  });
  afterAll(async () => {
    await holder.browser?.close();
  });
  return holder;
}

/** The served harness folder's base URL, which globalSetup put in HARNESS_URL. */
export function harnessBase(): string {
  const base = process.env.HARNESS_URL;
  if (!base) throw new Error("HARNESS_URL is not set: the browser project's globalSetup did not run");
  return base;
}

export function harnessUrl(query = ""): string {
  return `${harnessBase()}harness.html${query}`;
}

/** A page with the harness open and the bundled sample checked; page errors fail the test that made them. */
export async function openHarness(browser: Browser, query = ""): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const page = await openHarnessPage(browser, harnessUrl(query), (message) => errors.push(message));
  return { page, errors };
}

/**
 * Polls `read` until it gives `expected` (React renders after the event that a test triggered), then returns the
 * last value read, so that a mismatch fails the test's own `expect` with both values shown.
 */
export function settled<T>(read: () => Promise<T>, expected: T, timeoutMs = CONDITION_TIMEOUT_MS): Promise<T> {
  return readUntil(read, (value) => isEqual(value, expected), timeoutMs);
}

/** Polls `read` until what it gives is `done`, or the time is up; returns the last value read either way. */
export async function readUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = CONDITION_TIMEOUT_MS): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/**
 * Watches for the element with `testId` (a spinner) and notes whether it was still in the page when the browser drew
 * the frame after it appeared: if the work behind it took the thread at once, that frame would come only after the
 * work, with the spinner already gone. Call before the click; read the answer once the spinner has gone.
 */
export async function watchSpinner(page: Page, testId: string): Promise<() => Promise<boolean>> {
  const selector = `[data-testid="${testId}"]`;
  await page.evaluate((spinner) => {
    const state = window as unknown as { spinnerDrawn?: boolean };
    state.spinnerDrawn = false;
    const observer = new MutationObserver(() => {
      if (!document.querySelector(spinner)) return;
      observer.disconnect();
      requestAnimationFrame(() => (state.spinnerDrawn = !!document.querySelector(spinner)));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }, selector);
  return () => page.evaluate(() => (window as unknown as { spinnerDrawn?: boolean }).spinnerDrawn === true);
}

function isEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
