/**
 * Before the browser tests: find the browser once (the npm Chromium unpacks on first use, which must not race between
 * workers), build the harness as `npm run harness` does and serve it on a free port.
 */
import { BROWSER_VARIABLE, findBrowser } from "../../../scripts/browser";
import { buildHarness, HARNESS_DIR } from "../../../scripts/harness/build";
import { serveFolder } from "../../../scripts/harness/serve";

export default async function globalSetup(): Promise<void> {
  const browser = await findBrowser().catch((error: Error) => {
    // One line, without a stack: what to do is the whole message.
    const oneLine = new Error(`browser tests: ${error.message}`);
    oneLine.stack = oneLine.message;
    throw oneLine;
  });
  process.env[BROWSER_VARIABLE] = browser.executablePath; // the workers inherit it
  process.stderr.write(`browser tests: ${browser.executablePath} (${browser.source})\n`);
  buildHarness();
  const { server, url } = await serveFolder(HARNESS_DIR, 0);
  (globalThis as { harnessServer?: unknown }).harnessServer = server;
  process.env.HARNESS_URL = url;
}
