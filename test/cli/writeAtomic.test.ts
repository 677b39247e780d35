/**
 * Outputs are written whole or not at all: the summary goes to a temporary file beside the target and is renamed into
 * place. A write cut short by a file size limit (`ulimit -f`, as a full disk would) leaves the previous summary as it
 * was, and no temporary file behind.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { writeAtomic } from "../../src/cli/writeAtomic";
import { cleanSheet } from "../fixtures/clean";
import { run, sha256, useTempDir, writeWorkbook } from "./helpers";

describe("writeAtomic", () => {
  const dir = useTempDir();

  it("replaces the target whole and leaves nothing else in its folder", async () => {
    const target = path.join(dir.path, "обобщение.xlsx");
    fs.writeFileSync(target, "старо");
    await writeAtomic(target, new TextEncoder().encode("ново обобщение"));
    expect(fs.readFileSync(target, "utf8")).toBe("ново обобщение");
    expect(fs.readdirSync(dir.path)).toEqual(["обобщение.xlsx"]);
  });

  it("leaves the target as it was, and no temporary file, when the rename fails", async () => {
    const target = path.join(dir.path, "папка.xlsx");
    fs.mkdirSync(target);
    await expect(writeAtomic(target, new Uint8Array(10))).rejects.toMatchObject({ code: "EISDIR" });
    expect(fs.readdirSync(dir.path)).toEqual(["папка.xlsx"]);
    expect(fs.statSync(target).isDirectory()).toBe(true);
  });

  it("keeps the previous summary when p2check cannot write the whole new one (a file size limit)", async () => {
    const report = await writeWorkbook(dir.path, "haskovo-2023.xlsx", [cleanSheet()]);
    const target = path.join(dir.path, "обобщение.xlsx");
    expect((await run(["--summary", target, report])).code).toBe(0);
    const previous = sha256(target);
    const size = fs.statSync(target).size;
    // A limit of 8 blocks of 512 bytes: far less than the summary, which is written again over the old one.
    const child = spawnSync(
      "/bin/sh",
      ["-c", 'ulimit -f 8 && exec "$0" --import tsx test/cli/runP2check.ts --summary "$1" "$2"', process.execPath, target, report],
      { encoding: "utf8", env: { ...process.env, TSX_DISABLE_CACHE: "1" }, timeout: 60_000 },
    );
    expect(size).toBeGreaterThan(8 * 512);
    // The check itself ran and printed its result before the summary was written.
    expect(child.stdout).toContain("Областна администрация Хасково");
    // Node either gets EFBIG (p2check says so and exits 2) or is stopped by SIGXFSZ; the old file stands in both.
    if (child.signal === null) {
      expect(child.status).toBe(2);
      expect(child.stderr).toContain(`обобщението не може да се запише в „${target}“ (EFBIG)`);
      expect(fs.readdirSync(dir.path).sort()).toEqual(["haskovo-2023.xlsx", "обобщение.xlsx"]);
    } else {
      expect(child.signal).toBe("SIGXFSZ");
    }
    expect(sha256(target)).toBe(previous);
  });
});
