/**
 * p2check as a process (bin/p2check.js runs this). The exit code keeps its one meaning at the edges too:
 * - a closed pipe (`p2check отчети/ | head -1`) is not an error: what no one reads is no longer printed, the check
 *   and --summary go on, and the code is the one the run gives;
 * - an error p2check did not expect ends it with code 3 and one line on standard error, never a stack trace and never
 *   code 1, which means "issues found".
 */
import { text } from "../core/i18n/strings";
import { EXIT } from "./exit";
import { showControls } from "./format/escape";
import { startWorkerFor } from "./workerStart";
import type { Io } from "./main";

export function start(argv: string[]): void {
  startWorkerFor(argv); // started already by bin/p2check.js, before this module's own imports; then this does nothing
  const io = pipeSafeIo();
  const fail = (error: unknown) => {
    if (isClosedPipe(error)) return;
    io.stderr.write(internalErrorLine(error));
    process.exit(EXIT.internal);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  void run(argv, io).then((code) => {
    process.exitCode = code;
  });
}

/** main, with an unexpected error turned into exit code 3 and one line on standard error. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const { main } = await import("./main");
    return await main(argv, io);
  } catch (error) {
    io.stderr.write(internalErrorLine(error));
    return EXIT.internal;
  }
}

/** Both languages: the error may come before --lang was read. Only the message's first line: it is for a person. */
export function internalErrorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.trim().split(/\r?\n/, 1)[0] || (error instanceof Error ? error.name : "?");
  return `p2check: ${showControls(`${text("bg", "cli.internalError")} / ${text("en", "cli.internalError")}: ${detail}`)}\n`;
}

/** Standard output and error that stop taking writes once the reader on the other end has gone. */
function pipeSafeIo(): Io {
  let stdoutOpen = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (!isClosedPipe(error)) throw error;
      if (stream === process.stdout) stdoutOpen = false;
    });
  }
  return {
    stdout: (chunk) => {
      if (stdoutOpen) process.stdout.write(chunk);
    },
    stderr: process.stderr,
  };
}

function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED";
}
