/**
 * One worksheet → SheetGrid, in as few syncs as the sheet allows: one for a typical report.
 *
 * The first sync (the bold plan) asks for everything a typical report needs at once: the sheet's name, where its used
 * range lies, the values and number formats of its rows up to TYPICAL_ROWS, their merged areas, and whatever the
 * caller queued beside them (the host adds the names of all sheets). It stays on ExcelApi 1.1: the first rows are
 *   usedRange ∩ boundingRect(usedRange's first row, rows 1..TYPICAL_ROWS)
 * which is the used range's rows up to TYPICAL_ROWS, or its first row alone when the used range starts lower down.
 * The plain `usedRange ∩ rows 1..TYPICAL_ROWS` would be empty there, and an empty getIntersection fails the whole
 * batch; the bounding rectangle always holds the first row, so the intersection is never empty.
 *
 * Rows beyond the first block are read in further syncs, sized by blockPlan from what the first rows weighed.
 *
 * Merged areas are asked for in windows of rows too small to hold more than the 512 areas getMergedAreasOrNullObject
 * can return (beyond that it fails, its documentation does not say with which error code). The first sync cannot
 * know the used range's width yet, so its windows cover columns A:AZ; the rare sheet whose first rows reach further
 * right gets the rest of their merged areas in one more sync.
 *
 * An area that crosses a window's edge comes back one of two ways, depending on the Excel: whole, from the window
 * that holds its top-left cell only (office-js issue 3611), or clipped, a piece from each window (issue 1590). So each
 * edge between two windows is asked about as well, in the same sync: the two rows either side of it. Under clipping
 * an area crossing the edge comes back from there as a piece that overlaps the pieces above and below it; Excel's
 * merged areas never overlap one another, so pieces that overlap are one area, and are joined. Under the top-left
 * rule the pieces are whole areas already, which the joining leaves as they are. Two areas that merely touch at the
 * edge stay two.
 *
 * The bold plan can be refused when the response passes 5 MB (2,000 rows of long text). So a failed first sync,
 * whatever its error, is tried once more in the cautious plan: the used range's place alone, then every row in
 * blocks. If that fails as well, its error is the answer (a cell being edited costs one round trip more to report).
 */
import type { CellRange, SheetGrid } from "../core/grid";
import type { ReadProgress } from "../host/workbookHost";
import { parseAreas, rangeAddress, rowsAddress } from "./addresses";
import {
  MAX_MERGED_AREAS,
  MAX_ROWS_PER_BLOCK,
  mergeWindowRows,
  responseBytes,
  RowSize,
  rowsPerSync,
  splitRows,
  TYPICAL_ROWS,
} from "./blockPlan";
import { toFormatRows, toValueRows } from "./cellValues";
import { isPayloadTooLarge } from "./officeErrors";
import type { Requirements } from "./requirements";

