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

/** A file handed to the checker, until its result is back. */
interface Job {
  file: string;
  lang: Lang;
  bytes: Uint8Array;
  request: Omit<CheckRequest, "bytes">;
  resolve(result: FileResult): void;
}

export class IsolatedChecker {
  private worker: Promise<Worker> | undefined;
  /**
   * Files posted to the worker, in order: the first is being checked, the next waits in the worker's queue, so that
   * the worker starts it without waiting for this thread to take the first one's result (on a busy machine that wait
   * was a fifth of the run). The time budget runs for the first only.
   */
  private posted: Job[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Worker | undefined;

  constructor(private readonly budget: CheckBudget = DEFAULT_BUDGET) {}

  /**
   * Checks one file; with `plan`, each report in it is reconciled with that plan (its bytes are copied, not handed
   * over); with `goals`, the result also holds the goals of those sheets that may pair with another file's. A second
   * file may be given before the first one's result is back: it is checked next.
   */
  check(file: string, bytes: Uint8Array, lang: Lang, plan?: PlanFile, goals?: GoalsWanted): Promise<FileResult> {
    const request = { file, lang, ...(plan && { plan }), ...(goals && { goals }) };
    return new Promise((resolve) => void this.post({ file, lang, bytes, request, resolve }));
  }

  /** Stops the worker; a file still being checked is reported as stopped. The checker starts a new one if asked again. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.running = undefined;
    clearTimeout(this.timer);
    for (const job of this.posted.splice(0)) job.resolve(this.failure(job.file, job.lang, new Error("the check stopped")));
    await (await worker?.catch(() => undefined))?.terminate();
  }

  private async post(job: Job): Promise<void> {
    let worker: Worker;
    try {
      worker = await (this.worker ??= this.start());
    } catch (error) {
      this.worker = undefined;
      job.resolve(this.failure(job.file, job.lang, error as Error));
      return;
    }
    // The first file's bytes are handed over; one that waits behind it is copied, and kept in case the worker stops
    // on the first: it is then posted again to a fresh worker.
    const first = this.posted.length === 0;
    const bytes = first ? ownBuffer(job.bytes) : job.bytes;
    this.posted.push(job);
    worker.postMessage({ ...job.request, bytes } satisfies CheckRequest, first ? [bytes.buffer as ArrayBuffer] : []);
    if (first) this.startTimer();
  }

  /** A worker that has loaded its modules (the one started early, if it has this checker's budget), listened to. */
  private async start(): Promise<Worker> {
    const worker = await (takeEarlyWorker(this.budget.heapMb) ?? startWorker(this.budget.heapMb));
    this.running = worker;
    // A worker stopped before keeps talking for a moment (its exit comes later): only the running one is heard.
    worker.on("message", (result: FileResult) => this.running === worker && this.done(result));
    worker.on("error", (error: Error) => this.running === worker && this.stopped(error));
    worker.on("exit", () => this.running === worker && this.stopped(new Error("the check stopped")));
    return worker;
  }

  private startTimer(): void {
    const seconds = this.budget.seconds;
    this.timer = setTimeout(() => this.stopped(new TooSlow(seconds)), seconds * 1000);
  }

  private done(result: FileResult): void {
    clearTimeout(this.timer);
    this.posted.shift()?.resolve(result);
    if (this.posted.length > 0) this.startTimer();
  }

  /** The worker failed, or ran out of time or memory, on the first file: that file is named, the others posted again. */
  private stopped(error: Error & { code?: string }): void {
    clearTimeout(this.timer);
    const worker = this.worker;
    this.worker = undefined;
    this.running = undefined;
    void worker?.then((stopping) => stopping.terminate(), () => undefined);
    const [job, ...waiting] = this.posted.splice(0);
    if (job) job.resolve(this.failure(job.file, job.lang, error));
    for (const next of waiting) void this.post(next);
  }

  private failure(file: string, lang: Lang, error: Error & { code?: string }): FileResult {
    if (error instanceof TooSlow) return { file, error: text(lang, "file.tooSlow", { seconds: error.seconds }) };
    if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return { file, error: text(lang, "file.tooMuchMemory", { mb: this.budget.heapMb }) };
    return { file, error: text(lang, "file.checkFailed", { detail: error.message }) };
  }
}

class TooSlow extends Error {
  constructor(readonly seconds: number) {
    super(`did not finish within ${seconds} s`);
  }
}
