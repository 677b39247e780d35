/**
 * Core: checkSheet on synthetic reports of 100 to 50,000 goals, worked on the SheetGrid directly (no file reading).
 * Each size runs in a fresh Node process, so that its peak memory is its own. The floor is one pass that reads and
 * trims every cell of the same grid: no check can be faster than looking at each cell once.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SheetGrid } from "../src/core/grid";
import { buildWorkbook } from "../test/fixtures/builder";
import { collectGarbage, runChild } from "./lib/child";
import { compileShipped, shipped } from "./lib/shipped";
import { cellCount, gridSource, reportSheet, syntheticGrid, type GridSource } from "./lib/synthetic";
import { markdownTable, type GoalRow, type Section } from "./lib/table";
import { bytes, grouped, ms, rate, ratio, time } from "./lib/timing";

export const CORE_SIZES = [100, 1_000, 10_000, 50_000];
const CELLS_PER_SECOND_GOAL = 1_000_000;
const FLOOR_RATIO_GOAL = 3;

interface CoreResult {
  goals: number;
  rows: number;
  cells: number;
  merges: number;
  issues: number;
  /** Goals the check counted (a sanity check of the synthetic grid). */
  counted: number;
  firstCheckMs: number;
  /** The best of the rounds' medians. */
  checkMs: number;
  /** Each round's median, in the order run. */
  roundsMs: number[];
  floorMs: number;
  runs: number;
  rssBefore: number;
  /** How far the process's peak RSS rose over its RSS just before the first check (bytes). */
  peakRise: number;
  /** True when the first check did not raise the process's earlier peak: peakRise is then an upper bound. */
  peakIsBound: boolean;
  /** Heap still used with the Report kept, over the heap before the check (bytes). */
  reportHeap: number;
}

/** The floor: read every cell and trim the text ones, counting those left with something in them. */
export function floorPass(grid: SheetGrid): number {
  let filled = 0;
  for (const row of grid.values) {
    for (const value of row) {
      if (value === null) continue;
      if (typeof value === "string") {
        if (value.trim() !== "") filled++;
      } else filled++;
    }
  }
  return filled;
}

/**
 * The warm runs come in rounds a little apart, each with its own median; the check's time is the best round's. On
 * this shared machine the speed drifts by a third within a minute (other machines' work): a burst slows the rounds it
 * falls on, not the check.
 */
const ROUNDS = 3;
const ROUND_GAP_MS = 700;

/**
 * Warm-up and measured runs by the cells a run checks. V8 optimizes a function only after it has run a while: a
 * 100-goal report checked twice is still mostly interpreted, so warm runs begin after about a million cells checked
 * (a second or two), and enough runs follow for a stable median. The cold first check is reported beside it.
 */
const WARM_UP_CELLS = 1_000_000;
const MEASURED_CELLS = 1_000_000;

export function runsFor(cells: number): { warmup: number; runs: number } {
  const warmup = Math.max(2, Math.ceil(WARM_UP_CELLS / cells));
  const runs = Math.min(200, Math.max(3, Math.ceil(MEASURED_CELLS / cells)));
  return { warmup, runs };
}

/** The check as it ships (lib/shipped.ts); runCore compiles it before the children start. */
const shippedCore = () => shipped<typeof import("../src/core")>("core");
const shippedReader = () => shipped<typeof import("../src/file/readWorkbook")>("file/readWorkbook");

/** The child's work: one size, cold first check with memory, then warm timings of check and floor. */
async function child(goals: number, sourceFile: string): Promise<CoreResult> {
  const { checkSheet } = shippedCore();
  const source = JSON.parse(readFileSync(sourceFile, "utf8")) as GridSource;
  const grid = syntheticGrid(source, goals);
  collectGarbage();
  const before = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const start = performance.now();
  const report = checkSheet(grid);
  const firstCheckMs = performance.now() - start;
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  collectGarbage();
  const reportHeap = process.memoryUsage().heapUsed - before.heapUsed;
  const { warmup, runs } = runsFor(cellCount(grid));
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, ROUND_GAP_MS));
    rounds.push((await time(() => checkSheet(grid), { warmup: round === 0 ? warmup : 1, runs })).median);
  }
  const floor = await time(() => floorPass(grid), { warmup, runs });
  return {
    goals,
    rows: grid.values.length,
    cells: cellCount(grid),
    merges: grid.merges.length,
    issues: report.issues.length,
    counted: report.rollup.goals,
    firstCheckMs,
    checkMs: Math.min(...rounds),
    roundsMs: rounds,
    floorMs: floor.median,
    runs,
    rssBefore: before.rss,
    peakRise: Math.max(peakAfter, peakBefore) - before.rss,
    peakIsBound: peakAfter <= peakBefore,
    reportHeap,
  };
}

export function benchDir(): string {
  const dir = path.join(os.tmpdir(), "p2check-bench");
  mkdirSync(dir, { recursive: true });
  return dir;
}

const SAMPLE = path.join(__dirname, "..", "assets", "samples", "blagoevgrad-2024.xlsx");

