/**
 * Production builds of the pages (as `npm run build` and `npm run build:harness` make them), for the harness server,
 * the browser tests, the screenshots and the benchmark: the harness into dist/harness, the add-in wherever asked.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..");
export const HARNESS_DIR = join(ROOT, "dist", "harness");

export function buildHarness(outputPath = HARNESS_DIR): Promise<void> {
  return buildPages(outputPath, ["--env", "harness"]);
}

/** The add-in's pages (taskpane, commands, legacy.js, help, manifest with the dev URL) into `outputPath`. */
export function buildAddin(outputPath: string): Promise<void> {
  return buildPages(outputPath, []);
}

/** webpack in production mode; two builds may run side by side, one on each core. */
function buildPages(outputPath: string, args: string[]): Promise<void> {
  rmSync(outputPath, { recursive: true, force: true });
  const webpack = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const child = spawn(process.execPath, [webpack, "--mode", "production", "--output-path", outputPath, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`webpack failed (${outputPath}):\n${output}`))));
  });
}
