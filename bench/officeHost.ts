/**
 * office-js host: how many `context.sync()` calls and how many bytes each operation costs on reports of 25, 2,000
 * and 20,000 goals, counted by the tests' fake Excel (test/excel/fakeExcel.ts over office-addin-mock), which refuses
 * a request or response over 5 MB as Excel on the web does. Operations that OfficeHost does not have yet show
 * "not available".
 */
import { checkSheet, type Report, type SheetGrid } from "../src/core";
import { statusCells } from "../src/core/summary/statusCells";
import { summaryPlan } from "../src/core/summary/summarySheet";
import { cellAt, formatAt, lastCol, type CellRange } from "../src/core/grid";
import { CELLS_PER_SYNC, MAX_MERGED_AREAS, responseBytes, TYPICAL_ROWS } from "../src/excel/blockPlan";
import { OfficeHost } from "../src/excel/officeHost";
import { FakeExcel, LIMIT_BYTES } from "../test/excel/fakeExcel";
import { ALL_REQUIREMENTS } from "../test/excel/sheets";
import { MemoryStore } from "../test/fixtures/memoryStore";
import { gridSource, syntheticGrid, type GridSource } from "./lib/synthetic";
import { markdownTable, type GoalRow, type Section } from "./lib/table";
import { bytes, grouped, ms } from "./lib/timing";

export const OFFICE_SIZES = [25, 2_000, 20_000];
const ONE_SYNC_UP_TO = 2_000;

/** What one operation cost, from the fake's counters. */
interface Cost {
  syncs: number;
  /** Bytes of cell data sent to Excel, all syncs. */
  requestTotal: number;
  requestMax: number;
  /** Bytes of values and number formats sent back, all syncs. */
  responseTotal: number;
  responseMax: number;
  ms: number;
}

type Outcome = { cost: Cost } | { missing: true } | { failed: string };

interface Op {
  name: string;
  /** The OfficeHost method it needs. */
  method: string;
  run: (host: OfficeHost, state: State) => Promise<unknown>;
  /**
   * False when the fake does not weigh what this operation sends (it weighs cell data written to new sheets, not
   * fills set on the user's cells): its payload row then says what it sends rather than a number of bytes.
   */
  weighed?: false;
}

/** What the operations pass on to each other: the grid read and its Report. */
interface State {
  grid: SheetGrid;
  report?: Report;
  store: MemoryStore;
}

type Method = (...args: unknown[]) => Promise<unknown>;

/** One mark per issue, as the pane passes them. */
function marksOf(state: State): { sheet: string; cell: string; severity: string }[] {
  return (state.report?.issues ?? []).map((issue) => ({ sheet: issue.sheet, cell: issue.cell, severity: issue.severity }));
}

/** Cells a highlight fills (one per cell, whatever the number of issues in it). */
function cellsMarked(state: State): number {
  return new Set(marksOf(state).map((mark) => `${mark.sheet}!${mark.cell}`)).size;
}

/** What the DocumentStore holds now, as JSON: the document settings Excel saves with the workbook. */
function storeBytes(store: MemoryStore): number {
  const values = (store as unknown as { values: Map<string, unknown> }).values;
  return Buffer.byteLength(JSON.stringify(Object.fromEntries(values)));
}

/** A method of the host by name, so that this file compiles before the method lands on OfficeHost. */
function methodOf(host: OfficeHost, name: string): Method | undefined {
  const method = (host as unknown as Record<string, unknown>)[name];
  return typeof method === "function" ? (method.bind(host) as Method) : undefined;
}

const OPS: Op[] = [
  {
    name: "check",
    method: "read",
    run: async (host, state) => {
      const grid = await host.read();
      state.report = checkSheet(grid);
    },
  },
  {
    name: "highlight",
    method: "highlight",
    run: (host, state) => (methodOf(host, "highlight") as Method)(marksOf(state)),
    weighed: false,
  },
  { name: "clear", method: "clearHighlights", run: (host) => (methodOf(host, "clearHighlights") as Method)(), weighed: false },
  {
    name: "summary",
    method: "writeSummary",
    run: (host, state) =>
      (methodOf(host, "writeSummary") as Method)(
        summaryPlan({
          report: state.report ?? checkSheet(state.grid),
          statusCells: statusCells(state.grid),
          made: new Date(2025, 0, 14, 10, 32),
          lang: "bg",
        }),
      ),
  },
];

/**
 * Why a read takes more than one sync: what the first sync would ask for (the used range's rows up to TYPICAL_ROWS)
 * weighs, as Excel would send it, and how many merged areas start in those rows.
 */
