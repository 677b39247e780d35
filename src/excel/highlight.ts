/**
 * Highlights in Excel: a fill by severity on the cells with issues, and "clear", which gives every cell its own fill
 * back exactly. Each is one `context.sync()`.
 *
 * Highlighting queues, in one batch, a load of each cell's fill and only then the new fill. office.js runs a batch's
 * commands in the order they were queued, so what the load returns is the fill the cell had before. The originals
 * go into the DocumentStore (the document's settings), so "clear" works also after the workbook is saved and
 * reopened. With ExcelApi 1.9 the pattern, its colour and both tints are kept too; before it, the colour alone, and
 * a cell reported as white (#FFFFFF, which is also what Excel says for no fill) is cleared back to no fill.
 */
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

export async function highlight(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  store: DocumentStore,
  patterns: boolean,
): Promise<void> {
  const kept = keptOf(store);
  const byKey = new Map(kept.map((entry) => [cellKey(entry.sheet, entry.cell), entry]));
  const wanted = strongestMarks(marks);
  const wantedKeys = new Set(wanted.map((mark) => cellKey(mark.sheet, mark.cell)));
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => {
    let sheet = sheets.get(name);
    if (!sheet) sheets.set(name, (sheet = context.workbook.worksheets.getItem(name)));
    return sheet;
  };

  // Cells highlighted before but no longer marked get their own fill back.
  for (const entry of kept) {
    if (!wantedKeys.has(cellKey(entry.sheet, entry.cell))) restore(sheetOf(entry.sheet).getRange(entry.cell), entry.fill);
  }
  // The originals of newly marked cells are loaded first; a cell highlighted already keeps the original it has.
  const loads: { mark: CellMark; fill: Excel.RangeFill }[] = [];
  for (const mark of wanted) {
    if (byKey.has(cellKey(mark.sheet, mark.cell))) continue;
    const fill = sheetOf(mark.sheet).getRange(mark.cell).format.fill;
    fill.load(patterns ? PATTERN_PROPERTIES : "color");
    loads.push({ mark, fill });
  }
  for (const mark of wanted) {
    const fill = sheetOf(mark.sheet).getRange(mark.cell).format.fill;
    fill.clear();
    fill.color = HIGHLIGHT_FILL[mark.severity];
  }
  await context.sync();

  const originals: KeptFill[] = [
    ...kept.filter((entry) => wantedKeys.has(cellKey(entry.sheet, entry.cell))),
    ...loads.map(({ mark, fill }) => ({ sheet: mark.sheet, cell: mark.cell, fill: fillOf(fill, patterns) })),
  ];
  store.set(HIGHLIGHTS_KEY, originals.length > 0 ? ({ host: "excel", cells: originals } satisfies KeptHighlights) : undefined);
  await store.save();
}

export async function clearHighlights(context: Excel.RequestContext, store: DocumentStore): Promise<void> {
  const kept = keptOf(store);
  const sheets = new Map<string, Excel.Worksheet>();
  for (const entry of kept) {
    let sheet = sheets.get(entry.sheet);
    if (!sheet) sheets.set(entry.sheet, (sheet = context.workbook.worksheets.getItem(entry.sheet)));
    restore(sheet.getRange(entry.cell), entry.fill);
  }
  if (kept.length > 0) await context.sync();
  store.set(HIGHLIGHTS_KEY, undefined);
  await store.save();
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
