/**
 * Each workbook is checked in a worker thread with a time and a memory budget. A file that would hang the run or
 * exhaust memory (a zip bomb, a sheet of millions of cells) costs only its own result: the worker is stopped, the
 * file is named with the reason in words, and a fresh worker checks the next file.
 */
import type { Worker } from "node:worker_threads";
import type { Lang } from "../core";
import { text } from "../core/i18n/strings";
import type { FileResult } from "./checkFiles";
import type { GoalsWanted, PlanFile } from "./checkBytes";
import type { CheckRequest } from "./checkWorker";
import { DEFAULT_BUDGET, startWorker, takeEarlyWorker, type CheckBudget } from "./workerStart";

/**
 * Bytes the worker may own: handed over without a copy when they fill their buffer alone. A Node Buffer is often a
 * slice of a shared pool, and handing that pool over would empty other Buffers, so those are copied.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const alone = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return alone ? bytes : new Uint8Array(bytes);
}


export class IsolatedChecker {
  private worker: Promise<Worker> | undefined;

  constructor(private readonly budget: CheckBudget = DEFAULT_BUDGET) {}

  /**
   * Checks one file; with `plan`, each report in it is reconciled with that plan (its bytes are copied, not handed
   * over); with `goals`, the result also holds the goals of those sheets that may pair with another file's.
   */
  async check(file: string, bytes: Uint8Array, lang: Lang, plan?: PlanFile, goals?: GoalsWanted): Promise<FileResult> {
    let worker: Worker;
    try {
      worker = await (this.worker ??= this.start());
    } catch (error) {
      this.worker = undefined;
      return this.failure(file, lang, error as Error);
    }
    return new Promise((resolve) => {
      const finish = (result: FileResult, stop: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (stop) this.stop(worker);
        resolve(result);
      };
      const onMessage = (result: FileResult) => finish(result, false);
      const onError = (error: Error & { code?: string }) => finish(this.failure(file, lang, error), true);
      const onExit = () => finish(this.failure(file, lang, new Error("the check stopped")), true);
      const timer = setTimeout(() => finish({ file, error: text(lang, "file.tooSlow", { seconds: this.budget.seconds }) }, true), this.budget.seconds * 1000);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      const own = ownBuffer(bytes);
      const request: CheckRequest = { file, bytes: own, lang, ...(plan && { plan }), ...(goals && { goals }) };
      worker.postMessage(request, [own.buffer as ArrayBuffer]);
    });
  }

  /** Stops the worker; the checker starts a new one if asked to check again. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await (await worker?.catch(() => undefined))?.terminate();
  }

  /** A worker that has loaded its modules: the one started early, if it has this checker's budget, else a new one. */
  private start(): Promise<Worker> {
    return takeEarlyWorker(this.budget.heapMb) ?? startWorker(this.budget.heapMb);
  }

  private stop(worker: Worker): void {
    this.worker = undefined;
    void worker.terminate();
  }

  private failure(file: string, lang: Lang, error: Error & { code?: string }): FileResult {
    if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return { file, error: text(lang, "file.tooMuchMemory", { mb: this.budget.heapMb }) };
    return { file, error: text(lang, "file.checkFailed", { detail: error.message }) };
  }
}
