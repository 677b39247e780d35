/**
 * The parts of an .xlsx the checker needs, unzipped with fflate. Each part's declared size is checked before it is
 * inflated, and fflate inflates into a buffer of exactly the declared size, so a part that lies about its size comes
 * out cut short (and fails to parse), never larger.
 */
import { unzipSync } from "fflate";
import { UnreadableWorkbookError } from "../errors";
import type { ReadLimits } from "./limits";

export interface ZipParts {
  /** Every entry's name, without inflating anything. */
  names: Set<string>;
  /** The part inflated, or undefined when the zip has no such entry. */
  read(name: string): Uint8Array | undefined;
}

const MB = 1024 * 1024;

export function openZip(bytes: Uint8Array, limits: ReadLimits): ZipParts {
  const names = new Set<string>();
  unzipSync(bytes, {
    filter: (entry) => {
      names.add(entry.name);
      return false;
    },
  });
  return {
    names,
    read(name) {
      if (!names.has(name)) return undefined;
      const parts = unzipSync(bytes, { filter: (entry) => entry.name === name && withinLimit(entry, limits) });
      return parts[name];
    },
  };
}

function withinLimit(entry: { name: string; originalSize: number }, limits: ReadLimits): boolean {
  if (entry.originalSize <= limits.maxPartBytes) return true;
  throw new UnreadableWorkbookError("file.tooLarge", {
    part: entry.name,
    mb: Math.round(entry.originalSize / MB),
    limit: Math.round(limits.maxPartBytes / MB),
  });
}
