/**
 * Highlights in a file host: a solid fill by severity on the cells with issues, and "clear", which gives each cell
 * its own fill back exactly — a solid or patterned fill (fgColor and bgColor), a gradient, or no fill at all. The
 * originals are kept in the store sheet, so clearing works after the workbook is downloaded and opened again.
 *
 * ExcelJS shares one style object among the cells that had the same style in the file, so a cell's fill is never
 * changed in place: the cell gets a style object of its own.
 */
import type ExcelJS from "exceljs";
import type { DocumentStore } from "../host/documentStore";
import { cellKey, HIGHLIGHT_FILL, HIGHLIGHTS_KEY, strongestMarks, type CellMark } from "../host/edits";

export interface KeptFileFill {
  sheet: string;
  cell: string;
  /** The cell's own fill as ExcelJS reads it; null for a cell without one. */
  fill: ExcelJS.Fill | null;
}

interface KeptHighlights {
  host: "file";
  cells: KeptFileFill[];
}

export function highlightCells(workbook: ExcelJS.Workbook, marks: readonly CellMark[], store: DocumentStore): void {
  const kept = keptOf(store);
  const byKey = new Map(kept.map((entry) => [cellKey(entry.sheet, entry.cell), entry]));
  const wanted = strongestMarks(marks);
  const wantedKeys = new Set(wanted.map((mark) => cellKey(mark.sheet, mark.cell)));
  // Check every sheet first, so that a missing one changes nothing.
  for (const mark of wanted) sheetOf(workbook, mark.sheet);

  for (const entry of kept) {
    if (!wantedKeys.has(cellKey(entry.sheet, entry.cell))) setFill(cellOf(workbook, entry), entry.fill);
  }
  const originals = kept.filter((entry) => wantedKeys.has(cellKey(entry.sheet, entry.cell)));
  for (const mark of wanted) {
    const cell = cellOf(workbook, mark);
    if (!byKey.has(cellKey(mark.sheet, mark.cell))) {
      originals.push({ sheet: mark.sheet, cell: mark.cell, fill: cell.style.fill ? copy(cell.style.fill) : null });
    }
    setFill(cell, { type: "pattern", pattern: "solid", fgColor: { argb: argb(HIGHLIGHT_FILL[mark.severity]) } });
  }
  store.set(HIGHLIGHTS_KEY, originals.length > 0 ? ({ host: "file", cells: originals } satisfies KeptHighlights) : undefined);
}

export function clearCells(workbook: ExcelJS.Workbook, store: DocumentStore): void {
  for (const entry of keptOf(store)) {
    if (workbook.getWorksheet(entry.sheet)) setFill(cellOf(workbook, entry), entry.fill);
  }
  store.set(HIGHLIGHTS_KEY, undefined);
}

export function isHighlighted(store: DocumentStore): boolean {
  return keptOf(store).length > 0;
}

function keptOf(store: DocumentStore): KeptFileFill[] {
  const kept = store.get<KeptHighlights>(HIGHLIGHTS_KEY);
  return kept && Array.isArray(kept.cells) ? kept.cells : [];
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new SheetMissing(name);
  return sheet;
}

function cellOf(workbook: ExcelJS.Workbook, at: { sheet: string; cell: string }): ExcelJS.Cell {
  return sheetOf(workbook, at.sheet).getCell(at.cell);
}

/** Gives the cell a style object of its own with the fill, or without one (null). */
function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | null): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (fill) style.fill = copy(fill);
  else delete style.fill;
  cell.style = style;
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** "#FFC7CE" → "FFFFC7CE" (ExcelJS colours carry alpha first). */
function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/** A sheet named by a mark or a kept fill is gone (renamed or deleted since the check). */
export class SheetMissing extends Error {
  constructor(readonly sheet: string) {
    super(`no sheet named ${sheet}`);
    this.name = "SheetMissing";
  }
}
