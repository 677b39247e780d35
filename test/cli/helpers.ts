/**
 * Helpers for the command line's tests: run `main` in-process with captured output, and real workbooks in a
 * temporary folder that is removed after each test.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { main } from "../../src/cli/main";
import { buildWorkbook, type SheetSpec } from "../fixtures/builder";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `p2check argv…`; stderr is a terminal only when `tty` says so. */
export async function run(argv: string[], { tty = false } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      stderr += chunk.toString();
      callback();
    },
  });
  const code = await main(argv, { stdout: (chunk) => (stdout += chunk), stderr: Object.assign(stream, { isTTY: tty }) });
  return { code, stdout, stderr };
}

/** A fresh temporary folder for each test of the enclosing describe, removed afterwards. */
export function useTempDir(): { readonly path: string } {
  const holder = { path: "" };
  beforeEach(() => {
    holder.path = fs.mkdtempSync(path.join(os.tmpdir(), "p2check-"));
  });
  afterEach(() => {
    fs.rmSync(holder.path, { recursive: true, force: true });
  });
  return holder;
}

/** Writes a workbook built from the sheets to dir/name (creating subfolders) and returns its path. */
export async function writeWorkbook(dir: string, name: string, sheets: SheetSpec[]): Promise<string> {
  return writeBytes(dir, name, await buildWorkbook(sheets));
}

export function writeBytes(dir: string, name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

export function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** The JSON output as an array, whether main printed one object or many. */
export function jsonItems(stdout: string): unknown[] {
  const parsed: unknown = JSON.parse(stdout);
  return Array.isArray(parsed) ? parsed : [parsed];
}

/**
 * A strict reader of the CLI's CSV (after its byte-order mark): `;` between cells, CRLF between lines, quoted cells
 * with doubled quotes. Throws on anything else, so a quoting mistake fails the test instead of shifting columns.
 */
export function parseCsv(csv: string): string[][] {
  if (!csv.startsWith("\uFEFF")) throw new Error("no byte-order mark");
  const body = csv.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = "";
    if (body[i] === '"') {
      for (i++; ; i++) {
        if (i >= body.length) throw new Error("unterminated quoted cell");
        if (body[i] === '"') {
          if (body[i + 1] !== '"') break;
          i++;
        }
        cell += body[i];
      }
      i++;
    } else {
      while (i < body.length && !";\r\n".includes(body[i] as string)) {
        if (body[i] === '"') throw new Error(`stray quote at ${i}`);
        cell += body[i++];
      }
    }
    row.push(cell);
    if (body[i] === ";") {
      i++;
      continue;
    }
    if (body.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === body.length) return rows;
      continue;
    }
    throw new Error(`expected ; or CRLF at ${i}, found ${JSON.stringify(body.slice(i, i + 10))}`);
  }
}
