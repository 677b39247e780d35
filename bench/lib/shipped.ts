/**
 * The core, file host and command line as they ship: compiled by tsc with tsconfig.build.json (what `npm run
 * build:cli` does into dist/) into .tmp/bench/dist. The bench itself runs under tsx, which wraps every inner function
 * in a naming helper (esbuild's keepNames); in the core's loops that costs about a fifth of the time, and no shipped
 * build has it, so timings of the core are taken on this build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./child";

/** Inside the project, so that `require("exceljs")` resolves from the build. */
export const BUILD = path.join(ROOT, ".tmp", "bench", "dist");

/** Compiles src/core, src/file and src/cli into BUILD, not touching dist/. */
export function compileShipped(): void {
  rmSync(BUILD, { recursive: true, force: true });
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", BUILD], {
    cwd: ROOT,
    encoding: "utf8",
  });
  // tsc writes its output despite type errors; others' work in progress elsewhere in src/ must not stop the bench.
  if (!existsSync(path.join(BUILD, "cli", "main.js"))) {
    throw new Error(`compiling src/ for the bench failed:\n${result.stdout}\n${result.stderr}`);
  }
  if (result.status !== 0) process.stderr.write(`  tsc reported type errors (output written anyway):\n${result.stdout}`);
}

/** A module of the build, typed as its source: `shipped<typeof import("../../src/core")>("core")`. */
export function shipped<T>(modulePath: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(BUILD, modulePath)) as T;
}
