/**
 * npm run bench: how long reading and checking take, on the bundled sample and on a generated 5,000-goal workbook.
 * Wall-clock numbers belong here, never in tests. Prints the median of several runs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { checkWorkbook } from "../src/core";
import { readWorkbook } from "../src/file/readWorkbook";
import { buildWorkbook, type FormRow } from "../test/fixtures/builder";
import { cleanRows, cleanSheet } from "../test/fixtures/clean";

const SAMPLE = path.join(__dirname, "../assets/samples/blagoevgrad-2024.xlsx");

/** A big report: the clean goals over and over, every tenth one spread over three merged rows. */
function manyGoals(count: number): FormRow[] {
  const rows: FormRow[] = [];
  for (let i = 0; i < count; i++) {
    const goal = { ...(cleanRows[i % cleanRows.length] as FormRow), no: `${i + 1}.` };
    if (i % 10 === 0) {
      rows.push({ ...goal, span: 3 });
      rows.push({ indicator: "Дял на услугите онлайн", currentValue: "10 %", targetValue: "30 %" });
      rows.push({ indicator: "Брой обучени служители", currentValue: "0 бр.", targetValue: "15 бр." });
    } else rows.push(goal);
  }
  return rows;
}

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function measure(name: string, bytes: Uint8Array, runs: number): Promise<void> {
  const reads: number[] = [];
  const checks: number[] = [];
  let goals = 0;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const read = await time(() => readWorkbook(bytes));
    const check = await time(() => checkWorkbook(read.result));
    reads.push(read.ms);
    checks.push(check.ms);
    goals = check.result[0]?.rollup.goals ?? 0;
    rows = read.result[0]?.values.length ?? 0;
  }
  const kb = Math.round(bytes.length / 1024);
  console.log(
    `${name.padEnd(22)} ${String(kb).padStart(6)} KB ${String(rows).padStart(6)} rows ${String(goals).padStart(5)} goals` +
      `  read ${median(reads).toFixed(0).padStart(6)} ms  check ${median(checks).toFixed(0).padStart(5)} ms` +
      `  (median of ${runs})`,
  );
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  await measure("sample (Благоевград)", readFileSync(SAMPLE), 7);
  const big = await buildWorkbook([cleanSheet({ rows: manyGoals(5000) })]);
  await measure("generated 5,000 goals", big, 3);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
