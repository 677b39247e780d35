/**
 * p2check as a process: exit codes that mean one thing, a pipe closed early, an error no one expected, and results
 * printed before a later file can take the process down. These run the real process from the sources.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import * as files from "../../src/cli/files";
import { EXIT } from "../../src/cli/main";
import { run as runCli } from "../../src/cli/process";
import { cleanSheet, cleanWith } from "../fixtures/clean";
import { useTempDir, writeBytes, writeWorkbook } from "./helpers";

const ROOT = path.join(__dirname, "..", "..");

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs p2check in a child process; `closeStdout` closes the reading end of its standard output before it writes. */
function p2check(args: string[], { closeStdout = false, preload }: { closeStdout?: boolean; preload?: string } = {}) {
  return new Promise<Ended>((resolve, reject) => {
    const node = [...(preload ? ["--require", preload] : []), "--import", "tsx", path.join(__dirname, "runP2check.ts")];
    const child = spawn(process.execPath, [...node, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    if (closeStdout) child.stdout.destroy();
    else child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe("p2check as a process", () => {
  const dir = useTempDir();

  async function batch(): Promise<string[]> {
    return [
      await writeWorkbook(dir.path, "1-хасково.xlsx", [cleanSheet()]),
      await writeWorkbook(dir.path, "2-без-статус.xlsx", [cleanWith(1, { status: null })]),
      await writeWorkbook(dir.path, "3-чист.xlsx", [cleanSheet()]),
    ];
  }

  it("ends quietly when its output pipe is closed, with the code the run gives, and still writes the summary", async () => {
    const reports = await batch();
    const summary = path.join(dir.path, "обобщение.xlsx");
    const ended = await p2check([...reports, "--summary", summary], { closeStdout: true });
    expect(ended).toMatchObject({ code: EXIT.found, signal: null }); // 2-без-статус.xlsx has an error: 1, not a crash
    expect(ended.stderr).toBe(`p2check: Обобщението е записано в ${summary}\n`);
    expect(fs.existsSync(summary)).toBe(true);
  });

  it("ends with code 3 and one line for an error it did not expect, never a stack trace", async () => {
    // A throw from a callback of its own, outside any promise p2check awaits, once the first file is opened.
    const preload = writeBytes(
      dir.path,
      "fault.js",
      `const fsp = require("node:fs/promises");
const open = fsp.open;
fsp.open = (...args) => {
  setImmediate(() => { throw new TypeError("x is undefined\\n    at nowhere (fault.js:4:1)"); });
  return open(...args);
};
`,
    );
    const ended = await p2check(await batch(), { preload });
    expect(ended.code).toBe(EXIT.internal);
    expect(ended.stderr).toBe(
      "p2check: вътрешна грешка в програмата (моля, съобщете ни) / internal error in the program (please tell us): x is undefined\n",
    );
  });

  it("has printed each finished file's results when a later file takes the process down", async () => {
    const reports = await batch();
    // The process is killed (as the kernel kills a process out of memory) as soon as the third file is opened,
    // which happens while the second is checked: the first file's results must already be out.
    const preload = writeBytes(
      dir.path,
      "kill.js",
      `const fsp = require("node:fs/promises");
const open = fsp.open;
fsp.open = (file, ...rest) => (String(file).endsWith("3-чист.xlsx") ? process.kill(process.pid, "SIGKILL") : open(file, ...rest));
`,
    );
    const ended = await p2check(reports, { preload });
    expect(ended.signal).toBe("SIGKILL");
    expect(ended.stdout).toContain(`Файл: ${reports[0]} — лист „Отчет 2023“\n`);
    expect(ended.stdout).toContain("  Грешки: 0 · предупреждения: 0 · за сведение: 0\n  Няма забележки.\n");
    expect(ended.stdout).not.toContain("3-чист.xlsx");
  });
});

describe("run", () => {
  it("turns an unexpected error into exit code 3 and one line on standard error", async () => {
    const fault = jest.spyOn(files, "collectFiles").mockRejectedValueOnce(new RangeError("Invalid array length\n    at readSheet"));
    let stderr = "";
    const stdout: string[] = [];
    try {
      const io = { stdout: (chunk: string) => void stdout.push(chunk), stderr: Object.assign(new PassThrough(), { isTTY: false }) };
      io.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      expect(await runCli(["отчет.xlsx", "--lang", "en"], io)).toBe(EXIT.internal);
    } finally {
      fault.mockRestore();
    }
    expect(stdout).toEqual([]);
    expect(stderr).toBe(
      "p2check: вътрешна грешка в програмата (моля, съобщете ни) / internal error in the program (please tell us): Invalid array length\n",
    );
  });
});
