/** `npm run harness`: build the harness and serve it on http://localhost:$HARNESS_PORT (default 3001). */
import { buildHarness, HARNESS_DIR } from "../build";
import { serveFolder } from "./serve";

async function main(): Promise<void> {
  const port = Number(process.env.HARNESS_PORT ?? 3001);
  console.log("Building the harness…");
  await buildHarness();
  const { url } = await serveFolder(HARNESS_DIR, port);
  console.log(`The harness is at ${url}harness.html (the bundled sample loads at start). Ctrl+C stops it.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
