/**
 * Highlights in Excel: a fill by severity on the cells with issues, and "clear", which gives every cell its own fill
 * back exactly, on the cell itself even after rows or columns were inserted or deleted or the sheet renamed.
 *
 * Each highlighted cell gets a hidden workbook name (ExcelApi 1.4), which Excel moves with the cell. Every highlight
 * and clear starts with a sync that reads the names' addresses: a kept original goes back where its cell is now; one
 * whose cell was deleted (or whose name was never made, because the batch failed before it) is dropped, as its cell
 * was never changed or is gone. Without names the add-in does not highlight (features.highlights), so it never
 * paints the wrong cells; highlights kept without names (older versions of the add-in) are cleared where they were.
 *
 * Then work goes in blocks of CELLS_PER_SYNC cells (one block for any real report), two syncs each: the first reads
 * the fills of the block's new cells and records them as originals (and, for the first block, checks that no sheet
 * written to is protected, or only against anything but formatting), the second names the new cells and changes the
 * fills. A block that fails part-way (Excel carries out the part of a batch before the failure) has its originals
 * recorded already, so "clear" can put back every cell it may have changed.
 *
 * The originals go into the DocumentStore (the document's settings), read afresh first, so "clear" works after the
 * workbook is saved and reopened, and whatever the ribbon's runtime saved meanwhile is kept. With ExcelApi 1.9 the
 * pattern, its colour and both tints are kept too; before it, the colour alone, and a cell reported as white
 * (#FFFFFF, which is also what Excel says for no fill) is cleared back to no fill.
 */
import { oncePerKey } from "../core/memo";
import type { DocumentStore } from "../host/documentStore";
import type { CellMark } from "../host/edits";
import { cellKey, HIGHLIGHT_FILL, HIGHLIGHTS_KEY, strongestMarks } from "../host/edits";
import { cellPlaceOf } from "./addresses";
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
  /** The hidden workbook name that follows the cell; absent in highlights kept by older versions. */
  name?: string;
}

/** What the store holds under HIGHLIGHTS_KEY. */
export interface KeptHighlights {
  host: "excel";
  cells: KeptFill[];
}

const PATTERN_PROPERTIES = "color,pattern,patternColor,patternTintAndShade,tintAndShade";

/** The add-in's names: "_p2check_" then a token for the highlight and the cell's number in it. */
const NAME_PREFIX = "_p2check_";

function newNames(): (index: number) => string {
  const token = Math.random().toString(36).slice(2, 8);
  return (index) => `${NAME_PREFIX}${token}_${index}`;
}


/** One cell's work: its own fill back, or the highlight (its original read first unless kept already). */
type CellJob = { restore: KeptFill } | { mark: CellMark; keep: boolean; name?: string };

