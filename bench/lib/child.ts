/** Runs a bench module's child mode in a fresh Node process (own heap, own peak RSS) and parses its JSON answer. */
import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");

/** `node --expose-gc --import tsx <script> ...args`; the child prints one JSON line last on stdout. */
export function runChild<T>(script: string, args: string[], nodeArgs: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", ...nodeArgs, script, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`${path.basename(script)} ${args.join(" ")} exited with ${code}:\n${err}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${path.basename(script)} gave no JSON:\n${out}\n${err}`));
      }
    });
  });
}

/** Forces a full collection when Node runs with --expose-gc (the children do); a no-op otherwise. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
