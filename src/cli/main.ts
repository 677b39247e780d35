/** p2check: checks Приложение №2 workbooks from the command line (SPEC §6). */
import path from "node:path";
import type { SingleBar } from "cli-progress";
import type { Lang, Severity } from "../core";
import { text } from "../core/i18n/strings";
import type { PlanFile } from "./checkBytes";
import { checkEach, checkFile, goalsReader, isUnreadable, readBytes, refusalText, unopenable, type FileResult } from "./checkFiles";
import { EXIT } from "./exit";
import { collectFiles, type FileList } from "./files";
import { showControls } from "./format/escape";
import { FORMATS } from "./format/index";
import { parseOptions, UsageError, USAGE, type Options } from "./options";
import type { Pairing, PlanPairing } from "./pairing";

export { EXIT };

/** The workbook checked when no file is given: the sample shipped in assets/ (two folders up from src/cli or dist/cli). */
export const SAMPLE = path.resolve(__dirname, "../../assets/samples/blagoevgrad-2024.xlsx");

/** The sample's path as a user in the current folder would type it. */
function sampleAsGiven(): string {
  const relative = path.relative(process.cwd(), SAMPLE);
  return relative.startsWith("..") || path.isAbsolute(relative) ? SAMPLE : relative;
}

export interface Io {
  stdout: (chunk: string) => void;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const processIo: Io = { stdout: (chunk) => process.stdout.write(chunk), stderr: process.stderr };

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const out = new Output(io);
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.say(error.message);
    io.stderr.write(`\n${USAGE}\n`);
    return EXIT.trouble;
  }
  if (options.help) {
    io.stdout(USAGE + "\n");
    return EXIT.ok;
  }
  const { lang } = options;
  if (options.newReport) return newReport(options.newReport, options, out);
  for (const given of options.optionLikePaths) out.say(text(lang, "cli.optionLikePath", { path: given }));
  const paths = options.paths.length > 0 ? options.paths : [sampleAsGiven()];
  const list = await collectFiles(paths);
  sayWalkNotes(list, options, out);
  if (list.files.length === 0 && list.refused.length === 0) {
    if (list.unlistable.length === 0) out.say(text(lang, "cli.noFiles", { paths: options.paths.join(", ") }));
    return EXIT.trouble;
  }
  let files = list.files;
  if (options.summary) {
    const { checkSummaryTarget } = await import("./summaryTarget");
    const target = await checkSummaryTarget(options.summary, { given: paths, list }, lang);
    if ("refusal" in target) {
      out.say(target.refusal);
      return EXIT.trouble;
    }
    if (target.previous) {
      out.say(text(lang, "summary.previousLeftOut", { path: target.previous }));
      files = files.filter((file) => file !== target.previous);
    }
  }
  let plan: PlanFile | undefined;
  if (options.plan) {
    const given = await readPlan(options.plan, lang);
    if (typeof given === "string") {
      out.say(given);
      return EXIT.trouble;
    }
    plan = given;
    // The plan is what the reports are held against, not one of them.
    const planPath = path.resolve(options.plan);
    files = files.filter((file) => path.resolve(file) !== planPath);
    if (files.length === 0 && list.refused.length === 0) {
      out.say(text(lang, "cli.onlyThePlan", { plan: options.plan }));
      return EXIT.trouble;
    }
  }
  const results = await checkAll(files, list, options, out, plan);
  const summarized = await writeSummary(results, options, out);
  if (!summarized || list.unlistable.length > 0) return EXIT.trouble;
  return exitCode(results, options.failOn);
}

/**
 * The plan given with --plan, checked before the reports: one that cannot be read or holds no plan is said once, as a
 * usage error, and not given as the reason every report could not be checked.
 */
async function readPlan(file: string, lang: Lang): Promise<PlanFile | string> {
  const read = await readBytes(file);
  if (!("bytes" in read)) return text(lang, "cli.planUnreadable", { plan: file, reason: refusalText(read.why, lang) });
  const checked = await checkFile(file, lang);
  if (isUnreadable(checked)) return text(lang, "cli.planUnreadable", { plan: file, reason: checked.error });
  if (!checked.reports.some((report) => report.form === "plan")) return text(lang, "cli.planNotAPlan", { plan: file });
  return { file, bytes: read.bytes };
}

/**
 * What the walk left out, each with why: folders that could not be listed, paths met before under another name, and
 * spreadsheets that are not .xlsx reports (.ods, .xls, Excel's "~$" files) — those with what to do, in the text
 * output, which is for reading, and on standard error with the other formats, whose output is data.
 */
function sayWalkNotes(list: FileList, { format, lang }: Options, out: Output): void {
  for (const folder of list.unlistable) {
    out.say(text(lang, "cli.folderUnlistable", { path: folder.path, reason: refusalText({ code: folder.code }, lang) }));
  }
  for (const repeated of list.repeated) out.say(text(lang, "cli.repeated", repeated));
  const skipped = list.skipped.map(({ path: file, reason }) =>
    text(lang, "cli.skipped", { path: file, reason: text(lang, `cli.skipped.${reason}`) }),
  );
  if (skipped.length === 0) return;
  if (format === "text") out.stdout(showControls(skipped.join("\n"), "\n") + "\n\n");
  else for (const line of skipped) out.say(line);
}