export async function highlight(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  store: DocumentStore,
  requirements: Requirements,
): Promise<void> {
  const { kept, strays } = await keptNow(context, store, requirements);
  const wanted = strongestMarks(marks);
  const wantedKeys = new Set(wanted.map((mark) => cellKey(mark.sheet, mark.cell)));
  const nameOf = newNames();
  const jobs: CellJob[] = [
    // Cells highlighted before but no longer marked get their own fill back.
    ...[...kept.values()].filter((entry) => !wantedKeys.has(cellKey(entry.sheet, entry.cell))).map((restore) => ({ restore })),
    // A cell highlighted already keeps the original it has; the others' originals are read before the new fill.
    ...wanted.map((mark, i) => {
      const keep = !kept.has(cellKey(mark.sheet, mark.cell));
      return { mark, keep, ...(keep && requirements.namedRanges && { name: nameOf(i) }) };
    }),
  ];
  const sheets = jobs.map((job) => ("restore" in job ? job.restore.sheet : job.mark.sheet));
  await inBlocks(context, store, kept, jobs, { sheets, strays }, requirements, {
    read: (job, sheetOf) => {
      if (!("mark" in job) || !job.keep) return undefined;
      const { mark, name } = job;
      const fill = sheetOf(mark.sheet).getRange(mark.cell).format.fill.load(requirements.fillPatterns ? PATTERN_PROPERTIES : "color");
      const original = (): KeptFill => ({ sheet: mark.sheet, cell: mark.cell, fill: fillOf(fill, requirements.fillPatterns), ...(name && { name }) });
      return (originals) => originals.set(cellKey(mark.sheet, mark.cell), original());
    },
    write: (job, sheetOf) => {
      if ("restore" in job) return queueRestore(context, sheetOf, job.restore, requirements.fillPatterns);
      const range = sheetOf(job.mark.sheet).getRange(job.mark.cell);
      // Named before the fill changes: a batch that stops in between leaves a name whose cell kept its own fill.
      if (job.name) context.workbook.names.add(job.name, range).visible = false;
      const fill = range.format.fill;
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
  const { kept, strays } = await keptNow(context, store, requirements);
  const jobs = [...kept.values()];
  await inBlocks(context, store, kept, jobs, { sheets: jobs.map((entry) => entry.sheet), strays }, requirements, {
    read: () => undefined,
    write: (entry, sheetOf) => queueRestore(context, sheetOf, entry, requirements.fillPatterns),
  });
}

/** Queues a cell's own fill back and its name's removal; once done, it is no longer kept. */
function queueRestore(
  context: Excel.RequestContext,
  sheetOf: (name: string) => Excel.Worksheet,
  entry: KeptFill,
  patterns: boolean,
): (originals: Originals) => void {
  restore(sheetOf(entry.sheet).getRange(entry.cell), entry.fill, patterns);
  if (entry.name) context.workbook.names.getItem(entry.name).delete();
  return (originals) => originals.delete(cellKey(entry.sheet, entry.cell));
}

/**
 * The kept originals, each at its cell's place now, read from the names in one sync (none without ExcelApi 1.4), and
 * the add-in's names that no original refers to (left by a batch that failed), to be removed.
 */
async function keptNow(
  context: Excel.RequestContext,
  store: DocumentStore,
  requirements: Requirements,
): Promise<{ kept: Originals; strays: string[] }> {
  await store.refresh();
  const stored = storedOf(store);
  if (!requirements.namedRanges) return { kept: byPlace(stored), strays: [] };
  const names = context.workbook.names.load("items/name,items/value");
  await context.sync();
  const places = new Map(names.items.filter((item) => item.name.startsWith(NAME_PREFIX)).map((item) => [item.name, item.value]));
  const moved = stored.flatMap((entry) => {
    if (!entry.name) return [entry];
    const place = cellPlaceOf(places.get(entry.name));
    return place ? [{ ...entry, ...place }] : [];
  });
  const named = new Set(stored.map((entry) => entry.name));
  return { kept: byPlace(moved), strays: [...places.keys()].filter((name) => !named.has(name)) };
}

type Originals = Map<string, KeptFill>;
/** Queues a job's commands; what it returns is applied to the kept originals once the sync has gone through. */
type Queue<T> = (job: T, sheetOf: (name: string) => Excel.Worksheet) => ((originals: Originals) => void) | undefined;

/**
 * Each block: a sync that checks the sheets (first block only) and reads the originals the block needs, which are
 * then recorded; a sync that changes the fills (the first also removes stray names). The store is written once at
 * the end, and also when a sync fails.
 */
async function inBlocks<T>(
  context: Excel.RequestContext,
  store: DocumentStore,
  kept: Originals,
  jobs: readonly T[],
  { sheets, strays }: { sheets: readonly string[]; strays: readonly string[] },
  requirements: Requirements,
  queue: { read: Queue<T>; write: Queue<T> },
): Promise<void> {
  try {
    for (let start = 0; start < Math.max(jobs.length, strays.length > 0 ? 1 : 0); start += CELLS_PER_SYNC) {
      const block = jobs.slice(start, start + CELLS_PER_SYNC);
      const check = start === 0 && requirements.sheetProtection && sheets.length > 0 ? queueWriteCheck(context, { sheets, formatOnly: true }, requirements) : undefined;
      const readSheet = sheetsOf(context);
      const reads = block.map((job) => queue.read(job, readSheet)).filter((read) => read !== undefined);
      if (check || reads.length > 0) {
        await context.sync();
        check?.();
        for (const read of reads) read(kept);
      }
      if (start === 0) for (const name of strays) context.workbook.names.getItem(name).delete();
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
  return storedOf(store).length > 0;
}

function storedOf(store: DocumentStore): KeptFill[] {
  const kept = store.get<KeptHighlights>(HIGHLIGHTS_KEY);
  return kept && Array.isArray(kept.cells) ? kept.cells : [];
}

function byPlace(entries: readonly KeptFill[]): Originals {
  return new Map(entries.map((entry) => [cellKey(entry.sheet, entry.cell), entry]));
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
