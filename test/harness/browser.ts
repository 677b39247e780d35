/** Opening the harness in Debian's Chromium (never a downloaded browser), one page per test. */
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Without the background-networking flags, Chromium keeps trying Google's hosts, which this machine refuses.
const ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The sample the harness opens at start, as a file for the tests to compare with. */
export const SAMPLE = join(__dirname, "..", "..", "assets", "samples", "blagoevgrad-2024.xlsx");

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** One Chromium for the test file, launched before its tests and closed after them; read `.browser` in a test. */
export function useBrowser(): { browser: Browser } {
  const holder = {} as { browser: Browser };
  beforeAll(async () => {
    holder.browser = await launch();
  });
  afterAll(async () => {
    await holder.browser.close();
  });
  return holder;
}

export function harnessUrl(query = ""): string {
  const base = process.env.HARNESS_URL;
  if (!base) throw new Error("HARNESS_URL is not set: the browser project's globalSetup did not run");
  return `${base}harness.html${query}`;
}

/** A page with the harness open and the bundled sample checked; page errors fail the test that made them. */
export async function openHarness(browser: Browser, query = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(harnessUrl(query));
  await page.getByTestId("count-error").waitFor();
  return { page, errors };
}

/**
 * Polls `read` until it gives `expected` (React renders after the event that a test triggered), then returns the
 * last value read, so that a mismatch fails the test's own `expect` with both values shown.
 */
export async function settled<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!isEqual(value, expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

function isEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
