/**
 * One worksheet part → SheetGrid: the values Excel's API would report (formula results, dates as serials, rich
 * text as plain text, merged cells other than the top-left one empty), number formats, and merged areas. Cells
 * are kept sparse while reading; the grid is dense only between the values that exist, within limits.
 */
import type { CellRange, CellValue, SheetGrid } from "../../core/grid";
import { UnreadableWorkbookError } from "../errors";
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS, type ReadLimits } from "./limits";
import { decodeEscapes } from "./sharedStrings";
import { isDateFormat, type StyleFormats } from "./styles";
import { parseXml } from "./xml";

export interface SheetContext {
  name: string;
  sharedStrings: readonly string[];
  styles: StyleFormats;
  date1904: boolean;
  limits: ReadLimits;
}

interface Cell {
  col: number;
  value: CellValue;
  format: string | null;
}

export function readSheetPart(bytes: Uint8Array, context: SheetContext): SheetGrid {
  const { rows, merges } = parseCells(bytes, context);
  blankMergedCells(rows, merges);
  return toGrid(context, rows, merges);
}

/** What one <c> element said, gathered while its children stream past. */
interface OpenCell {
  col: number;
  type: string | undefined;
  style: number;
  formula: boolean;
  value: string | undefined;
  runs: string[] | undefined;
}

function parseCells(bytes: Uint8Array, context: SheetContext): { rows: Map<number, Cell[]>; merges: CellRange[] } {
  const rows = new Map<number, Cell[]>();
  const merges: CellRange[] = [];
  let row = 0;
  let lastCol = 0;
  let cell: OpenCell | undefined;
  let textOf: "v" | "t" | "run" | "f" | undefined;
  let runText: string[] = [];
  let inRun = false;
  let formulaText = "";
  parseXml(bytes, {
    open(name, attributes) {
      switch (name) {
        case "row":
          row = attributes.r ? parseInt(attributes.r, 10) : row + 1;
          checkRow(context, row);
          lastCol = 0;
          return;
        case "c": {
          const position = attributes.r ? positionOf(attributes.r) : undefined;
          if (position) row = position.row;
          const col = position ? position.col : lastCol + 1;
          checkRow(context, row);
          checkCol(context, col);
          lastCol = col;
          const style = attributes.s ? parseInt(attributes.s, 10) : 0;
          cell = { col, type: attributes.t, style, formula: false, value: undefined, runs: undefined };
          formulaText = "";
          return;
        }
        case "f":
          if (cell && attributes.t) cell.formula = true; // a shared or array formula, even with no text of its own
          textOf = "f";
          return;
        case "v":
          textOf = "v";
          return;
        case "r":
          inRun = true;
          runText = [];
          return;
        case "t":
          textOf = inRun ? "run" : "t";
          return;
        case "mergeCell":
          if (attributes.ref) merges.push(mergeOf(context, attributes.ref));
          return;
      }
    },
    text(text) {
      if (!cell || !textOf) return;
      if (textOf === "f") formulaText += text;
      else if (textOf === "run") runText.push(text);
      else cell.value = (cell.value ?? "") + text;
    },
    close(name) {
      switch (name) {
        case "f":
          if (cell && formulaText) cell.formula = true;
          textOf = undefined;
          return;
        case "v":
        case "t":
          textOf = undefined;
          return;
        case "r":
          inRun = false;
          if (cell) (cell.runs ??= []).push(decodeEscapes(runText.join("")));
          return;
        case "c":
          if (cell) keep(rows, row, cell, context);
          cell = undefined;
          return;
      }
    },
  });
  return { rows, merges };
}

function keep(rows: Map<number, Cell[]>, row: number, cell: OpenCell, context: SheetContext): void {
  const format = context.styles[cell.style] ?? null;
  const value = valueOf(cell, format, context);
  if (value === null) return;
  let cells = rows.get(row);
  if (!cells) rows.set(row, (cells = []));
  cells.push({ col: cell.col, value, format });
}

