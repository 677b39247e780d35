/**
 * Writes a SheetPlan as the summary sheet in Excel, so that a failure at any point leaves either the old summary as
 * it was or the new one complete and marked, never a half-written or unmarked sheet (Excel carries out the part of a
 * failed batch before the failure, so the order of the commands is what makes this hold):
 *   1. one sync lists the sheets and checks that the workbook's structure is not protected;
 *   2. the new summary is written under a temporary name, one sync for a typical report (more, in row blocks, for a
 *      summary too big for one request); if that fails, the temporary sheet is deleted again;
 *   3. one sync swaps it in: the add-in's old summary (marked by its id in the document's settings) and sheets left
 *      by an earlier failed swap are deleted, the new one takes the name, is shown, and is marked. If that fails, the
 *      swap is tried once more from what the workbook holds then.
 *
 * Text is sent with Excel's "'" prefix, the way a user types text that must stay text: Excel never reads it as a
 * formula, number or date, whatever it says. Formulas are only the plan's own.
 *
 * The sheet prints as print.ts says (ExcelApi 1.9; older Excel prints it with its own defaults), and its rows take
 * the height their wrapped text needs (ExcelApi 1.2), all in the sync that writes the sheet's last block.
 */
import { columnLetter } from "../core/grid";
import type { PlanCell, PlanStyle, SheetPlan } from "../core/summary/plan";
import { PRINT, titleRowsReference } from "../core/summary/print";
import type { DocumentStore } from "../host/documentStore";
import { freeSheetName } from "../host/sheetNames";
import type { Requirements } from "./requirements";
import { queueWriteCheck } from "./writeGuard";

/** The DocumentStore key that holds the add-in's summary sheet. */
export const SUMMARY_SHEET_KEY = "summarySheet";

interface SummaryMark {
  id: string;
}

/** Bytes of cell data per request; Excel on the web refuses requests over 5 MB, and styles ride along. */
const REQUEST_BUDGET = 4 * 1024 * 1024;
/** Excel's column width unit is the point; a default 8.43-character column is 48 points wide. */
const POINTS_PER_CHARACTER = 48 / 8.43;
const POINTS_PER_INCH = 72;
const ORIENTATION = { landscape: "Landscape" } as const;

/** The summary's name while it is written: the add-in's own, so that one left by a failed swap is known as such. */
const TEMPORARY = /^p2check~[0-9a-z]{6}$/;

export function temporaryName(): string {
  return `p2check~${Math.random().toString(36).slice(2, 8).padEnd(6, "0")}`;
}

export function isTemporaryName(name: string): boolean {
  return TEMPORARY.test(name);
}

type Input = string | number;

interface Listed {
  name: string;
  id: string;
}

export async function writeSummary(
  context: Excel.RequestContext,
  plan: SheetPlan,
  store: DocumentStore,
  requirements: Requirements,
): Promise<string> {
  await store.refresh();
  const listed = await listSheets(context, () => queueWriteCheck(context, { sheets: [], structure: true }, requirements));
  const mark = store.get<SummaryMark>(SUMMARY_SHEET_KEY);
  const old = listed.filter((sheet) => sheet.id === mark?.id || isTemporaryName(sheet.name));
  const names = listed.map((sheet) => sheet.name);
  const temporary = freeSheetName(temporaryName(), names);
  const name = freeSheetName(plan.name, listed.filter((sheet) => !old.includes(sheet)).map((sheet) => sheet.name));

  let id: string;
  try {
    id = await writeSheet(context, temporary, plan, requirements);
  } catch (error) {
    await deleteQuietly(context, temporary);
    throw error;
  }
  const swapped = await swap(context, id, name, old.map((sheet) => sheet.id)).catch(async (error: unknown) => {
    // Part of the swap may have been carried out: finish it from what the workbook holds now, or give its error.
    const now = await listSheets(context).catch(() => undefined);
    const still = now?.filter((sheet) => old.some((gone) => gone.id === sheet.id)).map((sheet) => sheet.id);
    if (!now?.some((sheet) => sheet.id === id) || !still) throw error;
    return swap(context, id, name, still).catch(() => Promise.reject(error));
  });
  store.set(SUMMARY_SHEET_KEY, { id } satisfies SummaryMark);
  await store.save();
  return swapped;
}