/** What the old check.bench.ts measured: reading an .xlsx into grids (the file host) and checking them. */
async function fileTimes(): Promise<string[][]> {
  const { checkWorkbook } = shippedCore();
  const { readWorkbook } = shippedReader();
  const files: [string, Uint8Array, number][] = [
    ["the sample (Благоевград 2024)", readFileSync(SAMPLE), 9],
    ["a built workbook of 5,000 goals", await buildWorkbook([reportSheet(5_000)]), 3],
  ];
  const rows: string[][] = [];
  for (const [name, bytesOf, runs] of files) {
    const grids = await readWorkbook(bytesOf);
    const read = await time(() => readWorkbook(bytesOf), { warmup: 1, runs });
    const check = await time(() => checkWorkbook(grids), { warmup: 1, runs });
    const goals = checkWorkbook(grids)[0]?.rollup.goals ?? 0;
    rows.push([name, bytes(bytesOf.length), grouped(goals), ms(read.median), ms(check.median), String(runs)]);
  }
  return rows;
}

export async function runCore(sizes = CORE_SIZES): Promise<Section> {
  compileShipped();
  const sourceFile = path.join(benchDir(), "core-source.json");
  writeFileSync(sourceFile, JSON.stringify(await gridSource()));
  const results: CoreResult[] = [];
  for (const goals of sizes) {
    process.stderr.write(`  core: ${grouped(goals)} goals…\n`);
    results.push(await runChild<CoreResult>(__filename, ["--child", String(goals), sourceFile]));
  }
  const rows: GoalRow[] = [];
  for (const r of results) {
    const speed = r.cells / (r.checkMs / 1000);
    const floorRatio = r.checkMs / r.floorMs;
    rows.push(
      { what: `${grouped(r.goals)} goals: time per check`, goal: "", measured: ms(r.checkMs) },
      { what: `${grouped(r.goals)} goals: speed`, goal: "≥ 1 M cells/s", measured: rate(speed, "cells"), met: speed >= CELLS_PER_SECOND_GOAL },
      { what: `${grouped(r.goals)} goals: check ÷ floor`, goal: "≤ 3×", measured: ratio(floorRatio), met: floorRatio <= FLOOR_RATIO_GOAL },
      { what: `${grouped(r.goals)} goals: peak memory of the check`, goal: "", measured: `${r.peakIsBound ? "≤ " : ""}${bytes(r.peakRise)}` },
    );
  }
  const detail = markdownTable(
    ["goals", "rows", "cells", "merges", "issues", "check: best round (each round's median)", "first check", "floor", "peak RSS rise", "Report heap"],
    results.map((r) => [
      r.counted === r.goals ? grouped(r.goals) : `${grouped(r.goals)} (counted ${grouped(r.counted)})`,
      grouped(r.rows),
      grouped(r.cells),
      grouped(r.merges),
      grouped(r.issues),
      `${ms(r.checkMs)} (${r.roundsMs.map(ms).join(", ")}; ${r.runs} runs each)`,
      ms(r.firstCheckMs),
      ms(r.floorMs),
      `${r.peakIsBound ? "≤ " : ""}${bytes(r.peakRise)}`,
      bytes(r.reportHeap),
    ]),
    ["r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
  );
  process.stderr.write("  core: reading .xlsx files…\n");
  const files = markdownTable(
    ["file", "size", "goals", "read (ExcelJS → grids)", "check", "runs"],
    await fileTimes(),
    ["l", "r", "r", "r", "r", "r"],
  );
  return {
    key: "core",
    title: "Core: checkSheet on a SheetGrid",
    method:
      "Synthetic reports made from the goals of the two reference reports (Благоевград 2024, Хасково 2023: real text, " +
      "statuses, units, indicators and their flaws), cycled and renumbered, every eighth goal spread over three rows " +
      "with merged goal columns; built once with the test fixture builder, read by the file host, then repeated as a " +
      "SheetGrid, checked by the core as it ships (compiled by tsc as `npm run build:cli` does; bench/lib/shipped.ts). " +
      "Each size runs in a fresh Node process: one cold check (the first check, for memory), then warm-up runs until " +
      "about a million cells have been checked (V8 optimizes the check only after it has run a while), then the " +
      `median of warm runs, in ${ROUNDS} rounds ${ROUND_GAP_MS} ms apart; the check's time is the best round's ` +
      "median (the machine is shared: a burst of others' work slows the rounds it falls on). " +
      "Cells are those the host hands over (rows end at their last value). The floor is one pass that reads every " +
      "cell and trims the text ones. Peak memory is the rise of the process's peak RSS over its RSS just before the " +
      "check (“≤” when the check did not raise the earlier peak); Report heap is the heap the finished Report keeps.",
    rows,
    details: [
      detail,
      "Reading as well as checking, in this process (the file host, as the command line and the harness do it):",
      files,
    ],
  };
}

if (require.main === module && process.argv[2] === "--child") {
  child(Number(process.argv[3]), process.argv[4] as string)
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
