/**
 * Writes a SheetPlan as the summary sheet in Excel, in two syncs for a typical report: one to list the sheets, one
 * to replace the add-in's own summary sheet (marked by its id in the document's settings) or add a new one beside
 * the user's, and fill it. A summary too big for one request goes in row blocks, a sync each.
 *
 * Text is sent with Excel's "'" prefix, the way a user types text that must stay text: Excel never reads it as a
 * formula, number or date, whatever it says. Formulas are only the plan's own.
 */
import { columnLetter } from "../core/grid";
import type { PlanCell, PlanStyle, SheetPlan } from "../core/summary/plan";
import type { DocumentStore } from "../host/documentStore";
import { freeSheetName } from "../host/sheetNames";

/** The DocumentStore key that holds the add-in's summary sheet. */
export const SUMMARY_SHEET_KEY = "summarySheet";

interface SummaryMark {
  id: string;
}

/** Bytes of cell data per request; Excel on the web refuses requests over 5 MB, and styles ride along. */
const REQUEST_BUDGET = 4 * 1024 * 1024;
/** Excel's column width unit is the point; a default 8.43-character column is 48 points wide. */
const POINTS_PER_CHARACTER = 48 / 8.43;

type Input = string | number;

export async function writeSummary(context: Excel.RequestContext, plan: SheetPlan, store: DocumentStore): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();

  const mark = store.get<SummaryMark>(SUMMARY_SHEET_KEY);
  const own = mark ? worksheets.items.find((sheet) => sheet.id === mark.id) : undefined;
  const others = worksheets.items.filter((sheet) => sheet !== own).map((sheet) => sheet.name);
  if (own) worksheets.getItem(own.name).delete();
  const sheet = worksheets.add(freeSheetName(plan.name, others));

  const blocks = rowBlocks(plan);
  for (const [i, block] of blocks.entries()) {
    writeBlock(sheet, block);
    // Every block but the last goes on its own; the last one shares the final sync with the styles and the chart.
    if (i < blocks.length - 1) await context.sync();
  }
  writeWidths(sheet, plan.widths);
  writeStyles(sheet, plan.cells);
  if (plan.chart) {
    const chart = sheet.charts.add("Pie" as Excel.ChartType, sheet.getRange(plan.chart.source), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = plan.chart.title;
    chart.setPosition(plan.chart.from, plan.chart.to);
  }
  sheet.activate();
  sheet.load("id,name");
  await context.sync();

  store.set(SUMMARY_SHEET_KEY, { id: sheet.id } satisfies SummaryMark);
  await store.save();
  return sheet.name;
}

interface Block {
  top: number;
  rows: PlanCell[][];
  width: number;
}

/** The plan's rows, cut into blocks whose data fits in one request. */
function rowBlocks(plan: SheetPlan): Block[] {
  const width = Math.max(1, ...plan.cells.map((cell) => cell.col));
  const byRow = new Map<number, PlanCell[]>();
  for (const cell of plan.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  const last = Math.max(1, ...plan.cells.map((cell) => cell.row));
  const blocks: Block[] = [];
  let block: Block = { top: 1, rows: [], width };
  let bytes = 0;
  for (let row = 1; row <= last; row++) {
    const cells = byRow.get(row) ?? [];
    const size = JSON.stringify(cells).length * 2;
    if (bytes + size > REQUEST_BUDGET && block.rows.length > 0) {
      blocks.push(block);
      block = { top: row, rows: [], width };
      bytes = 0;
    }
    block.rows.push(cells);
    bytes += size;
  }
  blocks.push(block);
  return blocks;
}

/** One range per block: number formats first, so that what is written next is shown the plan's way. */
function writeBlock(sheet: Excel.Worksheet, block: Block): void {
  const address = `A${block.top}:${columnLetter(block.width)}${block.top + block.rows.length - 1}`;
  const inputs: Input[][] = block.rows.map(() => Array<Input>(block.width).fill(""));
  const formats: string[][] = block.rows.map(() => Array<string>(block.width).fill("General"));
  block.rows.forEach((cells, r) => {
    for (const cell of cells) {
      (inputs[r] as Input[])[cell.col - 1] = inputOf(cell);
      if (cell.style?.numFmt) (formats[r] as string[])[cell.col - 1] = cell.style.numFmt;
    }
  });
  const range = sheet.getRange(address);
  range.numberFormat = formats;
  range.formulas = inputs;
}

function inputOf({ value }: PlanCell): Input {
  switch (value.kind) {
    case "text":
      return `'${value.text}`;
    case "number":
      return value.value;
    case "formula":
      return `=${value.formula}`;
  }
}

function writeWidths(sheet: Excel.Worksheet, widths: number[]): void {
  widths.forEach((width, i) => {
    const letter = columnLetter(i + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = Math.round(width * POINTS_PER_CHARACTER);
  });
}

/** Fonts, fills and wrapping, one range per run of cells down a column that look the same. */
function writeStyles(sheet: Excel.Worksheet, cells: PlanCell[]): void {
  for (const run of styleRuns(cells)) {
    const format = sheet.getRange(run.address).format;
    const { style } = run;
    if (style.bold) format.font.bold = true;
    if (style.italic) format.font.italic = true;
    if (style.size) format.font.size = style.size;
    if (style.color) format.font.color = `#${style.color}`;
    if (style.fill) format.fill.color = `#${style.fill}`;
    if (style.wrap) {
      format.wrapText = true;
      format.verticalAlignment = "Top" as Excel.VerticalAlignment;
    }
  }
}

interface StyleRun {
  address: string;
  style: PlanStyle;
}

function styleRuns(cells: PlanCell[]): StyleRun[] {
  const looks = cells
    .map((cell) => ({ cell, key: lookKey(cell.style) }))
    .filter((entry): entry is { cell: PlanCell; key: string } => entry.key !== undefined)
    .sort((a, b) => a.cell.col - b.cell.col || a.cell.row - b.cell.row);
  const runs: { col: number; top: number; bottom: number; key: string; style: PlanStyle }[] = [];
  for (const { cell, key } of looks) {
    const last = runs[runs.length - 1];
    if (last && last.col === cell.col && last.key === key && last.bottom === cell.row - 1) last.bottom = cell.row;
    else runs.push({ col: cell.col, top: cell.row, bottom: cell.row, key, style: cell.style as PlanStyle });
  }
  return runs.map(({ col, top, bottom, style }) => {
    const letter = columnLetter(col);
    return { address: top === bottom ? `${letter}${top}` : `${letter}${top}:${letter}${bottom}`, style };
  });
}

/** What a style looks like apart from its number format (that goes with the values); undefined for none. */
function lookKey(style: PlanStyle | undefined): string | undefined {
  if (!style) return undefined;
  const look = { ...style, numFmt: undefined };
  return Object.values(look).some((value) => value !== undefined) ? JSON.stringify(look) : undefined;
}
