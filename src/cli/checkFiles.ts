/** Reads and checks each file in turn; a file that cannot be read is named with its reason and the rest go on. */
import { readFile } from "node:fs/promises";
import { checkWorkbook, type Lang, type Report } from "../core";
import { text } from "../core/i18n/strings";
import { readWorkbook } from "../file/readWorkbook";
import { UnreadableWorkbookError } from "../file/errors";

export type FileResult = { file: string; reports: Report[] } | { file: string; error: string };

export function isUnreadable(result: FileResult): result is { file: string; error: string } {
  return "error" in result;
}

/** A path that cannot be opened: only one that is not there "does not exist"; EACCES, ELOOP… give their code. */
export function unopenable(file: string, code: string | undefined, lang: Lang): FileResult {
  return { file, error: text(lang, code === "ENOENT" ? "file.notFound" : "file.unreadable", { detail: code }) };
}

export async function checkFile(file: string, lang: Lang): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return unopenable(file, (error as NodeJS.ErrnoException).code, lang);
  }
  try {
    return { file, reports: checkWorkbook(await readWorkbook(bytes), { lang, file }) };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { file, error: text(lang, error.reason, { detail: error.detail }) };
    // A fault of ours on one odd workbook must not cost the user the other files of the batch.
    const detail = error instanceof Error ? error.message : String(error);
    return { file, error: text(lang, "file.checkFailed", { detail }) };
  }
}

export async function checkFiles(
  files: string[],
  lang: Lang,
  onProgress: (done: number, file: string) => void = () => {},
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    results.push(await checkFile(file, lang));
    onProgress(i + 1, file);
  }
  return results;
}
