/**
 * Reads and checks each file in turn, each in the check worker within its budget (isolation.ts); a file that cannot
 * be read is named with its reason and the rest go on.
 */
import { readFile } from "node:fs/promises";
import type { Lang, Report } from "../core";
import { text } from "../core/i18n/strings";
import { DEFAULT_BUDGET, IsolatedChecker, type CheckBudget } from "./isolation";

export type FileResult = { file: string; reports: Report[] } | { file: string; error: string };

export function isUnreadable(result: FileResult): result is { file: string; error: string } {
  return "error" in result;
}

/** A path that cannot be opened: only one that is not there "does not exist"; EACCES, ELOOP… give their code. */
export function unopenable(file: string, code: string | undefined, lang: Lang): FileResult {
  return { file, error: text(lang, code === "ENOENT" ? "file.notFound" : "file.unreadable", { detail: code }) };
}

/** A file's bytes, or the error code that kept them from being read. */
type Read = { bytes: Uint8Array } | { code: string | undefined };

async function readBytes(file: string): Promise<Read> {
  try {
    return { bytes: await readFile(file) };
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code };
  }
}

export async function checkFile(file: string, lang: Lang, budget: CheckBudget = DEFAULT_BUDGET): Promise<FileResult> {
  const [result] = await checkFiles([file], lang, undefined, budget);
  return result as FileResult;
}

async function checkRead(checker: IsolatedChecker, file: string, read: Read, lang: Lang): Promise<FileResult> {
  if (!("bytes" in read)) return unopenable(file, read.code, lang);
  return checker.check(file, read.bytes, lang);
}

/**
 * Checks the files one after another, reading each next file while the current one is checked: the disk (or the
 * network share a central office keeps reports on) works while the processor does, instead of in turns.
 */
export async function checkFiles(
  files: string[],
  lang: Lang,
  onProgress: (done: number, file: string) => void = () => {},
  budget: CheckBudget = DEFAULT_BUDGET,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const checker = new IsolatedChecker(budget);
  try {
    let next = files.length > 0 ? readBytes(files[0] as string) : undefined;
    for (const [i, file] of files.entries()) {
      const read = await (next as Promise<Read>);
      next = i + 1 < files.length ? readBytes(files[i + 1] as string) : undefined;
      results.push(await checkRead(checker, file, read, lang));
      onProgress(i + 1, file);
    }
  } finally {
    await checker.close();
  }
  return results;
}
