/** Builds the harness (production mode, as users' browsers get it) into dist/harness. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const HARNESS_DIR = join(ROOT, "dist", "harness");

export function buildHarness(): void {
  const webpack = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const result = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", "harness"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`the harness build failed:\n${result.stdout}\n${result.stderr}`);
}
