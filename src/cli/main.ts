/** p2check: checks Приложение №2 workbooks from the command line (SPEC §6). */
import path from "node:path";
import { SingleBar } from "cli-progress";
import type { Severity } from "../core";
import { text } from "../core/i18n/strings";
import { checkFiles, isUnreadable, unopenable, type FileResult } from "./checkFiles";
import { collectFiles, type FileList } from "./files";
import { formatCsv } from "./format/csv";
import { formatJson } from "./format/json";
import { formatMarkdown } from "./format/markdown";
import { formatText } from "./format/text";
import { parseOptions, UsageError, USAGE, type Options } from "./options";
import { saveSummary, summaryRefusal } from "./summaryTarget";

export const EXIT = { ok: 0, found: 1, trouble: 2 } as const;

/** The workbook checked when no file is given: the sample shipped in assets/ (two folders up from src/cli or dist/cli). */
export const SAMPLE = path.resolve(__dirname, "../../assets/samples/blagoevgrad-2024.xlsx");

/** The sample's path as a user in the current folder would type it. */
function sampleAsGiven(): string {
  const relative = path.relative(process.cwd(), SAMPLE);
  return relative.startsWith("..") || path.isAbsolute(relative) ? SAMPLE : relative;
}

const FORMATTERS = { text: formatText, json: formatJson, csv: formatCsv, md: formatMarkdown };

export interface Io {
  stdout: (chunk: string) => void;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const processIo: Io = { stdout: (chunk) => process.stdout.write(chunk), stderr: process.stderr };

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`p2check: ${error.message}\n\n${USAGE}\n`);
    return EXIT.trouble;
  }
  if (options.help) {
    io.stdout(USAGE + "\n");
    return EXIT.ok;
  }
  const { files, missing, skipped } = await collectFiles(options.paths.length > 0 ? options.paths : [sampleAsGiven()]);
  reportSkipped(skipped, options, io);
  if (files.length === 0 && missing.length === 0) {
    io.stderr.write(`p2check: ${text(options.lang, "cli.noFiles", { paths: options.paths.join(", ") })}\n`);
    return EXIT.trouble;
  }
  const inputs = [...files, ...missing.map((m) => m.path)];
  const refusal = options.summary && (await summaryRefusal(options.summary, inputs, options.lang));
  if (refusal) {
    io.stderr.write(`p2check: ${refusal}\n`);
    return EXIT.trouble;
  }
  const results: FileResult[] = [
    ...missing.map(({ path: file, code }) => unopenable(file, code, options.lang)),
    ...(await checkWithProgress(files, options, io)),
  ];
  io.stdout(FORMATTERS[options.format](results, options.lang));
  for (const result of results.filter(isUnreadable)) io.stderr.write(`p2check: ${result.file}: ${result.error}\n`);
  const summarized = await writeSummary(results, options, io);
  return summarized ? exitCode(results, options.failOn) : EXIT.trouble;
}

/**
 * Files left out (.ods, .xls, Excel's "~$" files), each with what to do: in the text output, which is for reading;
 * on standard error with the other formats, whose output is data.
 */
function reportSkipped(skipped: FileList["skipped"], { format, lang }: Options, io: Io): void {
  const lines = skipped.map(({ path: file, reason }) =>
    text(lang, "cli.skipped", { path: file, reason: text(lang, `cli.skipped.${reason}`) }),
  );
  if (lines.length === 0) return;
  if (format === "text") io.stdout(lines.join("\n") + "\n\n");
  else for (const line of lines) io.stderr.write(`p2check: ${line}\n`);
}

/** --summary: written after the check, also when some files could not be read (they appear in it as such). */
async function writeSummary(results: FileResult[], options: Options, io: Io): Promise<boolean> {
  if (!options.summary) return true;
  const { written, message } = await saveSummary(options.summary, results, options.lang);
  io.stderr.write(`p2check: ${message}\n`);
  return written;
}

async function checkWithProgress(files: string[], options: Options, io: Io): Promise<FileResult[]> {
  if (!io.stderr.isTTY || files.length < 2) return checkFiles(files, options.lang);
  const bar = new SingleBar({
    stream: io.stderr,
    format: `${text(options.lang, "cli.progress")} [{bar}] {value}/{total} {file}`,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(files.length, 0, { file: "" });
  try {
    return await checkFiles(files, options.lang, (done, file) => bar.update(done, { file: path.basename(file) }));
  } finally {
    bar.stop();
  }
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** 2 when a file could not be read; else 1 when an issue reaches --fail-on; else 0. */
export function exitCode(results: FileResult[], failOn: Options["failOn"]): number {
  if (results.some(isUnreadable)) return EXIT.trouble;
  if (failOn === "never") return EXIT.ok;
  const reached = results.some(
    (result) => !isUnreadable(result) && result.reports.some((r) => r.issues.some((i) => RANK[i.severity] >= RANK[failOn])),
  );
  return reached ? EXIT.found : EXIT.ok;
}
