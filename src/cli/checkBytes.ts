/** One workbook's bytes → its reports, or the reason it cannot be read; runs inside the check worker. */
import { checkWorkbook, type Lang } from "../core";
import { text } from "../core/i18n/strings";
import { UnreadableWorkbookError } from "../file/errors";
import { readWorkbook } from "../file/readWorkbook";
import type { FileResult } from "./checkFiles";

export async function checkBytes(file: string, bytes: Uint8Array, lang: Lang): Promise<FileResult> {
  try {
    return { file, reports: checkWorkbook(await readWorkbook(bytes), { lang, file }) };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { file, error: error.describe(lang) };
    // A fault of ours on one odd workbook must not cost the user the other files of the batch.
    const detail = error instanceof Error ? error.message : String(error);
    return { file, error: text(lang, "file.checkFailed", { detail }) };
  }
}
