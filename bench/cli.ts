/**
 * Command line: a folder of 300 realistic reports (about 25 goals each) checked by the compiled p2check, against
 * loading the same files with ExcelJS alone; and the same check spread over worker threads (one per core), which
 * src/cli does not do, to see whether it would pay. Every variant runs as a fresh `node` process, timed whole
 * (start-up included), output to /dev/null; the median of several runs after a warm-up run (which also warms the
 * file cache).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildWorkbook } from "../test/fixtures/builder";
import { benchDir } from "./core";
import { ROOT } from "./lib/child";
import { BUILD, compileShipped } from "./lib/shipped";
import { reportSheet } from "./lib/synthetic";
import { markdownTable, type GoalRow, type Section } from "./lib/table";
import { median, ratio, seconds } from "./lib/timing";

const FILES = 300;
const GOALS_PER_FILE = 25;
const RATIO_GOAL = 1.3;
/** Bump when the generated files change, so that an old folder in the temp directory is not reused. */
const FILES_VERSION = 1;

/** Compiles the command line as it ships (see lib/shipped.ts) and writes the runners beside it. */
export function compileCli(): void {
  compileShipped();
  writeFileSync(path.join(BUILD, "p2check.js"), RUN_CLI);
  writeFileSync(path.join(BUILD, "p2check-workers.js"), RUN_WORKERS);
  writeFileSync(path.join(BUILD, "exceljs-only.js"), RUN_EXCELJS);
}

/** Each runner reports on stderr, as it exits, the CPU time its process used (all threads), user + system. */
const REPORT_CPU = `process.on("exit", () => { const { user, system } = process.cpuUsage(); process.stderr.write("\\nBENCH_CPU " + (user + system) / 1000 + "\\n"); });\n`;

/** bin/p2check.js, pointed at the bench's build. */
const RUN_CLI = REPORT_CPU + `require("./cli/main.js").main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n`;

/** ExcelJS alone: each file read into a workbook, one after the other, nothing else. */
const RUN_EXCELJS = REPORT_CPU + `const ExcelJS = require("exceljs");
const { collectFiles } = require("./cli/files.js");
(async () => {
  const { files } = await collectFiles(process.argv.slice(2));
  for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
})();
`;

/**
 * What p2check --format json does, with the files shared out to worker threads (one per core): each worker takes
 * the next file from a shared counter, so a slow file does not hold the others up; results are put back in order.
 */
