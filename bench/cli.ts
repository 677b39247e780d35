/**
 * Command line (issue 17): the compiled p2check against the floor of reading an .xlsx — unzipping the parts the check
 * needs with Node's zlib and scanning their XML with indexOf — and against loading the files with ExcelJS alone, on
 * a folder of 300 realistic reports (about 25 goals each) and on one report of 5,000 goals; and p2check on the bundled
 * sample against `node -e ''`. Every variant runs as a fresh `node` process, timed whole (start-up included), output
 * to /dev/null, in rounds side by side; each process reports its CPU time and peak memory (max RSS) as it exits.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildWorkbook } from "../test/fixtures/builder";
import { benchDir } from "./core";
import { ROOT } from "./lib/child";
import { BUILD, compileShipped } from "./lib/shipped";
import { reportSheet } from "./lib/synthetic";
import { markdownTable, type GoalRow, type Section } from "./lib/table";
import { bytes, median, ratio, seconds } from "./lib/timing";

const FILES = 300;
const GOALS_PER_FILE = 25;
export const BIG_GOALS = 5000;
const FLOOR_GOAL = 3;
const SAMPLE_GOAL_MS = 350;
const SAMPLE_NODE_GOAL = 2.5;
const MEMORY_GOAL = 100 * 1024 * 1024;
/** Bump when the generated files change, so that an old folder in the temp directory is not reused. */
const FILES_VERSION = 1;

/** Compiles the command line as it ships (see lib/shipped.ts) and writes the runners beside it. */
export function compileCli(): void {
  compileShipped();
  writeFileSync(path.join(BUILD, "p2check.js"), RUN_CLI);
  writeFileSync(path.join(BUILD, "floor.js"), RUN_FLOOR);
  writeFileSync(path.join(BUILD, "exceljs-only.js"), RUN_EXCELJS);
}

/** Each runner reports on stderr, as it exits, its CPU time (all threads, user + system) and its peak memory. */
const REPORT_USAGE = `process.on("exit", () => { const { user, system } = process.cpuUsage(); process.stderr.write("\\nBENCH_CPU " + (user + system) / 1000 + " BENCH_RSS " + process.resourceUsage().maxRSS * 1024 + "\\n"); });\n`;

