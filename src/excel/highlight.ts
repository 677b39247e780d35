/**
 * Highlights in Excel: a fill by severity on the cells with issues, and "clear", which gives every cell its own fill
 * back exactly. Each is one `context.sync()` per block of CELLS_PER_SYNC cells: one, for any real report.
 *
 * Highlighting queues, in one batch, a load of each cell's fill and only then the new fill. office.js runs a batch's
 * commands in the order they were queued, so what the load returns is the fill the cell had before. The originals
 * go into the DocumentStore (the document's settings), so "clear" works also after the workbook is saved and
 * reopened. With ExcelApi 1.9 the pattern, its colour and both tints are kept too; before it, the colour alone, and
 * a cell reported as white (#FFFFFF, which is also what Excel says for no fill) is cleared back to no fill.
 */
import { oncePerKey } from "../core/memo";
import type { CellMark } from "../host/edits";
import { cellKey, HIGHLIGHT_FILL, HIGHLIGHTS_KEY, strongestMarks } from "../host/edits";
import type { DocumentStore } from "../host/documentStore";

/** A cell's own fill, as kept in the store. `pattern` and the tints only where ExcelApi 1.9 gave them. */
export interface OfficeFill {
  color: string | null;
  pattern?: string | null;
  patternColor?: string | null;
  patternTintAndShade?: number | null;
  tintAndShade?: number | null;
}

export interface KeptFill {
  sheet: string;
  cell: string;
  fill: OfficeFill;
}

/** What the store holds under HIGHLIGHTS_KEY. */
export interface KeptHighlights {
  host: "excel";
  cells: KeptFill[];
}

const PATTERN_PROPERTIES = "color,pattern,patternColor,patternTintAndShade,tintAndShade";

/**
 * Cells changed per sync. Excel on the web refuses a request over 5 MB, and each cell costs a few range commands
 * (the range, its format and fill, a load, a clear, a colour): even at 2 KB a cell, a block stays under 4 MB.
 */
export const CELLS_PER_SYNC = 2_000;

/** One cell's work in a highlight: its own fill back, or the highlight (with its original loaded when not kept). */
type CellJob = { restore: KeptFill } | { mark: CellMark; keep: boolean };

export async function highlight(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  store: DocumentStore,
  patterns: boolean,
): Promise<void> {
  const kept = new Map(keptOf(store).map((entry) => [cellKey(entry.sheet, entry.cell), entry]));
  const wanted = strongestMarks(marks);
  const wantedKeys = new Set(wanted.map((mark) => cellKey(mark.sheet, mark.cell)));
  const sheetOf = sheetsOf(context);
  const jobs: CellJob[] = [
    // Cells highlighted before but no longer marked get their own fill back.
    ...[...kept.values()].filter((entry) => !wantedKeys.has(cellKey(entry.sheet, entry.cell))).map((restore) => ({ restore })),
    // A cell highlighted already keeps the original it has; the others' originals are loaded before the new fill.
    ...wanted.map((mark) => ({ mark, keep: !kept.has(cellKey(mark.sheet, mark.cell)) })),
  ];
  await inBlocks(context, store, kept, jobs, (job) => {
    if ("restore" in job) {
      restore(sheetOf(job.restore.sheet).getRange(job.restore.cell), job.restore.fill);
      return (done) => done.delete(cellKey(job.restore.sheet, job.restore.cell));
    }
    const { mark } = job;
    const fill = sheetOf(mark.sheet).getRange(mark.cell).format.fill;
    if (job.keep) fill.load(patterns ? PATTERN_PROPERTIES : "color");
    fill.clear();
    fill.color = HIGHLIGHT_FILL[mark.severity];
    if (!job.keep) return () => {};
    // Read after the sync: the load was queued before the clear, so it holds the cell's own fill.
    return (done) => done.set(cellKey(mark.sheet, mark.cell), { sheet: mark.sheet, cell: mark.cell, fill: fillOf(fill, patterns) });
  });
}

export async function clearHighlights(context: Excel.RequestContext, store: DocumentStore): Promise<void> {
  const kept = new Map(keptOf(store).map((entry) => [cellKey(entry.sheet, entry.cell), entry]));
  const sheetOf = sheetsOf(context);
  await inBlocks(context, store, kept, [...kept.values()], (entry) => {
    restore(sheetOf(entry.sheet).getRange(entry.cell), entry.fill);
    return (done) => done.delete(cellKey(entry.sheet, entry.cell));
  });
}

/**
 * Queues each job, one sync per CELLS_PER_SYNC of them, and after each sync applies what the jobs report to the kept
 * originals. The store is written once at the end, and also when a sync fails: the cells of the blocks done keep
 * their originals there, so "clear" can still put every changed cell back.
 */
async function inBlocks<T>(
  context: Excel.RequestContext,
  store: DocumentStore,
  kept: Map<string, KeptFill>,
  jobs: readonly T[],
  queue: (job: T) => (kept: Map<string, KeptFill>) => void,
): Promise<void> {
  try {
    for (let start = 0; start < jobs.length; start += CELLS_PER_SYNC) {
      const after = jobs.slice(start, start + CELLS_PER_SYNC).map(queue);
      await context.sync();
      for (const apply of after) apply(kept);
    }
  } finally {
    const cells = [...kept.values()];
    store.set(HIGHLIGHTS_KEY, cells.length > 0 ? ({ host: "excel", cells } satisfies KeptHighlights) : undefined);
    await store.save();
  }
}

/** Each sheet by name, got once per operation. */
function sheetsOf(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  return oncePerKey((name: string) => context.workbook.worksheets.getItem(name));
}

export function isHighlighted(store: DocumentStore): boolean {
  return keptOf(store).length > 0;
}

function keptOf(store: DocumentStore): KeptFill[] {
  const kept = store.get<KeptHighlights>(HIGHLIGHTS_KEY);
  return kept && Array.isArray(kept.cells) ? kept.cells : [];
}

function fillOf(fill: Excel.RangeFill, patterns: boolean): OfficeFill {
  if (!patterns) return { color: fill.color ?? null };
  return {
    color: fill.color ?? null,
    pattern: fill.pattern ?? null,
    patternColor: fill.patternColor ?? null,
    patternTintAndShade: fill.patternTintAndShade ?? null,
    tintAndShade: fill.tintAndShade ?? null,
  };
}

/** Queues putting a cell's own fill back: cleared first, then its colour, pattern and tints as they were. */
function restore(range: Excel.Range, original: OfficeFill): void {
  const fill = range.format.fill;
  fill.clear();
  if (original.pattern === undefined) {
    // Kept without ExcelApi 1.9: white is what Excel reports for no fill.
    if (original.color && original.color.toUpperCase() !== "#FFFFFF") fill.color = original.color;
    return;
  }
  if (original.pattern === "None" || original.pattern === null) return;
  if (original.color !== null) fill.color = original.color;
  if (original.tintAndShade !== null && original.tintAndShade !== undefined) fill.tintAndShade = original.tintAndShade;
  fill.pattern = original.pattern as Excel.FillPattern;
  if (original.pattern !== "Solid") {
    if (original.patternColor) fill.patternColor = original.patternColor;
    if (original.patternTintAndShade !== null && original.patternTintAndShade !== undefined) {
      fill.patternTintAndShade = original.patternTintAndShade;
    }
  }
}