export interface ReadSheetOptions {
  requirements: Requirements;
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * Queues, on the batch about to be sent, the sheet to read and anything else the caller wants loaded in the same
 * sync. It is called again when the first sync is retried: proxies from a failed batch are not to be trusted.
 */
export type FirstBatch<T> = (context: Excel.RequestContext) => { sheet: Excel.Worksheet; also: T };

export interface SheetRead<T> {
  grid: SheetGrid;
  /** What FirstBatch queued beside the sheet, loaded. */
  also: T;
}

/** Rows as Excel sent them: "" for empty cells, "General" for the default format. */
interface RawRows {
  values: unknown[][];
  formats: unknown[][];
}

interface Start<T> {
  name: string;
  also: T;
  /** The used range, in sheet rows and columns. */
  used: CellRange;
  /** The first rows, when the bold plan got them. */
  rows?: RawRows;
  merges: CellRange[];
}

interface Rest {
  rows: RawRows[];
  merges: CellRange[];
}

const RANGE_PLACE = ["rowIndex", "columnIndex", "rowCount", "columnCount"];
/** The columns the first sync's merge windows cover, A:AZ: far wider than the form's fourteen. */
const FIRST_MERGE_SPAN: CellRange = { top: 1, left: 1, bottom: TYPICAL_ROWS, right: 52 };
const CELLS = ["values", "numberFormat"];

export async function readSheet<T>(
  context: Excel.RequestContext,
  first: FirstBatch<T>,
  options: ReadSheetOptions,
): Promise<SheetRead<T>> {
  const start = await readStart(context, first, options.requirements);
  const rest = await readRest(context, start, options);
  const rows = start.rows ? [start.rows, ...rest.rows] : rest.rows;
  return { grid: gridOf(start, rows, [...start.merges, ...rest.merges]), also: start.also };
}

async function readStart<T>(
  context: Excel.RequestContext,
  first: FirstBatch<T>,
  requirements: Requirements,
): Promise<Start<T>> {
  try {
    return await boldStart(context, first, requirements);
  } catch {
    return cautiousStart(context, first, requirements);
  }
}

async function boldStart<T>(
  context: Excel.RequestContext,
  first: FirstBatch<T>,
  requirements: Requirements,
): Promise<Start<T>> {
  const { sheet, also, used } = queueSheet(context, first, requirements);
  const firstRows = used.getIntersection(used.getRow(0).getBoundingRect(sheet.getRange(rowsAddress(1, TYPICAL_ROWS))));
  firstRows.load(CELLS);
  const windows = requirements.merges ? mergeWindows(sheet, FIRST_MERGE_SPAN) : [];
  await context.sync();
  const place = placeOf(used);
  const read = { ...place, bottom: place.top + firstRows.values.length - 1 };
  const merges = windows.flatMap(mergesOf).filter((area) => inside(area.top, area.left, read));
  if (requirements.merges && !within(read, FIRST_MERGE_SPAN)) {
    const more = mergeWindows(context.workbook.worksheets.getItem(sheet.name), read, read.top);
    await context.sync();
    merges.push(...more.flatMap(mergesOf));
  }
  return {
    name: sheet.name,
    also,
    used: place,
    rows: { values: firstRows.values, formats: firstRows.numberFormat },
    merges,
  };
}

/**
 * A span's merged areas, asked for in windows of rows that cannot hold more than Excel returns at once, and across
 * each edge between two windows (and the span's own top edge, `from` above it, where an earlier read stopped).
 */
function mergeWindows(sheet: Excel.Worksheet, span: CellRange, from = span.top): Excel.RangeAreas[] {
  const ask = (rect: CellRange) => sheet.getRange(rangeAddress(rect)).getMergedAreasOrNullObject().load("address");
  const windows = splitRows(span.top, span.bottom, mergeWindowRows(span.right - span.left + 1));
  const edges = windows.map((rows) => rows.top).filter((top) => top > from);
  return [...windows.map((rows) => ask({ ...span, ...rows })), ...edges.flatMap((top) => acrossEdge(span, top).map(ask))];
}

/**
 * The two rows either side of the edge above row `top`, in pieces of columns narrow enough that no piece meets more
 * areas than Excel returns (each column of two rows holds at most two areas' pieces). The pieces overlap by a column,
 * so that an area crossing between two of them is still found overlapping in both.
 */
function acrossEdge(span: CellRange, top: number): CellRange[] {
  const width = MAX_MERGED_AREAS / 2;
  const rects: CellRange[] = [];
  for (let left = span.left; ; left += width - 1) {
    rects.push({ top: top - 1, bottom: top, left, right: Math.min(span.right, left + width - 1) });
    if (left + width - 1 >= span.right) return rects;
  }
}

function inside(row: number, col: number, rect: CellRange): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

function within(inner: CellRange, outer: CellRange): boolean {
  return inside(inner.top, inner.left, outer) && inside(inner.bottom, inner.right, outer);
}

async function cautiousStart<T>(
  context: Excel.RequestContext,
  first: FirstBatch<T>,
  requirements: Requirements,
): Promise<Start<T>> {
  const { sheet, also, used } = queueSheet(context, first, requirements);
  await context.sync();
  return { name: sheet.name, also, used: placeOf(used), merges: [] };
}

/** What both plans ask for first: the caller's batch, the sheet's name and where its used range lies. */
function queueSheet<T>(context: Excel.RequestContext, first: FirstBatch<T>, requirements: Requirements) {
  const { sheet, also } = first(context);
  sheet.load("name");
  return { sheet, also, used: usedRangeOf(sheet, requirements).load(RANGE_PLACE) };
}

/** With ExcelApi 1.2, cells that are only formatted (a template's borders down to row 1000) are left out. */
function usedRangeOf(sheet: Excel.Worksheet, requirements: Requirements): Excel.Range {
  return requirements.valuesOnlyUsedRange ? sheet.getUsedRange(true) : sheet.getUsedRange();
}

function placeOf(range: Excel.Range): CellRange {
  const top = range.rowIndex + 1;
  const left = range.columnIndex + 1;
  return { top, left, bottom: top + range.rowCount - 1, right: left + range.columnCount - 1 };
}

/** The rows after the first block, one sync at a time; each sync as many rows as the estimate lets fit. */
async function readRest<T>(context: Excel.RequestContext, start: Start<T>, options: ReadSheetOptions): Promise<Rest> {
  const { used } = start;
  const total = used.bottom - used.top + 1;
  const size = new RowSize(used.right - used.left + 1);
  if (start.rows) size.observe(responseBytes(start.rows.values, start.rows.formats), start.rows.values.length);
  let next = used.top + (start.rows?.values.length ?? 0);
  options.onProgress?.({ rowsRead: next - used.top, rowsTotal: total });

  const rest: Rest = { rows: [], merges: [] };
  while (next <= used.bottom) {
    const span = { ...used, top: next, bottom: Math.min(used.bottom, next + rowsPerSync(size.bytesPerRow) - 1) };
    let read: Rest;
    try {
      read = await readRows(context, start.name, span, options.requirements);
    } catch (error) {
      // Rows fuller than the ones measured: ask for fewer and read the same rows again, down to a single row.
      if (!isPayloadTooLarge(error) || span.top === span.bottom) throw error;
      size.refused();
      continue;
    }
    for (const rows of read.rows) size.observe(responseBytes(rows.values, rows.formats), rows.values.length);
    rest.rows.push(...read.rows);
    rest.merges.push(...read.merges);
    next = span.bottom + 1;
    options.onProgress?.({ rowsRead: next - used.top, rowsTotal: total });
  }
  return rest;
}

/**
 * One sync: the span's cells in blocks of at most MAX_ROWS_PER_BLOCK rows, and its merged areas in windows too
 * small to hold more than getMergedAreasOrNullObject can return. The sheet is found by name rather than as "the
 * active sheet": the user may switch sheets while a long read goes on.
 */
async function readRows(
  context: Excel.RequestContext,
  sheetName: string,
  span: CellRange,
  requirements: Requirements,
): Promise<Rest> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const rangeOf = (rows: { top: number; bottom: number }) => sheet.getRange(rangeAddress({ ...span, ...rows }));
  const blocks = splitRows(span.top, span.bottom, MAX_ROWS_PER_BLOCK).map((rows) => rangeOf(rows).load(CELLS));
  // The rows above were read in an earlier sync: the edge with them is asked about too.
  const windows = requirements.merges ? mergeWindows(sheet, span, span.top - 1) : [];
  await context.sync();
  return {
    rows: blocks.map((block) => ({ values: block.values, formats: block.numberFormat })),
    merges: windows.flatMap(mergesOf),
  };
}