/** bin/p2check.js itself, pointed at the bench's build (its ../dist/ is the build's ./): started as it ships. */
const RUN_CLI =
  REPORT_USAGE +
  readFileSync(path.join(ROOT, "bin", "p2check.js"), "utf8")
    .replace(/^#!.*\n/, "")
    .replace(/\.\.\/dist\//g, "./");

/** ExcelJS alone: each file read into a workbook, one after the other, nothing else. */
const RUN_EXCELJS = REPORT_USAGE + `const ExcelJS = require("exceljs");
const { collectFiles } = require("./cli/files.js");
(async () => {
  const { files } = await collectFiles(process.argv.slice(2));
  for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
})();
`;

/**
 * The floor: for each file, the zip's central directory read by hand, the parts the check needs (workbook, its
 * relationships, shared strings, styles, sheets) inflated with zlib, and every cell's "<c " found with indexOf.
 */
const RUN_FLOOR = REPORT_USAGE + `const { readFileSync } = require("node:fs");
const { inflateRawSync } = require("node:zlib");
const { collectFiles } = require("./cli/files.js");
const NEEDED = /^(xl\\/workbook\\.xml|xl\\/_rels\\/workbook\\.xml\\.rels|xl\\/sharedStrings\\.xml|xl\\/styles\\.xml|xl\\/worksheets\\/[^/]+\\.xml)$/;
function parts(zip) {
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  let at = zip.readUInt32LE(end + 16);
  const out = [];
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const method = zip.readUInt16LE(at + 10), size = zip.readUInt32LE(at + 20), nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30), comment = zip.readUInt16LE(at + 32), local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (NEEDED.test(name)) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      out.push(method === 8 ? inflateRawSync(data) : data);
    }
    at += 46 + nameLength + extra + comment;
  }
  return out;
}
(async () => {
  const { files } = await collectFiles(process.argv.slice(2));
  let cells = 0;
  for (const file of files) {
    for (const part of parts(readFileSync(file))) {
      const xml = part.toString("utf8");
      for (let i = xml.indexOf("<c "); i >= 0; i = xml.indexOf("<c ", i + 3)) cells++;
    }
  }
  process.stdout.write(String(cells));
})();
`;

/** 300 reports of about 25 goals, each with its administration and its own run of the reference goals. */
export async function reportFolder(): Promise<string> {
  const folder = path.join(benchDir(), `cli-${FILES}x${GOALS_PER_FILE}-v${FILES_VERSION}`);
  const stamp = path.join(folder, "complete");
  if (existsSync(stamp)) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < FILES; i++) {
    const goals = GOALS_PER_FILE - 3 + (i % 7); // 22 to 28 goals
    const bytes = await buildWorkbook([reportSheet(goals, i)]);
    writeFileSync(path.join(folder, `отчет-${String(i + 1).padStart(3, "0")}.xlsx`), bytes);
  }
  writeFileSync(stamp, "");
  return folder;
}

/** One report of 5,000 goals, made by the fixture builder like the folder's. */
export async function bigReport(): Promise<string> {
  const file = path.join(benchDir(), `cli-${BIG_GOALS}-goals-v${FILES_VERSION}.xlsx`);
  if (!existsSync(file)) writeFileSync(file, await buildWorkbook([reportSheet(BIG_GOALS)]));
  return file;
}

export interface Run {
  wall: number;
  /** CPU time of the process, all threads (ms); NaN when it did not say. */
  cpu: number;
  /** Peak resident memory of the process (bytes); NaN when it did not say. */
  rss: number;
}

/** Wall-clock time, CPU time and peak memory of one `node script args…` run, stdout to /dev/null. */
export function timeProcess(script: string, args: string[], finished: (code: number | null) => boolean = (code) => code === 0 || code === 1): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const elapsed = performance.now() - start;
      const usage = /BENCH_CPU ([\d.]+) BENCH_RSS (\d+)/.exec(err);
      // p2check exits 1 when it found errors (the reference goals have some): that is a finished run.
      if (finished(code)) resolve({ wall: elapsed, cpu: Number(usage?.[1] ?? NaN), rss: Number(usage?.[2] ?? NaN) });
      else reject(new Error(`${path.basename(script)} exited with ${code}:\n${err}`));
    });
  });
}

interface Variant {
  label: string;
  script: string;
  args: string[];
}

/**
 * Runs every variant once to warm up (and fill the file cache), then `rounds` rounds of each variant once, in turn:
 * on a shared machine the speed drifts, and runs of the variants side by side see the same drift. Gives each
 * variant's runs in round order.
 */
async function roundRobin(variants: Variant[], rounds: number): Promise<Run[][]> {
  const runOnce = (v: Variant) => timeProcess(v.script, v.args);
  for (const variant of variants) await runOnce(variant);
  const runs: Run[][] = variants.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, variant] of variants.entries()) runs[i]?.push(await runOnce(variant));
  }
  return runs;
}

function medianRun(runs: Run[]): Run {
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rss: Math.max(...runs.map((r) => r.rss)) };
}

function folderBytes(folder: string): number {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".xlsx"))
    .reduce((sum, name) => sum + readFileSync(path.join(folder, name)).length, 0);
}

/** The three readers side by side on one input: medians, and p2check's ratio to the floor (median of the rounds'). */
async function compareReaders(input: string, rounds: number) {
  const variants = [
    { label: "floor (zlib + indexOf)", script: path.join(BUILD, "floor.js"), args: [input] },
    { label: "ExcelJS alone", script: path.join(BUILD, "exceljs-only.js"), args: [input] },
    { label: "p2check --format json", script: path.join(BUILD, "p2check.js"), args: [input, "--format", "json"] },
  ];
  const runs = await roundRobin(variants, rounds);
  const [floorRuns, , cliRuns] = runs as [Run[], Run[], Run[]];
  const cliRatio = median(cliRuns.map((run, i) => run.wall / (floorRuns[i] as Run).wall));
  return { variants, medians: runs.map(medianRun), cliRatio };
}

