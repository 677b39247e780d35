/**
 * The check worker's start (isolation.ts checks files on it). Kept apart from the checker's messages and p2check's
 * own modules so that bin/p2check.js can start the worker first of all: on two cores it loads the checker while this
 * thread loads the rest of p2check.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/** What the worker says when it is ready (checkWorker.ts's READY; not imported, which would start a worker's code here). */
const READY = "ready";

export interface CheckBudget {
  /** Wall time one file may take to read and check. */
  seconds: number;
  /** The worker's JavaScript heap (V8's old generation), in MB. */
  heapMb: number;
}

export const DEFAULT_BUDGET: CheckBudget = { seconds: 30, heapMb: 768 };

const YOUNG_GENERATION_MB = 4;

/** The compiled worker beside this module; from the TypeScript sources (tests) it runs through tsx. */
function workerScript(): { path: string; execArgv: string[] } {
  const compiled = join(__dirname, "checkWorker.js");
  if (existsSync(compiled)) return { path: compiled, execArgv: [] };
  return { path: join(__dirname, "checkWorker.ts"), execArgv: ["--require", require.resolve("tsx/cjs")] };
}

/** A worker that has loaded its modules; rejected if it could not start (or ran out of memory doing so). */
export function startWorker(heapMb: number): Promise<Worker> {
  const { path, execArgv } = workerScript();
  const worker = new Worker(path, {
    execArgv,
    // The young generation small: V8 would let it grow to 48 MB of short-lived cells and strings before collecting,
    // which a file's check does not need (it costs a few per cent more collections, and keeps p2check under 100 MB).
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    stdout: false,
    stderr: false,
  });
  worker.unref(); // an idle worker never keeps p2check running
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`the check worker stopped at its start (exit code ${code})`));
    worker.once("error", reject).once("exit", onExit);
    worker.once("message", (message) => {
      worker.off("error", reject).off("exit", onExit);
      if (message === READY) resolve(worker);
      else reject(new Error("the check worker did not start"));
    });
  });
}

let early: { heapMb: number; worker: Promise<Worker> } | undefined;

/** Starts the worker early when the run will check files: not for --help or --new-report (a guess; a wrong one costs only time). */
export function startWorkerFor(argv: string[]): void {
  const checksFiles = !argv.some((arg) => arg === "--help" || arg === "-h" || arg === "--new-report" || arg.startsWith("--new-report="));
  if (checksFiles) startWorkerEarly();
}

/**
 * Starts a worker with the default budget now, for the first checker to take: it loads the checker while the main
 * thread is still loading its own modules and listing the files. Unused, it is unref'd and never keeps p2check running.
 */
export function startWorkerEarly(): void {
  if (early) return;
  const worker = startWorker(DEFAULT_BUDGET.heapMb);
  worker.catch(() => {}); // a failed start is reported by the checker that takes it
  early = { heapMb: DEFAULT_BUDGET.heapMb, worker };
}

export function takeEarlyWorker(heapMb: number): Promise<Worker> | undefined {
  if (early?.heapMb !== heapMb) return undefined;
  const { worker } = early;
  early = undefined;
  return worker;
}

