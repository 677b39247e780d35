/**
 * The command line's hostile inputs that are not workbooks: pipes, sockets, folders that cannot be listed, names and
 * cell text with terminal control sequences. Made from code, like every fixture, in the test's temporary folder.
 */
import { execFileSync } from "node:child_process";
import fsPromises from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import type { FormSheet } from "../fixtures/builder";
import { cleanWith } from "../fixtures/clean";

/** A named pipe (FIFO): opening it to read waits for a writer, and a writer could send bytes forever. */
export function makeFifo(file: string): string {
  execFileSync("mkfifo", [file]);
  return file;
}

/** A Unix socket with a server listening on it; close it at the end of the test. */
export async function makeSocket(file: string): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(file, resolve));
  return server;
}

/**
 * Makes listing one folder fail with `code`, as chmod 000 does for anyone but root; tests often run as root, where
 * chmod stops nothing. Gives back the function that puts the real readdir back.
 */
export function failReaddirOf(folder: string, code: string): () => void {
  const realReaddir = fsPromises.readdir;
  const spy = jest.spyOn(fsPromises, "readdir").mockImplementation(((dir: string, ...rest: unknown[]) => {
    if (path.resolve(String(dir)) !== path.resolve(folder)) return (realReaddir as (...args: unknown[]) => unknown)(dir, ...rest);
    return Promise.reject(Object.assign(new Error(`${code}: permission denied, scandir '${folder}'`), { code }));
  }) as typeof fsPromises.readdir);
  return () => spy.mockRestore();
}

/** Terminal control sequences an attacker would put in a cell or a file name, and what each would do. */
export const TERMINAL_ATTACKS = {
  /** Sets the window title. */
  title: "\u001B]0;p2check pwned\u0007",
  /** Clears the screen. */
  clear: "\u001B[2J",
  /** Resets the terminal. */
  reset: "\u001Bc",
  /** A hidden link (OSC 8) whose text hides where it goes. */
  link: "\u001B]8;;https://example.com/x\u0007Изпълнена\u001B]8;;\u0007",
  /** C1 CSI, which some terminals take like ESC [. */
  c1: "\u009B2J",
  /** A carriage return with no line feed: what follows is written over the start of the line. */
  overwrite: "Неизпълнена\rИзпълнена",
  /** Right-to-left override: the text after it shows reversed. */
  bidi: "\u202EанелнълпзИ",
} as const;

/** Every raw control character but tab and line feed: what must never reach a terminal from a cell or a file name. */
export const RAW_CONTROL = /(?![\t\n])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** Text as Excel stores control characters in a workbook's XML: `_x001B_` for ESC, which a reader turns back into ESC. */
export function excelEncoded(text: string): string {
  return text.replace(/\p{Cc}/gu, (char) =>
    char.charCodeAt(0) < 0x20 ? `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_` : char,
  );
}

/**
 * The clean Хасково report with an attack in every text that p2check prints: the administration, a responsible
 * unit, an amount and a status (each kept short of what the check would change), and Markdown that breaks tables.
 */
export function attackSheet(): FormSheet {
  const sheet = cleanWith(2, {
    responsible: excelEncoded(`Дирекция АПОФУС${TERMINAL_ATTACKS.clear}`),
    amount: excelEncoded(`по проект${TERMINAL_ATTACKS.title}${TERMINAL_ATTACKS.c1}`),
    status: excelEncoded(TERMINAL_ATTACKS.overwrite),
  });
  const [title, , contact] = sheet.above ?? [];
  return {
    ...sheet,
    above: [
      title as string,
      ["Наименование на администрацията:", excelEncoded(`Областна администрация Хасково${TERMINAL_ATTACKS.reset}${TERMINAL_ATTACKS.bidi}`)],
      contact as [string, string],
    ],
  };
}
