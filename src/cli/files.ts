/**
 * Turns the paths on the command line into the .xlsx files to check. Folders are walked entry by entry, so one folder
 * that cannot be listed costs only itself; symbolic links are followed, to files and to folders; a folder reached
 * a second time (a link back up the tree) is walked once, and a file with two names (a link, a hard link) is checked
 * once, under its own name. Only regular files are ever listed to be read: a pipe, a
 * device or a socket named like a report is refused here, from its type, without being opened.
 */
import { readdir, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import path from "node:path";

/** Why a spreadsheet-like file is not checked; each has its words in the dictionary (cli.skipped.*). */
export type SkipReason = "lockFile" | "openDocument" | "legacyXls" | "otherExcel";

/** Why a path cannot be read: an error code of the file system, or a type of file that is not read. */
export type Refusal = { code: string } | { type: SpecialType };

/** File types that are not regular files: opening a pipe waits for a writer, reading /dev/zero never ends. */
export type SpecialType = "directory" | "fifo" | "characterDevice" | "blockDevice" | "socket" | "other";

export interface FileList {
  /** Regular files to check: given by name, or .xlsx files found in folders (those sorted within each folder given). */
  files: string[];
  /** Given or found paths that cannot be read as files, with why: each is a file the user meant to have checked. */
  refused: { path: string; why: Refusal }[];
  /** Folders whose entries could not be listed; the rest of the walk went on without them. */
  unlistable: { path: string; code: string }[];
  /** Paths left out on purpose: a folder or file reached again through a link, with the path it was first seen as. */
  repeated: { path: string; first: string }[];
  /** Spreadsheets that are not .xlsx reports (.ods, .xls, Excel's "~$" files), named so that none goes unnoticed. */
  skipped: { path: string; reason: SkipReason }[];
}

export async function collectFiles(paths: string[]): Promise<FileList> {
  const walk = new Walk();
  for (const given of paths) await walk.given(given);
  return walk.finish();
}

/** Paths in the order a Bulgarian reader expects; one collator for the whole sort, not one per comparison. */
const BULGARIAN_ORDER = new Intl.Collator("bg");

/** A regular file to check; `key` tells the same file under two names apart from two files. */
interface Candidate {
  path: string;
  key: string | undefined;
  throughLink: boolean;
}

class Walk {
  private readonly list: FileList = { files: [], refused: [], unlistable: [], repeated: [], skipped: [] };
  private readonly candidates: Candidate[] = [];
  /** Every folder walked, by device and inode, with the path it was first walked as. */
  private readonly folders = new Map<string, string>();

  async given(given: string): Promise<void> {
    const info = await stat(given).catch((error: unknown) => errorCode(error));
    if (typeof info === "string") return void this.list.refused.push({ path: given, why: { code: info } });
    if (!info.isDirectory()) {
      // A file named on the command line is checked whatever its name, which then says what it is — but not a lock file.
      if (isLockFile(path.basename(given))) this.list.skipped.push({ path: given, reason: "lockFile" });
      else this.file(given, info, false, this.candidates);
      return;
    }
    const found: Candidate[] = [];
    const { refused, unlistable, skipped } = this.list;
    const before = { refused: refused.length, unlistable: unlistable.length, skipped: skipped.length };
    await this.folder(given, info, found);
    this.candidates.push(...found.sort((a, b) => BULGARIAN_ORDER.compare(a.path, b.path)));
    // What the folder gave, in the same order as its files (readdir's order is the file system's own).
    sortFrom(refused, before.refused);
    sortFrom(unlistable, before.unlistable);
    sortFrom(skipped, before.skipped);
  }

  /** The list, each file once: under its own name rather than a link's, else under the name met first. */
  finish(): FileList {
    const chosen = new Map<string, Candidate>();
    for (const candidate of this.candidates) {
      const held = candidate.key === undefined ? undefined : chosen.get(candidate.key);
      if (candidate.key !== undefined && (!held || (held.throughLink && !candidate.throughLink))) {
        chosen.set(candidate.key, candidate);
      }
    }
    for (const candidate of this.candidates) {
      const kept = candidate.key === undefined ? candidate : (chosen.get(candidate.key) as Candidate);
      if (kept === candidate) this.list.files.push(candidate.path);
      // The same path given twice needs no note; another name for the same file does.
      else if (kept.path !== candidate.path) this.list.repeated.push({ path: candidate.path, first: kept.path });
    }
    return this.list;
  }

  private async folder(folder: string, info: Stats, found: Candidate[]): Promise<void> {
    const key = identity(info);
    const first = key === undefined ? undefined : this.folders.get(key);
    if (first !== undefined) {
      if (first !== folder) this.list.repeated.push({ path: folder, first });
      return;
    }
    if (key !== undefined) this.folders.set(key, folder);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      return void this.list.unlistable.push({ path: folder, code: errorCode(error) });
    }
    // Own entries before links, each in name order: a folder met twice is walked under the same name every time.
    entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || BULGARIAN_ORDER.compare(a.name, b.name));
    for (const entry of entries) {
      const entryPath = path.join(folder, entry.name);
      const wanted = isWorkbookName(entry.name);
      const skip = entry.isDirectory() ? undefined : skipReason(entry.name);
      if (skip) {
        this.list.skipped.push({ path: entryPath, reason: skip });
        continue;
      }
      // Only what could be a report or lead to one costs a stat: other files are passed over by their names.
      if (!entry.isDirectory() && !entry.isSymbolicLink() && !wanted) continue;
      const target = await stat(entryPath).catch((error: unknown) => errorCode(error));
      if (typeof target === "string") {
        // A broken link, or one that loops on itself: a report the user put there that cannot be read.
        if (wanted) this.list.refused.push({ path: entryPath, why: { code: target } });
      } else if (target.isDirectory()) {
        await this.folder(entryPath, target, found);
      } else if (wanted) {
        this.file(entryPath, target, entry.isSymbolicLink(), found);
      }
    }
  }

  private file(file: string, info: Stats, throughLink: boolean, into: Candidate[]): void {
    const type = specialType(info);
    if (type) this.list.refused.push({ path: file, why: { type } });
    else into.push({ path: file, key: identity(info), throughLink });
  }
}

/** Device and inode; undefined on file systems that give no inode numbers (0), where nothing can be told apart. */
function identity(info: Stats): string | undefined {
  return info.ino === 0 ? undefined : `${info.dev}:${info.ino}`;
}

function sortFrom(items: { path: string }[], start: number): void {
  items.splice(start, Infinity, ...items.slice(start).sort((a, b) => BULGARIAN_ORDER.compare(a.path, b.path)));
}

/** The type of a path that is not a regular file; undefined for a regular file. */
export function specialType(info: Stats): SpecialType | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return "directory";
  if (info.isFIFO()) return "fifo";
  if (info.isCharacterDevice()) return "characterDevice";
  if (info.isBlockDevice()) return "blockDevice";
  if (info.isSocket()) return "socket";
  return "other";
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "EIO";
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
