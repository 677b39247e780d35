/**
 * How much of a sheet to ask Excel for at once. Excel on the web refuses any request or response over 5 MB
 * (ResponsePayloadSizeLimitExceeded), so the rows after the first TYPICAL_ROWS are read in blocks sized from what
 * the rows read so far weighed. A typical report has far fewer rows and is read whole in the first sync.
 */

/** A used range up to this many rows is read whole in the first sync. A report has tens of rows, rarely hundreds. */
export const TYPICAL_ROWS = 2_000;

/** Excel on the web's limit on one request or one response. */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

/** What one sync may bring back by our estimate: the limit less 1 MB for the JSON around the values and the rest. */
export const SYNC_BUDGET_BYTES = 4 * 1024 * 1024;

/** Later rows may be fuller than the ones measured, so each row is planned this much bigger than measured. */
export const ROW_SIZE_MARGIN = 1.5;

/**
 * Rows in one Range read: a cap, so that no single range Excel serializes grows with the sheet. Short rows put
 * several such blocks into one sync when the byte budget allows.
 */
export const MAX_ROWS_PER_BLOCK = 5_000;

/** Before any row has been measured, a cell is taken to weigh this much: a paragraph of Cyrillic text. */
export const GUESS_BYTES_PER_CELL = 512;

/**
 * Cells changed per sync by highlights and quick fixes. Excel on the web refuses a request over 5 MB, and each cell
 * costs a few range commands (the range, its format and fill or its value, a load): even at 2 KB a cell, a block
 * stays under 4 MB.
 */
export const CELLS_PER_SYNC = 2_000;

/** Range.getMergedAreasOrNullObject fails on a range holding more merged areas than this. */
export const MAX_MERGED_AREAS = 512;

/** A run of sheet rows, 1-based and inclusive. */
export interface RowSpan {
  top: number;
  bottom: number;
}

/**
 * The bytes per row to plan with. It starts from a guess, is replaced by the first measurement, and from then on
 * only grows (by fuller rows, or doubled when Excel still refused), so a plan never gets bolder than the rows seen.
 */
export class RowSize {
  private measured = false;
  private perRow: number;

  constructor(columns: number) {
    this.perRow = Math.max(1, columns) * GUESS_BYTES_PER_CELL;
  }

  get bytesPerRow(): number {
    return this.perRow;
  }

  /** A block of `rows` rows came back as `bytes` of values and number formats. */
  observe(bytes: number, rows: number): void {
    if (rows <= 0) return;
    const planned = Math.ceil((bytes / rows) * ROW_SIZE_MARGIN);
    this.perRow = this.measured ? Math.max(this.perRow, planned) : planned;
    this.measured = true;
  }

  /** Excel refused a response planned with this size: halve what is asked for next. */
  refused(): void {
    this.perRow *= 2;
  }
}

/** Rows to ask for in one sync so that the estimated response stays within the budget; at least one. */
export function rowsPerSync(bytesPerRow: number): number {
  return Math.max(1, Math.floor(SYNC_BUDGET_BYTES / Math.max(1, bytesPerRow)));
}

/** Consecutive spans of at most `size` rows covering top..bottom. */
export function splitRows(top: number, bottom: number, size: number): RowSpan[] {
  const spans: RowSpan[] = [];
  for (let from = top; from <= bottom; from += size) {
    spans.push({ top: from, bottom: Math.min(bottom, from + size - 1) });
  }
  return spans;
}

/**
 * Rows per getMergedAreasOrNullObject call, so that no call can meet more than MAX_MERGED_AREAS: a merged area has
 * two cells or more, and an area that reaches into a window has two of them in the window or in the rows just above
 * and below it (where it crosses the edge), so a window of r rows and c columns meets at most (r + 2) · c / 2 areas.
 */
export function mergeWindowRows(columns: number): number {
  return Math.max(1, Math.floor((2 * MAX_MERGED_AREAS) / Math.max(1, columns)) - 2);
}

/** What a block of values and number formats weighs as JSON in UTF-8, as Excel sends it. */
export function responseBytes(values: unknown, formats: unknown): number {
  return utf8Length(JSON.stringify(values) ?? "") + utf8Length(JSON.stringify(formats) ?? "");
}

/** UTF-8 length without an encoder: Cyrillic takes two bytes a letter, which is most of a Bulgarian report. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair (4 bytes) is two units of 2 each.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}