/** The cell's value as Excel's API reports it (the same rules ExcelJS follows when it loads a cell). */
function valueOf(cell: OpenCell, format: string | null, context: SheetContext): CellValue {
  const raw = cell.runs ? cell.runs.join("") : cell.value;
  if (cell.formula) {
    if (!raw) return null; // a formula never calculated has no result
    return typed(cell.type === "s" || cell.type === "inlineStr" ? "n" : cell.type, raw, format, context);
  }
  if (raw === undefined) return null;
  return typed(cell.type, raw, format, context);
}

function typed(type: string | undefined, raw: string, format: string | null, context: SheetContext): CellValue {
  switch (type) {
    case "s":
      return context.sharedStrings[parseInt(raw, 10)] ?? null;
    case "str":
      return decodeXmlEntities(raw);
    case "inlineStr":
      return raw;
    case "b":
      return parseInt(raw, 10) !== 0;
    case "e":
      return raw;
    default: {
      const number = parseFloat(raw);
      return format && isDateFormat(format) ? viaDate(number, context.date1904) : number;
    }
  }
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const UNIX_EPOCH_SERIAL = 25569; // 1970-01-01 in the 1900 date system
const DAYS_1900_TO_1904 = 1462;

/**
 * A date-formatted number, as it comes back through a Date rounded to the millisecond (what the ExcelJS-based reader
 * and the office-js host report): the serial rounded to 1e-8 day, so 0.5 stays 0.5; null where no Date can hold it.
 */
function viaDate(serial: number, date1904: boolean): number | null {
  const offset = date1904 ? DAYS_1900_TO_1904 : 0;
  const time = new Date(Math.round((serial - UNIX_EPOCH_SERIAL + offset) * MS_PER_DAY)).getTime();
  if (!Number.isFinite(time)) return null;
  return Math.round((UNIX_EPOCH_SERIAL + time / MS_PER_DAY - offset) * 1e8) / 1e8;
}

/** A formula's text result is decoded once more, as ExcelJS does (so "&amp;" in it reads "&"). */
function decodeXmlEntities(text: string): string {
  const entities: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };
  return text.replace(/&([a-z]*);/g, (entity) => entities[entity] ?? entity);
}

/**
 * "B12" or "$B$12" → row 12, column 2; undefined when it is not a cell reference. Read character by character: it is
 * called for every cell of the sheet, and a regular expression here cost a tenth of the reading.
 */
function positionOf(a1: string): { row: number; col: number } | undefined {
  let i = a1.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersFrom = i;
  for (let code = a1.charCodeAt(i) | 0x20; code >= LOWER_A && code <= LOWER_Z && i - lettersFrom < 3; code = a1.charCodeAt(++i) | 0x20) {
    col = col * 26 + code - LOWER_A + 1;
  }
  if (i === lettersFrom) return undefined;
  if (a1.charCodeAt(i) === DOLLAR) i++;
  const digitsFrom = i;
  let row = 0;
  for (let code = a1.charCodeAt(i); code >= DIGIT_0 && code <= DIGIT_0 + 9; code = a1.charCodeAt(++i)) row = row * 10 + code - DIGIT_0;
  if (i === digitsFrom || i !== a1.length) return undefined;
  return { row, col };
}

const DOLLAR = 36;
const LOWER_A = 97;
const LOWER_Z = 122;
const DIGIT_0 = 48;

function mergeOf(context: SheetContext, ref: string): CellRange {
  const [from, to = from] = ref.split(":");
  const a = positionOf(from ?? "");
  const b = positionOf(to ?? "");
  if (!a || !b) throw new UnreadableWorkbookError("file.damaged", `merged area "${ref.slice(0, 40)}"`);
  for (const { row, col } of [a, b]) {
    checkRow(context, row);
    checkCol(context, col);
  }
  const range = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  return range;
}