const RUN_WORKERS = REPORT_CPU + `const { Worker, isMainThread, parentPort, workerData } = require("node:worker_threads");
const os = require("node:os");
if (isMainThread) {
  const { collectFiles } = require("./cli/files.js");
  const { formatJson } = require("./cli/format/json.js");
  (async () => {
    const { files } = await collectFiles(process.argv.slice(2));
    const threads = Math.max(1, Math.min(Number(process.env.BENCH_THREADS) || os.availableParallelism(), files.length));
    const next = new Int32Array(new SharedArrayBuffer(4));
    const results = new Array(files.length);
    await Promise.all(Array.from({ length: threads }, () => new Promise((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: { files, next } });
      worker.on("message", ({ index, result }) => { results[index] = result; });
      worker.on("error", reject);
      worker.on("exit", resolve);
    })));
    process.stdout.write(formatJson(results, "bg"));
  })();
} else {
  const { checkFile } = require("./cli/checkFiles.js");
  const { files, next } = workerData;
  (async () => {
    for (let index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
      parentPort.postMessage({ index, result: await checkFile(files[index], "bg") });
    }
  })();
}
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

interface Run {
  wall: number;
  /** CPU time of the process, all threads (ms); NaN when it did not say. */
  cpu: number;
}

/** Wall-clock and CPU time of one `node script args…` run, stdout to /dev/null. */
function timeProcess(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, ...env },
    });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const elapsed = performance.now() - start;
      // p2check exits 1 when it found errors (the reference goals have some): that is a finished run.
      const cpu = /BENCH_CPU ([\d.]+)/.exec(err)?.[1];
      if (code === 0 || code === 1) resolve({ wall: elapsed, cpu: cpu === undefined ? NaN : Number(cpu) });
      else reject(new Error(`${path.basename(script)} exited with ${code}:\n${err}`));
    });
  });
}

interface Variant {
  script: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs every variant once to warm up (and fill the file cache), then `rounds` rounds of each variant once, in turn:
 * on a shared machine the speed drifts, and runs of the variants side by side see the same drift. Gives each
 * variant's runs in round order.
 */
async function roundRobin(variants: Variant[], rounds: number): Promise<Run[][]> {
  const runOnce = (v: Variant) => timeProcess(v.script, v.args, v.env);
  for (const variant of variants) await runOnce(variant);
  const runs: Run[][] = variants.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, variant] of variants.entries()) runs[i]?.push(await runOnce(variant));
  }
  return runs;
}

function medianRun(runs: Run[]): Run {
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

function folderBytes(folder: string): number {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".xlsx"))
    .reduce((sum, name) => sum + readFileSync(path.join(folder, name)).length, 0);
}

export async function runCli(rounds = 7): Promise<Section> {
  process.stderr.write("  cli: compiling the command line, writing the reports…\n");
  compileCli();
  const folder = await reportFolder();
  const cores = os.availableParallelism();
  process.stderr.write(`  cli: ${rounds} rounds of ExcelJS alone, p2check, and p2check's work in 1 and ${cores} threads…\n`);
  const workers = (threads: number): Variant => ({
    script: path.join(BUILD, "p2check-workers.js"),
    args: [folder],
    env: { BENCH_THREADS: String(threads) },
  });
  const [exceljsRuns, cliRuns, workersRuns, oneWorkerRuns, nodeRuns] = (await roundRobin(
    [
      { script: path.join(BUILD, "exceljs-only.js"), args: [folder] },
      { script: path.join(BUILD, "p2check.js"), args: [folder, "--format", "json"] },
      workers(cores),
      workers(1),
      { script: "-e", args: [""] },
    ],
    rounds,
  )) as [Run[], Run[], Run[], Run[], Run[]];
  const [exceljsRun, cliRun, workersRun, oneWorkerRun, nodeRun] = [exceljsRuns, cliRuns, workersRuns, oneWorkerRuns, nodeRuns].map(medianRun) as [Run, Run, Run, Run, Run];
  const [exceljs, cli, workersWall, oneWorker, node] = [exceljsRun, cliRun, workersRun, oneWorkerRun, nodeRun].map((r) => r.wall) as [
    number,
    number,
    number,
    number,
    number,
  ];
  // The goal's ratio: p2check against ExcelJS alone in the same round, the median over the rounds.
  const cliRatio = median(cliRuns.map((run, i) => run.wall / (exceljsRuns[i] as Run).wall));
  const cpu = (run: Run) => (Number.isFinite(run.cpu) ? seconds(run.cpu) : "");
  const rows: GoalRow[] = [
    { what: `ExcelJS alone: load ${FILES} files`, goal: "", measured: seconds(exceljs) },
    { what: `p2check ${FILES} files --format json`, goal: "", measured: seconds(cli) },
    { what: "p2check ÷ ExcelJS alone (median of the rounds' ratios)", goal: "≤ 1.3×", measured: ratio(cliRatio), met: cliRatio <= RATIO_GOAL },
    {
      what: `p2check's work over ${cores} worker threads (not in src/cli)`,
      goal: "",
      measured: `${seconds(workersWall)} (${ratio(workersWall / exceljs)} of ExcelJS alone)`,
    },
  ];
  const detail = markdownTable(
    ["run", "wall clock", "per file", "÷ ExcelJS alone", "CPU time (all threads)"],
    [
      ["node with nothing to do (start-up)", seconds(node), "", "", cpu(nodeRun)],
      [`ExcelJS alone, ${FILES} files one after another`, seconds(exceljs), `${(exceljs / FILES).toFixed(1)} ms`, "1.00×", cpu(exceljsRun)],
      ["p2check (sequential, as shipped)", seconds(cli), `${(cli / FILES).toFixed(1)} ms`, ratio(cli / exceljs), cpu(cliRun)],
      ["p2check's work in 1 worker thread", seconds(oneWorker), `${(oneWorker / FILES).toFixed(1)} ms`, ratio(oneWorker / exceljs), cpu(oneWorkerRun)],
      [`p2check's work in ${cores} worker threads`, seconds(workersWall), `${(workersWall / FILES).toFixed(1)} ms`, ratio(workersWall / exceljs), cpu(workersRun)],
    ],
    ["l", "r", "r", "r", "r"],
  );
  const perRound = markdownTable(
    ["round", "ExcelJS alone", "p2check", "÷", `${cores} threads`, "1 thread"],
    exceljsRuns.map((run, i) => [
      String(i + 1),
      seconds(run.wall),
      seconds((cliRuns[i] as Run).wall),
      ratio((cliRuns[i] as Run).wall / run.wall),
      seconds((workersRuns[i] as Run).wall),
      seconds((oneWorkerRuns[i] as Run).wall),
    ]),
    ["r", "r", "r", "r", "r", "r"],
  );
  return {
    key: "cli",
    title: "Command line: a folder of 300 reports",
    method:
      `${FILES} .xlsx reports of 22–28 goals each (${(folderBytes(folder) / 1024 / 1024).toFixed(1)} MB in all), made ` +
      "by the test fixture builder from the reference goals, in the system's temp folder. The command line is compiled " +
      "from src/ into .tmp/bench/dist (as `npm run build:cli` does into dist/) and run as `node p2check.js <folder> " +
      "--format json > /dev/null`. “ExcelJS alone” is a Node process that only does `new ExcelJS.Workbook().xlsx." +
      "readFile(file)` for each file. The worker-thread runs do what p2check does (checkFile per file, then the JSON " +
      `output) with the files shared out to worker threads that each take the next file; ${cores} threads for ${cores} ` +
      "cores. Wall-clock time of the whole process, start-up included. Every variant runs once to warm up, then " +
      `${rounds} rounds run each variant once in turn (a shared machine's speed drifts; side by side, the variants ` +
      "see the same drift); times are the medians of the rounds, and the ratio is the median of each round's own ratio.",
    rows,
    details: [detail, "Each round, in the order run:", perRound],
  };
}
