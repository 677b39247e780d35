/**
 * Highlights in Excel: a fill by severity on the cells with issues, and "clear", which gives every cell its own fill
 * back exactly. Work goes in blocks of CELLS_PER_SYNC cells (one block for any real report), each in two syncs: the
 * first reads the fills the block's new cells have and records them as originals, the second changes the fills. A
 * block that fails part-way (Excel carries out the part of a batch before the failure) has its originals recorded
 * already, so "clear" can put back every cell it may have changed. The first sync also checks that no sheet written
 * to is protected (highlights are let through where the protection allows formatting cells).
 *
 * The originals go into the DocumentStore (the document's settings), read afresh before each change, so "clear" works
 * after the workbook is saved and reopened, and whatever the ribbon's runtime saved meanwhile is kept. With ExcelApi
 * 1.9 the pattern, its colour and both tints are kept too; before it, the colour alone, and a cell reported as white
 * (#FFFFFF, which is also what Excel says for no fill) is cleared back to no fill.
 */
import { oncePerKey } from "../core/memo";
import type { DocumentStore } from "../host/documentStore";
import type { CellMark } from "../host/edits";
import { cellKey, HIGHLIGHT_FILL, HIGHLIGHTS_KEY, strongestMarks } from "../host/edits";
import { CELLS_PER_SYNC } from "./blockPlan";
import type { Requirements } from "./requirements";
import { queueWriteCheck } from "./writeGuard";

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


/** One cell's work: its own fill back, or the highlight (its original read first unless kept already). */
type CellJob = { restore: KeptFill } | { mark: CellMark; keep: boolean };

export async function highlight(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  store: DocumentStore,
  requirements: Requirements,
): Promise<void> {
  await store.refresh();
  const kept = keptOf(store);
  const wanted = strongestMarks(marks);
  const wantedKeys = new Set(wanted.map((mark) => cellKey(mark.sheet, mark.cell)));
  const jobs: CellJob[] = [
    // Cells highlighted before but no longer marked get their own fill back.
    ...[...kept.values()].filter((entry) => !wantedKeys.has(cellKey(entry.sheet, entry.cell))).map((restore) => ({ restore })),
    // A cell highlighted already keeps the original it has; the others' originals are read before the new fill.
    ...wanted.map((mark) => ({ mark, keep: !kept.has(cellKey(mark.sheet, mark.cell)) })),
  ];
  const sheets = jobs.map((job) => ("restore" in job ? job.restore.sheet : job.mark.sheet));
  await inBlocks(context, store, kept, jobs, sheets, requirements, {
    read: (job, sheetOf) => {
      if (!("mark" in job) || !job.keep) return undefined;
      const { mark } = job;
      const fill = sheetOf(mark.sheet).getRange(mark.cell).format.fill.load(requirements.fillPatterns ? PATTERN_PROPERTIES : "color");
      const original = () => ({ sheet: mark.sheet, cell: mark.cell, fill: fillOf(fill, requirements.fillPatterns) });
      return (originals) => originals.set(cellKey(mark.sheet, mark.cell), original());
    },
    write: (job, sheetOf) => {
      if ("restore" in job) {
        restore(sheetOf(job.restore.sheet).getRange(job.restore.cell), job.restore.fill, requirements.fillPatterns);
        return (originals) => originals.delete(cellKey(job.restore.sheet, job.restore.cell));
      }
      const fill = sheetOf(job.mark.sheet).getRange(job.mark.cell).format.fill;
      fill.clear();
      fill.color = HIGHLIGHT_FILL[job.mark.severity];
      return undefined;
    },
  });
}

export async function clearHighlights(
  context: Excel.RequestContext,
  store: DocumentStore,
  requirements: Requirements,
): Promise<void> {
  await store.refresh();
  const kept = keptOf(store);
  const jobs = [...kept.values()];
  await inBlocks(context, store, kept, jobs, jobs.map((entry) => entry.sheet), requirements, {
    read: () => undefined,
    write: (entry, sheetOf) => {
      restore(sheetOf(entry.sheet).getRange(entry.cell), entry.fill, requirements.fillPatterns);
      return (originals) => originals.delete(cellKey(entry.sheet, entry.cell));
    },
  });
}

type Originals = Map<string, KeptFill>;
/** Queues a job's commands; what it returns is applied to the kept originals once the sync has gone through. */
type Queue<T> = (job: T, sheetOf: (name: string) => Excel.Worksheet) => ((originals: Originals) => void) | undefined;

/**
 * Each block: a sync that checks the sheets (first block only) and reads the originals the block needs, which are
 * then recorded; a sync that changes the fills. The store is written once at the end, and also when a sync fails.
 */
async function inBlocks<T>(
  context: Excel.RequestContext,
  store: DocumentStore,
  kept: Originals,
  jobs: readonly T[],
  sheets: readonly string[],
  requirements: Requirements,
  queue: { read: Queue<T>; write: Queue<T> },
): Promise<void> {
  try {
    for (let start = 0; start < jobs.length; start += CELLS_PER_SYNC) {
      const block = jobs.slice(start, start + CELLS_PER_SYNC);
      const check = start === 0 && requirements.sheetProtection ? queueWriteCheck(context, { sheets, formatOnly: true }, requirements) : undefined;
      const readSheet = sheetsOf(context);
      const reads = block.map((job) => queue.read(job, readSheet)).filter((read) => read !== undefined);
      if (check || reads.length > 0) {
        await context.sync();
        check?.();
        for (const read of reads) read(kept);
      }
      const writeSheet = sheetsOf(context);
      const writes = block.map((job) => queue.write(job, writeSheet));
      await context.sync();
      for (const write of writes) write?.(kept);
    }
  } finally {
    const cells = [...kept.values()];
    store.set(HIGHLIGHTS_KEY, cells.length > 0 ? ({ host: "excel", cells } satisfies KeptHighlights) : undefined);
    await store.save();
  }
}

/** Each sheet by name, got once per batch. */
function sheetsOf(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  return oncePerKey((name: string) => context.workbook.worksheets.getItem(name));
}

export function isHighlighted(store: DocumentStore): boolean {
  return keptOf(store).size > 0;
}

function keptOf(store: DocumentStore): Originals {
  const kept = store.get<KeptHighlights>(HIGHLIGHTS_KEY);
  const cells = kept && Array.isArray(kept.cells) ? kept.cells : [];
  return new Map(cells.map((entry) => [cellKey(entry.sheet, entry.cell), entry]));
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

/**
 * Queues putting a cell's own fill back: cleared first, then its colour, pattern and tints as they were. Without
 * ExcelApi 1.9 (a workbook highlighted in a newer Excel, cleared in an older one) only the colour goes back.
 */
function restore(range: Excel.Range, original: OfficeFill, patterns: boolean): void {
  const fill = range.format.fill;
  fill.clear();
  if (original.pattern === undefined) {
    // Kept without ExcelApi 1.9: white is what Excel reports for no fill.
    if (original.color && original.color.toUpperCase() !== "#FFFFFF") fill.color = original.color;
    return;
  }
  if (original.pattern === "None" || original.pattern === null) return;
  if (original.color !== null) fill.color = original.color;
  if (!patterns) return;
  if (original.tintAndShade !== null && original.tintAndShade !== undefined) fill.tintAndShade = original.tintAndShade;
  fill.pattern = original.pattern as Excel.FillPattern;
  if (original.pattern !== "Solid") {
    if (original.patternColor) fill.patternColor = original.patternColor;
    if (original.patternTintAndShade !== null && original.patternTintAndShade !== undefined) {
      fill.patternTintAndShade = original.patternTintAndShade;
    }
  }
}
