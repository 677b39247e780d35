/**
 * Writes a file so that the target is either its old self or the whole new file, never a truncated mix: the bytes go
 * to a temporary file beside the target (same folder, so the same disk), are flushed, and the file is renamed over
 * the target, which the operating system does at once. A failed write (a full disk, a file size limit) removes the
 * temporary file and leaves the target alone.
 *
 * Not the write-file-atomic package: it writes with one write(2) call and does not look at how many bytes went, so a
 * disk that fills up part-way would still have its short file renamed into place. FileHandle.writeFile writes until
 * every byte is down or throws.
 */
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";

export async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  // A dot and ".tmp": hidden, and never taken for a workbook by a later run over the folder.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    // "wx": a new file only, so an existing file or link of that name is never written through.
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
