/** The worker thread that checks workbooks for the command line, one at a time (see isolation.ts). */
import { parentPort } from "node:worker_threads";
import type { Lang } from "../core";
import { checkBytes, type GoalsWanted, type PlanFile } from "./checkBytes";

export interface CheckRequest {
  file: string;
  bytes: Uint8Array;
  lang: Lang;
  plan?: PlanFile;
  goals?: GoalsWanted;
}

/** Said once the modules are loaded, so a file's time budget counts its own work, not the worker's start. */
export const READY = "ready";

// One file at a time, in the order given: a second file may be posted before the first one's result is back.
let queue = Promise.resolve();
parentPort?.on("message", ({ file, bytes, lang, plan, goals }: CheckRequest) => {
  queue = queue.then(async () => parentPort?.postMessage(await checkBytes(file, bytes, lang, plan, goals)));
});
parentPort?.postMessage(READY);
