/** Before the browser tests: build the harness as `npm run harness` does and serve it on a free port. */
import { buildHarness, HARNESS_DIR } from "../../../scripts/harness/build";
import { serveFolder } from "../../../scripts/harness/serve";

export default async function globalSetup(): Promise<void> {
  buildHarness();
  const { server, url } = await serveFolder(HARNESS_DIR, 0);
  (globalThis as { harnessServer?: unknown }).harnessServer = server;
  process.env.HARNESS_URL = url;
}