export async function runCli(rounds = 7): Promise<Section> {
  process.stderr.write("  cli: compiling the command line, writing the reports…\n");
  compileCli();
  const folder = await reportFolder();
  const big = await bigReport();
  const sample = path.join(ROOT, "assets", "samples", "blagoevgrad-2024.xlsx");
  process.stderr.write(`  cli: ${rounds} rounds of the floor, ExcelJS alone and p2check on each input…\n`);
  const onFolder = await compareReaders(folder, rounds);
  const onBig = await compareReaders(big, rounds);
  const [nodeRuns, sampleRuns] = (await roundRobin(
    [
      { label: "node -e ''", script: "-e", args: [""] },
      { label: "p2check sample", script: path.join(BUILD, "p2check.js"), args: [sample] },
    ],
    rounds,
  )) as [Run[], Run[]];
  const node = medianRun(nodeRuns);
  const onSample = medianRun(sampleRuns);
  const peak = Math.max(onFolder.medians[2]!.rss, onBig.medians[2]!.rss);
  const rows: GoalRow[] = [
    { what: `p2check ÷ floor, ${FILES} reports`, goal: `≤ ${FLOOR_GOAL}×`, measured: ratio(onFolder.cliRatio), met: onFolder.cliRatio <= FLOOR_GOAL },
    { what: `p2check ÷ floor, one report of ${BIG_GOALS.toLocaleString("en")} goals`, goal: `≤ ${FLOOR_GOAL}×`, measured: ratio(onBig.cliRatio), met: onBig.cliRatio <= FLOOR_GOAL },
    { what: "p2check on the sample, wall time", goal: `≤ ${SAMPLE_GOAL_MS / 1000} s`, measured: seconds(onSample.wall), met: onSample.wall <= SAMPLE_GOAL_MS },
    {
      what: "p2check on the sample ÷ `node -e ''`",
      goal: `≤ ${SAMPLE_NODE_GOAL}×`,
      measured: ratio(onSample.wall / node.wall),
      met: onSample.wall / node.wall <= SAMPLE_NODE_GOAL,
    },
    { what: "p2check peak memory (both inputs)", goal: "< 100 MB", measured: bytes(peak), met: peak < MEMORY_GOAL },
  ];
  const cpu = (run: Run) => (Number.isFinite(run.cpu) ? seconds(run.cpu) : "");
  const table = (title: string, compared: Awaited<ReturnType<typeof compareReaders>>) =>
    markdownTable(
      [title, "wall clock", "÷ floor", "CPU time (all threads)", "peak memory"],
      compared.variants.map((variant, i) => {
        const run = compared.medians[i] as Run;
        return [variant.label, seconds(run.wall), ratio(run.wall / (compared.medians[0] as Run).wall), cpu(run), bytes(run.rss)];
      }),
      ["l", "r", "r", "r", "r"],
    );
  return {
    key: "cli",
    title: "Command line: reading close to the floor",
    method:
      `${FILES} .xlsx reports of 22–28 goals each (${(folderBytes(folder) / 1024 / 1024).toFixed(1)} MB in all) and one ` +
      `report of ${BIG_GOALS.toLocaleString("en")} goals (${bytes(readFileSync(big).length)}), made by the test fixture ` +
      "builder from the reference goals, in the system's temp folder. The command line is compiled from src/ into " +
      ".tmp/bench/dist (as `npm run build:cli` does into dist/) and run as `node p2check.js <input> --format json > " +
      "/dev/null`. The floor is a Node process that reads each file, finds the parts the check needs in the zip's " +
      "central directory, inflates them with zlib and counts the cells with indexOf. “ExcelJS alone” only does " +
      "`new ExcelJS.Workbook().xlsx.readFile(file)` for each file. Wall-clock time of the whole process, start-up " +
      `included; every variant runs once to warm up, then ${rounds} rounds run each variant once in turn; times are ` +
      "medians, the ratios the median of each round's own ratio, peak memory the largest max RSS of the rounds.",
    rows,
    details: [table(`${FILES} reports`, onFolder), table(`${BIG_GOALS.toLocaleString("en")} goals`, onBig), markdownTable(
      ["run", "wall clock", "peak memory"],
      [
        ["node -e ''", seconds(node.wall), bytes(node.rss)],
        ["p2check on the sample (text output)", seconds(onSample.wall), bytes(onSample.rss)],
      ],
      ["l", "r", "r"],
    )],
  };
}
