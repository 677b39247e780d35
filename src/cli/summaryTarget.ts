/**
 * Where `--summary` writes, and the writing itself. The target is checked before any file is read, so a mistyped
 * command fails at once and, above all, never writes over one of the workbooks being checked. The workbook is written
 * to a temporary file beside the target and renamed into place, so a write that fails half-way (a full disk) leaves
 * the previous summary as it was, never a truncated file. A summary an earlier run wrote into the folder being checked
 * is recognised as such: it is left out of the check and replaced, so the same command can be run again.
 */
import { constants, type Stats } from "node:fs";
import { access, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { cellAt, type SheetGrid } from "../core/grid";
import type { Lang } from "../core/i18n/format";
import { STRINGS, text } from "../core/i18n/strings";
import { readWorkbook } from "../file/readWorkbook";
import type { ReadLimits } from "../file/xlsx/limits";
import type { FileResult } from "./checkFiles";
import { specialType, type FileList } from "./files";
import { writeAtomic } from "./writeAtomic";

/** The target is refused (why, in words), or may be written; `previous` is an earlier summary found among the inputs. */
export type TargetCheck = { refusal: string } | { previous?: string };

/** `given` are the paths on the command line; `list` what they were turned into. */
export async function checkSummaryTarget(
  target: string,
  inputs: { given: string[]; list: FileList },
  lang: Lang,
): Promise<TargetCheck> {
  if (!/\.xlsx$/i.test(target)) return { refusal: text(lang, "summary.notXlsx", { path: target }) };
  const own = await stat(target).catch(() => undefined);
  const type = own && specialType(own);
  if (type === "directory") return { refusal: text(lang, "summary.isFolder", { path: target }) };
  if (type) return { refusal: text(lang, "summary.notRegular", { path: target }) };
  const folderProblem = await unwritableFolder(target, lang);
  if (folderProblem) return { refusal: folderProblem };
  const paths = [...inputs.list.files, ...inputs.list.refused.map((refused) => refused.path)];
  const input = await sameFileAmong(target, own, paths);
  if (input === undefined) return {};
  // Only a file found in a folder may be an earlier summary; one named on the command line was asked to be checked.
  const named = inputs.given.some((given) => path.resolve(given) === path.resolve(input));
  if (!named && (await isEarlierSummary(input))) return { previous: input };
  return { refusal: text(lang, "summary.isInput", { path: target }) };
}

/** Why nothing can be written into the target's folder, in words; undefined when it can. */
async function unwritableFolder(target: string, lang: Lang): Promise<string | undefined> {
  const folder = path.dirname(path.resolve(target));
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) return text(lang, "summary.noFolder", { folder, path: target });
  const denied = await access(folder, constants.W_OK).then(
    () => undefined,
    (error: NodeJS.ErrnoException) => error.code ?? "EACCES",
  );
  return denied && text(lang, "summary.folderReadOnly", { folder, path: target, detail: denied });
}

/**
 * The input that is the target: the same path, or — when the target exists — the same file under another name: a
 * symbolic or hard link, or another spelling on a file system that ignores case.
 */
async function sameFileAmong(target: string, own: Stats | undefined, inputs: string[]): Promise<string | undefined> {
  const resolved = path.resolve(target);
  const samePath = inputs.find((input) => path.resolve(input) === resolved);
  // A target not there yet has no other name; some file systems report no inode numbers (0) and cannot tell.
  if (samePath !== undefined || !own?.isFile() || own.ino === 0) return samePath;
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info && info.dev === own.dev && info.ino === own.ino) return input;
  }
  return undefined;
}

/**
 * What reading a file at the target may cost before it is not taken for a summary: it is read here, before the
 * check and outside the check's worker, and a summary of even a thousand reports stays far below this.
 */
const SUMMARY_LIMITS: ReadLimits = { maxPartBytes: 16 * 1024 * 1024, maxGridCells: 1_000_000 };

/** A workbook whose first sheet opens with the summary's title and "made … with p2check", in either language. */
async function isEarlierSummary(file: string): Promise<boolean> {
  try {
    const [first] = await readWorkbook(await readFile(file), SUMMARY_LIMITS);
    return first !== undefined && isSummarySheet(first);
  } catch {
    return false;
  }
}

const MADE_WITH = (["bg", "en"] as const).map(
  (lang) => new RegExp(`^${STRINGS["summary.made"][lang].replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace("{date}", ".+")}$`),
);

function isSummarySheet(grid: SheetGrid): boolean {
  const title = cellAt(grid, 1, 1);
  const made = cellAt(grid, 2, 1);
  const titles: unknown[] = Object.values(STRINGS["summary.title"]);
  return titles.includes(title) && typeof made === "string" && MADE_WITH.some((pattern) => pattern.test(made));
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