/**
 * Checks the files and prints each one's part as soon as it is done (the refused ones first): the results printed
 * stay printed, whatever happens to a later file. Several files and no --plan: the plans and reports among them are
 * paired once the last is checked, and the pairing is printed before the totals (pairing.ts).
 */
async function checkAll(files: string[], list: FileList, options: Options, out: Output, plan?: PlanFile): Promise<FileResult[]> {
  const format = FORMATS[options.format];
  const { lang } = options;
  const results: FileResult[] = [];
  // Loaded only to pair; it loads the core's reconciling only once a plan is among the files (pairing.ts).
  const pairing = !plan && files.length > 1 ? new (await import("./pairing")).PlanPairing() : undefined;
  const print = (result: FileResult) => {
    pairing?.take(result);
    out.stdout(format.file(result, lang, results.length));
    results.push(result);
    if (isUnreadable(result)) out.say(`${result.file}: ${result.error}`);
  };
  out.stdout(format.start(lang));
  for (const { path: file, why } of list.refused) print(unopenable(file, why, lang));
  if (format.prepare) setImmediate(() => format.prepare?.(lang)); // runs once the first file is being read and checked
  const progress = await out.progress(files.length, lang);
  try {
    for await (const result of checkEach(files, lang, undefined, plan, pairing && "plans")) {
      print(result);
      progress?.update(results.length - list.refused.length, { file: showControls(path.basename(result.file)) });
    }
  } finally {
    out.endProgress();
  }
  const paired = pairing && (await pairFound(pairing, lang));
  if (paired) {
    out.stdout(format.pairing(paired, lang));
    if (!format.showsPairs) sayPairs(paired, lang, out);
  }
  for (const piece of format.end(results, lang)) out.stdout(piece);
  return results;
}

/** Pairs the plans and reports checked; a report that pairs is checked again for its goals. */
async function pairFound(pairing: PlanPairing, lang: Lang): Promise<Pairing | undefined> {
  const reader = goalsReader(lang);
  try {
    return await pairing.pair(lang, reader.goalsOf);
  } finally {
    await reader.close();
  }
}

/** The pairs made, and the reports paired with none for having two plans, for formats whose output is data. */
function sayPairs(pairing: Pairing, lang: Lang, out: Output): void {
  const sheet = (ref: { file: string; sheet: string }) => text(lang, "cli.pairs.sheet", { ...ref });
  for (const { report, plan } of pairing.pairs) out.say(text(lang, "cli.pairs.paired", { report: sheet(report), plan: sheet(plan) }));
  for (const { report, plans } of pairing.manyPlans) out.say(`${text(lang, "cli.pairs.manyPlans")} ${sheet(report)} ← ${plans.map(sheet).join("; ")}`);
  for (const { report, plan } of pairing.tooLarge) out.say(`${text(lang, "cli.pairs.tooLarge")} ${sheet(report)} ← ${sheet(plan)}`);
  for (const { report, plan } of pairing.changed) out.say(`${text(lang, "cli.pairs.changed")} ${sheet(report)} ← ${sheet(plan)}`);
}

/** --new-report OUT PLAN: the report form made from the one plan given. */
async function newReport(target: string, options: Options, out: Output): Promise<number> {
  if (options.paths.length !== 1) {
    out.say(text(options.lang, "cli.newReport.onePlan"));
    return EXIT.trouble;
  }
  const { writeNewReport } = await import("./newReport");
  const { written, message } = await writeNewReport(target, options.paths[0] as string, options.force, options.lang);
  out.say(message);
  return written ? EXIT.ok : EXIT.trouble;
}

/** --summary: written after the check, also when some files could not be read (they appear in it as such). */
async function writeSummary(results: FileResult[], options: Options, out: Output): Promise<boolean> {
  if (!options.summary) return true;
  const { saveSummary } = await import("./summaryTarget");
  const { written, message } = await saveSummary(options.summary, results, options.lang);
  out.say(message);
  return written;
}

/**
 * What p2check writes: results on standard output, messages and the progress bar on standard error. A message or a
 * result printed while the bar is drawn first clears the bar's line (the bar draws itself again on its next step), so
 * that on a terminal the two never run into each other.
 */
class Output {
  private bar: SingleBar | undefined;

  constructor(private readonly io: Io) {}

  stdout(chunk: string): void {
    if (chunk === "") return;
    this.clearBar();
    this.io.stdout(chunk);
  }

  /** One line on standard error, control characters shown as escapes (it may quote a file name or an argument). */
  say(message: string): void {
    this.clearBar();
    this.io.stderr.write(`p2check: ${showControls(message)}\n`);
  }

  /** A progress bar on a terminal's standard error when there are several files; none otherwise. */
  async progress(total: number, lang: Lang): Promise<SingleBar | undefined> {
    if (!this.io.stderr.isTTY || total < 2) return undefined;
    const { SingleBar } = await import("cli-progress");
    this.bar = new SingleBar({
      stream: this.io.stderr,
      format: `${text(lang, "cli.progress")} [{bar}] {value}/{total} {file}`,
      hideCursor: true,
      clearOnComplete: true,
    });
    this.bar.start(total, 0, { file: "" });
    return this.bar;
  }

  endProgress(): void {
    this.bar?.stop();
    this.bar = undefined;
  }

  private clearBar(): void {
    if (this.bar) this.io.stderr.write("\r\x1b[2K");
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