function checkRow(context: SheetContext, row: number): void {
  if (!(row >= 1 && row <= EXCEL_MAX_ROWS)) beyondExcel(context, "file.beyondExcel.row", row);
}

function checkCol(context: SheetContext, col: number): void {
  if (!(col >= 1 && col <= EXCEL_MAX_COLS)) beyondExcel(context, "file.beyondExcel.column", col);
}

function beyondExcel(context: SheetContext, reason: "file.beyondExcel.row" | "file.beyondExcel.column", place: number): never {
  throw new UnreadableWorkbookError(reason, { sheet: context.name, place: String(place) });
}

/**
 * Excel reports a merged area's value in its top-left cell only. Merges are sorted once, and each looks only at the
 * rows that hold values (binary search), so many merges, or a merge over the whole sheet, cost little.
 */
function blankMergedCells(rows: Map<number, Cell[]>, merges: CellRange[]): void {
  if (merges.length === 0 || rows.size === 0) return;
  const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
  for (const merge of merges) {
    for (let i = firstAtLeast(rowNumbers, merge.top); i < rowNumbers.length; i++) {
      const row = rowNumbers[i] as number;
      if (row > merge.bottom) break;
      const cells = rows.get(row) as Cell[];
      const kept = cells.filter((c) => c.col < merge.left || c.col > merge.right || (row === merge.top && c.col === merge.left));
      if (kept.length !== cells.length) rows.set(row, kept);
    }
  }
}

function firstAtLeast(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

function toGrid(context: SheetContext, rows: Map<number, Cell[]>, merges: CellRange[]): SheetGrid {
  const name = context.name;
  const sortedMerges = uniqueByMaster(merges);
  const filled = [...rows.entries()].filter(([, cells]) => cells.length > 0).sort(([a], [b]) => a - b);
  if (filled.length === 0) return { name, origin: { row: 1, col: 1 }, values: [], numberFormats: [], merges: sortedMerges };
  const top = filled[0]![0];
  const bottom = filled[filled.length - 1]![0];
  let left = Infinity;
  for (const [, cells] of filled) for (const cell of cells) left = Math.min(left, cell.col);
  checkGridSize(context, filled, left);
  // Rows without values share one empty, frozen row: a value at row 1,000,000 costs a pointer per row, no more.
  const values: CellValue[][] = new Array<CellValue[]>(bottom - top + 1).fill(EMPTY_ROW);
  const numberFormats: (string | null)[][] = new Array<(string | null)[]>(bottom - top + 1).fill(EMPTY_ROW as (string | null)[]);
  for (const [row, cells] of filled) {
    cells.sort((a, b) => a.col - b.col);
    const width = (cells[cells.length - 1] as Cell).col - left + 1;
    const line = new Array<CellValue>(width).fill(null);
    const formats = new Array<string | null>(width).fill(null);
    for (const cell of cells) {
      line[cell.col - left] = cell.value;
      formats[cell.col - left] = cell.format;
    }
    values[row - top] = line;
    numberFormats[row - top] = formats;
  }
  return { name, origin: { row: top, col: left }, values, numberFormats, merges: sortedMerges };
}

/** Dense rows cost their width from the first column with a value: refuse a sheet whose rows would cost too much. */
function checkGridSize(context: SheetContext, filled: [number, Cell[]][], left: number): void {
  let total = 0;
  for (const [, cells] of filled) {
    let right = 0;
    for (const cell of cells) right = Math.max(right, cell.col);
    total += right - left + 1;
    if (total > context.limits.maxGridCells) {
      throw new UnreadableWorkbookError("file.gridTooLarge", { sheet: context.name, limit: context.limits.maxGridCells });
    }
  }
}

/** One merge per top-left cell (a later one replaces an earlier), in reading order. */
function uniqueByMaster(merges: CellRange[]): CellRange[] {
  const byMaster = new Map<string, CellRange>();
  for (const merge of merges) byMaster.set(`${merge.top}:${merge.left}`, merge);
  return [...byMaster.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}
