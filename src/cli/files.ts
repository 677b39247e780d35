/** Turns the paths on the command line into the .xlsx files to check: folders recursively, in a stable order. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export interface FileList {
  files: string[];
  /** Paths that do not exist or cannot be listed, with the error's code. */
  missing: { path: string; code: string }[];
}

export async function collectFiles(paths: string[]): Promise<FileList> {
  const list: FileList = { files: [], missing: [] };
  for (const given of paths) {
    try {
      const info = await stat(given);
      if (info.isDirectory()) list.files.push(...(await workbooksIn(given)));
      else if (!isLockFile(path.basename(given))) list.files.push(given);
    } catch (error) {
      list.missing.push({ path: given, code: (error as NodeJS.ErrnoException).code ?? "EIO" });
    }
  }
  return list;
}

/** Paths in the order a Bulgarian reader expects; one collator for the whole sort, not one per comparison. */
const BULGARIAN_ORDER = new Intl.Collator("bg");

async function workbooksIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isWorkbookName(entry.name))
    // parentPath came in Node 20.12; earlier 20.x name the same folder `path`.
    .map((entry) => path.join(entry.parentPath ?? (entry as { path?: string }).path ?? folder, entry.name))
    .sort(BULGARIAN_ORDER.compare);
}

/** .xlsx files, but not Excel's lock files. */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !isLockFile(name);
}

/** "~$name.xlsx": what Excel leaves beside an open workbook; `p2check *.xlsx` passes them in by name too. */
function isLockFile(name: string): boolean {
  return name.startsWith("~$");
}
