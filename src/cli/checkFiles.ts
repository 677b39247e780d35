/**
 * Reads and checks each file in turn, each in the check worker within its budget (isolation.ts); a file that cannot
 * be read is named with its reason and the rest go on. Only regular files are read.
 */
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import type { GoalSheet, Lang, Report } from "../core";
import { text } from "../core/i18n/strings";
import { specialType, type Refusal } from "./files";
import type { GoalsWanted, PlanFile } from "./checkBytes";
import type { GoalsOf } from "./pairing";
import { IsolatedChecker } from "./isolation";
import { DEFAULT_BUDGET, type CheckBudget } from "./workerStart";

/**
 * A file's reports, or why it could not be read. `goals`, beside the reports, only when asked for (pairing.ts): the
 * goals of the sheets asked for that may pair with a sheet of another file, taken off again before anything is printed.
 */
export type FileResult = { file: string; reports: Report[]; goals?: (GoalSheet | null)[] } | { file: string; error: string };

export function isUnreadable(result: FileResult): result is { file: string; error: string } {
  return "error" in result;
}

/** A path that cannot be read as a file, with the reason in words; the path may name a file or a folder. */
export function unopenable(file: string, why: Refusal, lang: Lang): FileResult {
  return { file, error: refusalText(why, lang) };
}

/** Why a path cannot be read, in words that do not call it a file (it may be a folder) and keep the code for help. */
export function refusalText(why: Refusal, lang: Lang): string {
  if ("type" in why) return text(lang, `path.${why.type}`);
  const key = CODE_REASONS[why.code] ?? "path.unreadable";
  return text(lang, key, { detail: why.code });
}

const CODE_REASONS: Record<string, "path.notFound" | "path.noAccess" | "path.linkLoop"> = {
  ENOENT: "path.notFound",
  ENOTDIR: "path.notFound",
  EACCES: "path.noAccess",
  EPERM: "path.noAccess",
  ELOOP: "path.linkLoop",
};

/** A file's bytes, or why they could not be read. */
export type Read = { bytes: Uint8Array } | { why: Refusal };

/**
 * Opened without waiting (a pipe put in the file's place since it was listed would otherwise block the open) and
 * read only when the opened handle is a regular file.
 */
export async function readBytes(file: string): Promise<Read> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const type = specialType(await handle.stat());
    return type ? { why: { type } } : { bytes: await handle.readFile() };
  } catch (error) {
    return { why: { code: (error as NodeJS.ErrnoException).code ?? "EIO" } };
  } finally {
    await handle?.close();
  }
}

export async function checkFile(file: string, lang: Lang, budget: CheckBudget = DEFAULT_BUDGET): Promise<FileResult> {
  const [result] = await checkFiles([file], lang, undefined, budget);
  return result as FileResult;
}

async function checkRead(checker: IsolatedChecker, file: string, read: Read, lang: Lang, plan?: PlanFile, goals?: GoalsWanted): Promise<FileResult> {
  if (!("bytes" in read)) return unopenable(file, read.why, lang);
  return checker.check(file, read.bytes, lang, plan, goals);
}

/**
 * Checks the files one after another, giving each result as soon as it is there, so that it can be printed before the
 * next file's is. The next file's bytes are read while the current one is checked — the disk (or the network share a
 * central office keeps reports on) works while the processor does, instead of in turns — and handed to the worker
 * at once, to wait there: the worker goes on to it without waiting for this thread to take the current result.
 */
export async function* checkEach(
  files: string[],
  lang: Lang,
  budget: CheckBudget = DEFAULT_BUDGET,
  plan?: PlanFile,
  /** Also the goals of those sheets that may pair with another file's (FileResult's `goals`). */
  goals?: GoalsWanted,
): AsyncGenerator<FileResult> {
  const checker = new IsolatedChecker(budget);
  // Each file is read, then handed to the worker; the next one's reading starts as soon as this one is handed over.
  const checking: Promise<FileResult>[] = [];
  let handedOver = Promise.resolve();
  const start = (i: number) => {
    const read = handedOver.then(() => readBytes(files[i] as string));
    const result = read.then((bytes) => checkRead(checker, files[i] as string, bytes, lang, plan, goals));
    handedOver = read.then(() => undefined);
    checking[i] = result;
  };
  try {
    for (let i = 0; i < Math.min(2, files.length); i++) start(i);
    for (let i = 0; i < files.length; i++) {
      const result = await (checking[i] as Promise<FileResult>);
      delete checking[i];
      yield result;
      // Two files with the worker at most, one checked and one waiting; the one after is read once this one is taken.
      if (i + 2 < files.length) start(i + 2);
    }
  } finally {
    await checker.close();
  }
}

/**
 * The goals of files' sheets for pairing (pairing.ts's GoalsOf): each file read and checked once more, on one worker
 * started at the first file asked for (none when no report pairs), within the same budget as the check.
 */
export function goalsReader(lang: Lang, budget: CheckBudget = DEFAULT_BUDGET): { goalsOf: GoalsOf; close(): Promise<void> } {
  const checker = new IsolatedChecker(budget);
  return {
    async goalsOf(file) {
      const result = await checkRead(checker, file, await readBytes(file), lang, undefined, "all");
      return isUnreadable(result) ? undefined : result.goals;
    },
    close: () => checker.close(),
  };
}

/** All the results at once, with progress after each file. */
export async function checkFiles(
  files: string[],
  lang: Lang,
  onProgress: (done: number, file: string) => void = () => {},
  budget: CheckBudget = DEFAULT_BUDGET,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for await (const result of checkEach(files, lang, budget)) {
    results.push(result);
    onProgress(results.length, result.file);
  }
  return results;
}
