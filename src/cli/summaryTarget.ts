/**
 * Where `--summary` writes, and the writing itself. The target is checked before any file is read, so a mistyped
 * command fails at once and, above all, never writes over one of the workbooks being checked. The workbook is written
 * to a temporary file beside the target and renamed into place, so a write that fails half-way (a full disk) leaves
 * the previous summary as it was, never a truncated file.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "../core";
import { text } from "../core/i18n/strings";
import type { FileResult } from "./checkFiles";
import { writeAtomic } from "./writeAtomic";

/** Why the summary cannot go to `target`, in words; undefined when it can. `inputs` are all paths to be checked. */
export async function summaryRefusal(target: string, inputs: string[], lang: Lang): Promise<string | undefined> {
  if (!/\.xlsx$/i.test(target)) return text(lang, "summary.notXlsx", { path: target });
  if (await isInput(target, inputs)) return text(lang, "summary.isInput", { path: target });
  const folder = path.dirname(path.resolve(target));
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) return text(lang, "summary.noFolder", { folder, path: target });
  return undefined;
}

/**
 * The same path, or — when the target exists — the same file under another name: a symbolic or hard link, or another
 * spelling on a file system that ignores case.
 */
async function isInput(target: string, inputs: string[]): Promise<boolean> {
  const resolved = path.resolve(target);
  if (inputs.some((input) => path.resolve(input) === resolved)) return true;
  const own = await stat(target).catch(() => undefined);
  // A target not there yet has no other name; some file systems report no inode numbers (0) and cannot tell.
  if (!own?.isFile() || own.ino === 0) return false;
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info && info.dev === own.dev && info.ino === own.ino) return true;
  }
  return false;
}

/** Writes the summary workbook; gives back the message for standard error, and whether it was written. */
export async function saveSummary(
  target: string,
  results: FileResult[],
  lang: Lang,
): Promise<{ written: boolean; message: string }> {
  // ExcelJS is loaded only here, to write: reading never needs it, and loading it costs every run about 0.4 s.
  const { writeSummaryWorkbook } = await import("./summaryWorkbook");
  const bytes = await writeSummaryWorkbook(results, { lang, folder: path.dirname(path.resolve(target)) });
  try {
    await writeAtomic(target, bytes);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    return { written: false, message: text(lang, "summary.writeFailed", { path: target, detail }) };
  }
  return { written: true, message: text(lang, "summary.written", { path: path.resolve(target) }) };
}
