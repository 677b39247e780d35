/**
 * Hostile files (issue 18): the corpus of test/fixtures/hostile.ts, with a real zip bomb (a sheet of 450 MB that
 * zips to under 1 MB), each given alone to the compiled p2check, then all together. Time and peak memory of each;
 * the goal is at most 30 s and 1 GB a case, and a batch that reports every file.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { writeHostileCorpus } from "../test/fixtures/hostile";
import { compileCli, timeProcess, type Run } from "./cli";
import { benchDir } from "./core";
import { BUILD } from "./lib/shipped";
import { markdownTable, type GoalRow, type Section } from "./lib/table";
import { bytes, seconds } from "./lib/timing";

const TIME_GOAL_MS = 30_000;
/** Exit 2 (a file refused with its reason) is a finished run too; only a crash (exit 3, a signal) is not. */
const anyExit = (code: number | null) => code !== null && code <= 2;
const MEMORY_GOAL = 1024 * 1024 * 1024;

/** What p2check said of a file: its reason, or how many issues it found. */
function outcome(script: string, file: string): string {
  const run = spawnSync(process.execPath, [script, file, "--format", "json", "--lang", "en"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const reason = /p2check: [^\n]*?: ([^\n]*)/.exec(run.stderr)?.[1];
  if (reason) return `exit ${run.status}: ${reason}`;
  try {
    const parsed = JSON.parse(run.stdout) as { issues?: unknown[] } | { issues?: unknown[] }[];
    const reports = Array.isArray(parsed) ? parsed : [parsed];
    const issues = reports.reduce((sum, report) => sum + (report.issues?.length ?? 0), 0);
    return `exit ${run.status}: ${reports.length} report(s), ${issues} issue(s)`;
  } catch {
    return `exit ${run.status}`;
  }
}

export async function runHostile(): Promise<Section> {
  process.stderr.write("  hostile: compiling the command line, writing the corpus (the zip bomb takes a while)…\n");
  compileCli();
  const folder = path.join(benchDir(), "hostile");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const corpus = await writeHostileCorpus(folder, true);
  const script = path.join(BUILD, "p2check.js");
  const measured: { name: string; run: Run; said: string }[] = [];
  for (const { name } of corpus) {
    process.stderr.write(`  hostile: ${name}\n`);
    const file = path.join(folder, name);
    measured.push({ name, run: await timeProcess(script, [file], anyExit), said: outcome(script, file) });
  }
  const batch = await timeProcess(script, [folder], anyExit);
  const slowest = Math.max(...measured.map((m) => m.run.wall), batch.wall);
  const largest = Math.max(...measured.map((m) => m.run.rss), batch.rss);
  const rows: GoalRow[] = [
    { what: "slowest case (and the whole corpus as one batch)", goal: "≤ 30 s", measured: seconds(slowest), met: slowest <= TIME_GOAL_MS },
    { what: "largest peak memory", goal: "≤ 1 GB", measured: bytes(largest), met: largest <= MEMORY_GOAL },
  ];
  const table = markdownTable(
    ["case", "wall clock", "peak memory", "what p2check said"],
    [
      ...measured.map(({ name, run, said }) => [name, seconds(run.wall), bytes(run.rss), said]),
      [`all ${corpus.length} in one run`, seconds(batch.wall), bytes(batch.rss), ""],
    ],
    ["l", "r", "r", "l"],
  );
  return {
    key: "hostile",
    title: "Hostile files: bounded time and memory",
    method:
      "The corpus of test/fixtures/hostile.ts written into the system's temp folder, with a real zip bomb (a sheet of " +
      "450 MB of XML). Each file is given alone to the compiled p2check (`node p2check.js <file>`, as in the cli " +
      "section), then the whole folder in one run. Wall-clock time of the whole process and its peak memory (max RSS, " +
      "all threads); what p2check said comes from a second run with `--format json --lang en`.",
    rows,
    details: [table],
  };
}