/** One sync: every sheet's name and id, with whatever `alsoQueue` queues beside them (checked after the sync). */
async function listSheets(context: Excel.RequestContext, alsoQueue?: () => () => void): Promise<Listed[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const check = alsoQueue?.();
  await context.sync();
  check?.();
  return worksheets.items.map((sheet) => ({ name: sheet.name, id: sheet.id }));
}

/** The plan on a new sheet: a sync per row block but the last, which carries the widths, styles and chart. */
async function writeSheet(
  context: Excel.RequestContext,
  name: string,
  plan: SheetPlan,
  requirements: Requirements,
): Promise<string> {
  const sheet = context.workbook.worksheets.add(name);
  const blocks = rowBlocks(plan);
  for (const [i, block] of blocks.entries()) {
    writeBlock(sheet, block);
    // Every block but the last goes on its own; the last one shares the final sync with the styles and the chart.
    if (i < blocks.length - 1) await context.sync();
  }
  if (requirements.columnWidths) writeWidths(sheet, plan.widths);
  writeStyles(sheet, plan.cells);
  fitRows(sheet, blocks, requirements);
  if (requirements.pageLayout) setPrint(sheet, plan);
  if (plan.chart) {
    const chart = sheet.charts.add("Pie" as Excel.ChartType, sheet.getRange(plan.chart.source), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = plan.chart.title;
    chart.setPosition(plan.chart.from, plan.chart.to);
  }
  sheet.load("id");
  await context.sync();
  return sheet.id;
}

/** One sync: the old sheets go, the new one takes the summary's name and is shown. Gives back the name it got. */
async function swap(context: Excel.RequestContext, id: string, name: string, old: readonly string[]): Promise<string> {
  const worksheets = context.workbook.worksheets;
  for (const sheet of old) worksheets.getItem(sheet).delete();
  const sheet = worksheets.getItem(id);
  sheet.name = name;
  sheet.activate();
  sheet.load("name");
  await context.sync();
  return sheet.name;
}

/** After a failed write: the temporary sheet goes, if it was made. A failure here leaves it for the next run. */
async function deleteQuietly(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const made = (await listSheets(context)).find((sheet) => sheet.name === name);
    if (!made) return;
    context.workbook.worksheets.getItem(made.id).delete();
    await context.sync();
  } catch {
    // Excel refuses still (a cell being edited): the next summary deletes it, as its name shows it is ours.
  }
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

/**
 * Every cell at the top of its row, and rows as tall as their wrapped text: Excel measures that itself (autofit),
 * better than the plan's estimate for files. Without ExcelApi 1.2 rows keep Excel's own sizing.
 */
function fitRows(sheet: Excel.Worksheet, blocks: Block[], requirements: Requirements): void {
  const last = blocks[blocks.length - 1] as Block;
  const all = sheet.getRange(`A1:${columnLetter(last.width)}${last.top + last.rows.length - 1}`);
  all.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
  if (requirements.autofitRows) all.format.autofitRows();
}

/** A4 landscape, one page wide and as long as needed, the plan's title rows on every page (ExcelApi 1.9). */
function setPrint(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const layout = sheet.pageLayout;
  layout.paperSize = PRINT.paper as Excel.PaperType;
  layout.orientation = ORIENTATION[PRINT.orientation] as Excel.PageOrientation;
  // 0 pages tall: as many as the rows need. The zoom must be set as one object.
  layout.zoom = { horizontalFitToPages: PRINT.pagesWide, verticalFitToPages: 0 };
  const { margins } = PRINT;
  layout.leftMargin = points(margins.left);
  layout.rightMargin = points(margins.right);
  layout.topMargin = points(margins.top);
  layout.bottomMargin = points(margins.bottom);
  layout.headerMargin = points(margins.header);
  layout.footerMargin = points(margins.footer);
  if (plan.titleRows) layout.setPrintTitleRows(titleRowsReference(plan.titleRows));
}

/** Inches in points, to a tenth. */
function points(inches: number): number {
  return Math.round(inches * POINTS_PER_INCH * 10) / 10;
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
