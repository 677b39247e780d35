/** Turns the paths on the command line into the .xlsx files to check: folders recursively, in a stable order. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** Why a spreadsheet-like file is not checked; each has its words in the dictionary (cli.skipped.*). */
export type SkipReason = "lockFile" | "openDocument" | "legacyXls" | "otherExcel";

export interface FileList {
  files: string[];
  /** Paths that do not exist or cannot be listed, with the error's code. */
  missing: { path: string; code: string }[];
  /** Spreadsheets that are not .xlsx reports (.ods, .xls, Excel's "~$" files), named so that none goes unnoticed. */
  skipped: { path: string; reason: SkipReason }[];
}

export async function collectFiles(paths: string[]): Promise<FileList> {
  const list: FileList = { files: [], missing: [], skipped: [] };
  for (const given of paths) {
    try {
      const info = await stat(given);
      if (info.isDirectory()) await addFolder(given, list);
      // A file named on the command line is checked whatever its name, which then says what it is — but not a lock file.
      else if (isLockFile(path.basename(given))) list.skipped.push({ path: given, reason: "lockFile" });
      else list.files.push(given);
    } catch (error) {
      list.missing.push({ path: given, code: (error as NodeJS.ErrnoException).code ?? "EIO" });
    }
  }
  return list;
}

/** Paths in the order a Bulgarian reader expects; one collator for the whole sort, not one per comparison. */
const BULGARIAN_ORDER = new Intl.Collator("bg");

async function addFolder(folder: string, list: FileList): Promise<void> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    // parentPath came in Node 20.12; earlier 20.x name the same folder `path`.
    .map((entry) => path.join(entry.parentPath ?? (entry as { path?: string }).path ?? folder, entry.name))
    .sort(BULGARIAN_ORDER.compare);
  for (const file of files) {
    const name = path.basename(file);
    const reason = skipReason(name);
    if (reason) list.skipped.push({ path: file, reason });
    else if (isWorkbookName(name)) list.files.push(file);
  }
}

/** .xlsx files, but not Excel's lock files. */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !isLockFile(name);
}

/** Why a file in a folder is a spreadsheet p2check does not check; undefined for a report and for any other file. */
export function skipReason(name: string): SkipReason | undefined {
  if (isLockFile(name)) return /\.(xlsx|xlsm|xls)$/i.test(name) ? "lockFile" : undefined;
  if (/\.(ods|fods)$/i.test(name)) return "openDocument";
  if (/\.xls$/i.test(name)) return "legacyXls";
  if (/\.(xlsm|xlsb)$/i.test(name)) return "otherExcel";
  return undefined;
}

/** "~$name.xlsx": what Excel leaves beside an open workbook; `p2check *.xlsx` passes them in by name too. */
function isLockFile(name: string): boolean {
  return name.startsWith("~$");
}