function firstSyncWeight(grid: SheetGrid): { rows: number; bytes: number; merges: number } {
  const top = grid.origin.row;
  const bottom = Math.min(top + grid.values.length - 1, TYPICAL_ROWS);
  const rect: CellRange = { top, left: grid.origin.col, bottom, right: lastCol(grid) };
  const values: unknown[][] = [];
  const formats: unknown[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: unknown[] = [];
    const lineFormats: unknown[] = [];
    for (let col = rect.left; col <= rect.right; col++) {
      line.push(cellAt(grid, row, col) ?? "");
      lineFormats.push(formatAt(grid, row, col) ?? "General");
    }
    values.push(line);
    formats.push(lineFormats);
  }
  const merges = grid.merges.filter((m) => m.top >= rect.top && m.top <= rect.bottom).length;
  return { rows: bottom - top + 1, bytes: responseBytes(values, formats), merges };
}

async function readSyncs(grid: SheetGrid, requirements: typeof ALL_REQUIREMENTS): Promise<number> {
  const fake = new FakeExcel([grid]);
  await new OfficeHost({ run: fake.run, requirements, store: new MemoryStore() }).read();
  return fake.syncs;
}

/** The most goals a report can have and still be read in one sync (bisected: fewer goals never need more syncs). */
async function mostGoalsInOneSync(source: GridSource, requirements: typeof ALL_REQUIREMENTS): Promise<number> {
  let [low, high] = [1, 20_000];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((await readSyncs(syntheticGrid(source, mid), requirements)) === 1) low = mid;
    else high = mid - 1;
  }
  return low;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

