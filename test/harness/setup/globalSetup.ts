/**
 * Before the browser tests: find the browser once (the npm Chromium unpacks on first use, which must not race between
 * workers), build the harness as `npm run harness` does and the add-in as `npm run build` does (side by side, a core
 * each), and serve each on a free port.
 */
import { BROWSER_VARIABLE, findBrowser } from "../../../scripts/browser";
import { buildAddin, buildHarness, HARNESS_DIR } from "../../../scripts/build";
import { serveFolder } from "../../../scripts/harness/serve";
import { ADDIN_DIR, ADDIN_PAGES_VARIABLE } from "./addinPages";

export default async function globalSetup(): Promise<void> {
  const browser = await findBrowser().catch((error: Error) => {
    // One line, without a stack: what to do is the whole message.
    const oneLine = new Error(`browser tests: ${error.message}`);
    oneLine.stack = oneLine.message;
    throw oneLine;
  });
  process.env[BROWSER_VARIABLE] = browser.executablePath; // the workers inherit it
  process.stderr.write(`browser tests: ${browser.executablePath} (${browser.source})\n`);
  await Promise.all([buildHarness(), buildAddin(ADDIN_DIR)]);
  const harness = await serveFolder(HARNESS_DIR, 0);
  const addin = await serveFolder(ADDIN_DIR, 0);
  (globalThis as { testServers?: unknown }).testServers = [harness.server, addin.server];
  process.env.HARNESS_URL = harness.url;
  process.env[ADDIN_PAGES_VARIABLE] = addin.url;
}