function mergesOf(areas: Excel.RangeAreas | undefined): CellRange[] {
  return !areas || areas.isNullObject ? [] : parseAreas(areas.address);
}

function gridOf(start: Start<unknown>, rows: RawRows[], merges: CellRange[]): SheetGrid {
  return {
    name: start.name,
    origin: { row: start.used.top, col: start.used.left },
    values: rows.flatMap((block) => toValueRows(block.values)),
    numberFormats: rows.flatMap((block) => toFormatRows(block.formats)),
    merges: joined(merges).sort((a, b) => a.top - b.top || a.left - b.left),
  };
}

/**
 * The merged areas, each once, whole: areas reported by several windows, and pieces of an area clipped by the
 * windows, overlap; Excel's areas never overlap one another, so overlapping rectangles are joined into their bounds.
 * A sweep down the rows keeps only the areas still open at the current row to compare with.
 */
export function joined(areas: readonly CellRange[]): CellRange[] {
  const done: CellRange[] = [];
  let open: CellRange[] = [];
  for (const area of [...areas].sort((a, b) => a.top - b.top || a.left - b.left)) {
    open = open.filter((rect) => rect.bottom >= area.top || !done.push(rect));
    const overlapping = open.filter((rect) => overlaps(rect, area));
    open = [...open.filter((rect) => !overlapping.includes(rect)), overlapping.reduce(bounds, area)];
  }
  return [...done, ...open];
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function bounds(a: CellRange, b: CellRange): CellRange {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}