async function measure(fake: FakeExcel, host: OfficeHost, op: Op, state: State): Promise<Outcome> {
  if (!methodOf(host, op.method)) return { missing: true };
  const [syncs, requests, responses] = [fake.syncs, fake.requests.length, fake.responses.length];
  const start = performance.now();
  try {
    await op.run(host, state);
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
  const sent = fake.requests.slice(requests);
  const got = fake.responses.slice(responses);
  return {
    cost: {
      syncs: fake.syncs - syncs,
      requestTotal: sum(sent),
      requestMax: Math.max(0, ...sent),
      responseTotal: sum(got),
      responseMax: Math.max(0, ...got),
      ms: performance.now() - start,
    },
  };
}

export async function runOfficeHost(sizes = OFFICE_SIZES): Promise<Section> {
  const source = await gridSource();
  const results: {
    goals: number;
    rows: number;
    issues: number;
    outcomes: Map<string, Outcome>;
    notes: Map<string, string>;
    first: ReturnType<typeof firstSyncWeight>;
    /** Syncs of the same read without merged areas (as on Excel without ExcelApi 1.13). */
    syncsWithoutMerges: number;
  }[] = [];
  for (const goals of sizes) {
    process.stderr.write(`  office: ${grouped(goals)} goals…\n`);
    const grid = syntheticGrid(source, goals);
    const fake = new FakeExcel([grid]);
    const store = new MemoryStore();
    const host = new OfficeHost({ run: fake.run, requirements: ALL_REQUIREMENTS, store });
    const state: State = { grid, store };
    const outcomes = new Map<string, Outcome>();
    const notes = new Map<string, string>();
    for (const op of OPS) {
      outcomes.set(op.name, await measure(fake, host, op, state));
      if (op.weighed === false) {
        const cells = cellsMarked(state);
        const perSync = Math.min(cells, CELLS_PER_SYNC);
        notes.set(op.name, `${grouped(cells)} cells, at most ${grouped(perSync)} a sync; settings ${bytes(storeBytes(store))} after`);
      }
    }
    results.push({
      goals,
      rows: grid.values.length,
      issues: state.report?.issues.length ?? 0,
      outcomes,
      notes,
      first: firstSyncWeight(grid),
      syncsWithoutMerges: await readSyncs(grid, { ...ALL_REQUIREMENTS, merges: false }),
    });
  }

  process.stderr.write("  office: the most goals read in one sync…\n");
  const oneSync = await mostGoalsInOneSync(source, ALL_REQUIREMENTS);
  const oneSyncNoMerges = await mostGoalsInOneSync(source, { ...ALL_REQUIREMENTS, merges: false });
  const rows: GoalRow[] = [
    {
      what: "check: most goals read in 1 sync",
      goal: `≥ ${grouped(ONE_SYNC_UP_TO)}`,
      measured: `${grouped(oneSync)} (${grouped(oneSyncNoMerges)} without merged areas)`,
      met: oneSync >= ONE_SYNC_UP_TO,
    },
  ];
  for (const { goals, outcomes, notes } of results) {
    const check = outcomes.get("check");
    if (check && "cost" in check && goals <= ONE_SYNC_UP_TO) {
      rows.push({
        what: `check, ${grouped(goals)} goals: syncs`,
        goal: "1",
        measured: String(check.cost.syncs),
        met: check.cost.syncs === 1,
      });
    }
    for (const op of OPS) {
      const outcome = outcomes.get(op.name) as Outcome;
      const what = `${op.name}, ${grouped(goals)} goals: largest payload`;
      if ("missing" in outcome) rows.push({ what, goal: "≤ 5 MB", measured: "not available" });
      else if ("failed" in outcome) rows.push({ what, goal: "≤ 5 MB", measured: `failed: ${outcome.failed}`, met: false });
      else if (op.weighed === false) {
        const syncs = `${outcome.cost.syncs} sync${outcome.cost.syncs === 1 ? "" : "s"}`;
        rows.push({ what, goal: "≤ 5 MB", measured: `not weighed (${notes.get(op.name) ?? ""}; ${syncs})` });
      } else {
        const largest = Math.max(outcome.cost.requestMax, outcome.cost.responseMax);
        rows.push({ what, goal: "≤ 5 MB", measured: bytes(largest), met: largest <= LIMIT_BYTES });
      }
    }
  }
  const detail = markdownTable(
    ["goals (rows, issues)", "operation", "syncs", "request: largest / all", "response: largest / all", "time in the fake"],
    results.flatMap(({ goals, rows: sheetRows, issues, outcomes, notes }) =>
      OPS.map((op) => {
        const outcome = outcomes.get(op.name) as Outcome;
        const size = `${grouped(goals)} (${grouped(sheetRows)}, ${grouped(issues)})`;
        if ("missing" in outcome) return [size, op.name, "not available", "", "", ""];
        if ("failed" in outcome) return [size, op.name, "failed", outcome.failed, "", ""];
        const { cost } = outcome;
        return [
          size,
          op.name,
          String(cost.syncs),
          op.weighed === false ? `not weighed: ${notes.get(op.name) ?? ""}` : `${bytes(cost.requestMax)} / ${bytes(cost.requestTotal)}`,
          `${bytes(cost.responseMax)} / ${bytes(cost.responseTotal)}`,
          ms(cost.ms),
        ];
      }),
    ),
    ["l", "l", "r", "r", "r", "r"],
  );
  return {
    key: "office",
    title: "office-js host: syncs and payloads",
    method:
      "OfficeHost (src/excel/officeHost.ts) over the tests' fake Excel (test/excel/fakeExcel.ts, office-addin-mock), " +
      "which counts every `context.sync()` and weighs, as UTF-8 JSON, the cell data each sync sends (values, formulas, " +
      "number formats written) and gets back (values and number formats read); it refuses either over 5 MB, as Excel on " +
      "the web does. All requirement sets on; the workbook holds one synthetic report (as in the core benchmark, merges " +
      "included). In turn: check (read the sheet, then the core's check), highlight (every issue's cell), clear, and " +
      "the summary sheet. The fake weighs cell data only, not office.js's own bookkeeping around it (object paths, " +
      "action headers), and not the fills a highlight or a clear sets on the user's cells: for those the table gives " +
      `the cells changed, how many a sync (the host changes at most ${grouped(CELLS_PER_SYNC)} a sync: under 4 MB even ` +
      "if office.js spent 2 KB on each cell's range commands) and the size of the document settings where the " +
      "original fills are kept. " +
      "The time is the fake's, not Excel's.",
    rows,
    details: [
      detail,
      `What the read's first sync asks for (the used range's rows up to ${grouped(TYPICAL_ROWS)}, read whole when ` +
        "Excel allows): one sync is possible only when it weighs under 5 MB; its merged areas are asked for in " +
        `windows of rows that hold at most ${MAX_MERGED_AREAS} each (getMergedAreasOrNullObject returns no more). ` +
        "Past 5 MB the host falls back to reading in blocks.",
      markdownTable(
        ["goals", "rows in the first sync", "their values + formats", "merged areas in them", "check syncs", "check syncs, merges not read"],
        results.map(({ goals, first, outcomes, syncsWithoutMerges }) => {
          const check = outcomes.get("check");
          return [
            grouped(goals),
            grouped(first.rows),
            bytes(first.bytes),
            grouped(first.merges),
            check && "cost" in check ? String(check.cost.syncs) : "",
            String(syncsWithoutMerges),
          ];
        }),
        ["r", "r", "r", "r", "r", "r"],
      ),
    ],
  };
}
