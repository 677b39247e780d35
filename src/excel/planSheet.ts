/**
 * Writes a SheetPlan as a new sheet in Excel: the summary (writeSummary.ts) and the report made from a plan
 * (addSheet.ts) both come here, so every sheet the add-in adds is written the same way.
 *
 * The cells go in row blocks whose data fits in one request (Excel on the web refuses a request over 5 MB), a sync
 * each; the plan's merged areas and looks (fonts, fills, wrapping), CELLS_PER_SYNC to a sync, the first of them with
 * the last block of cells when both fit; the last sync also carries the widths, row heights, print set-up, chart and
 * drop-downs. A plan of a few hundred rows is one sync.
 *
 * Text is sent with Excel's "'" prefix, the way a user types text that must stay text: Excel never reads it as a
 * formula, number or date, whatever it says. Formulas are only the plan's own.
 *
 * What an older Excel cannot do is done without: the sheet prints as print.ts says with ExcelApi 1.9 (else with
 * Excel's own defaults), its rows take the height their wrapped text needs with 1.2, merged areas need 1.2
 * (Range.merge) and drop-downs 1.8 (Range.dataValidation); the merged areas and drop-downs left out are said in
 * `leftOut`, for the pane to tell the user.
 */
import { columnLetter, type CellRange } from "../core/grid";
import type { PlanCell, PlanStyle, SheetPlan } from "../core/summary/plan";
import { PRINT, titleRowsReference } from "../core/summary/print";
import type { LeftOut } from "../host/workbookHost";
import { rangeAddress } from "./addresses";
import { CELLS_PER_SYNC } from "./blockPlan";
import { listRule } from "./cellEdits";
import type { Requirements } from "./requirements";

/** Bytes of cell data per request; Excel on the web refuses requests over 5 MB. */
const REQUEST_BUDGET = 4 * 1024 * 1024;
/**
 * What one merged area or one run of a look weighs in office.js's request, at most: measured 0.46 KB for a merge and
 * 0.74 KB for a look (officeJsPayloads.test.ts weighs a plan of 3,000 goals: every request under 1.5 MB).
 */
const BYTES_PER_COMMAND_RUN = 1024;
/** Excel's column width unit is the point; a default 8.43-character column is 48 points wide. */
const POINTS_PER_CHARACTER = 48 / 8.43;
const POINTS_PER_INCH = 72;
const ORIENTATION = { landscape: "Landscape" } as const;

type Input = string | number;

export interface Listed {
  name: string;
  id: string;
}

export interface PlanSheetWritten {
  id: string;
  leftOut: LeftOut[];
}

export interface PlanSheetOptions {
  /** Show the new sheet, in the final sync. */
  activate?: boolean;
}

/** One sync: every sheet's name and id, with whatever `alsoQueue` queues beside them (checked after the sync). */
export async function listSheets(context: Excel.RequestContext, alsoQueue?: () => () => void): Promise<Listed[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const check = alsoQueue?.();
  await context.sync();
  check?.();
  return worksheets.items.map((sheet) => ({ name: sheet.name, id: sheet.id }));
}

/** After a failed write: deletes the sheet called `name` if it was made (two syncs); Excel's refusal is thrown. */
export async function deleteSheetNamed(context: Excel.RequestContext, name: string): Promise<void> {
  const made = (await listSheets(context)).find((sheet) => sheet.name === name);
  if (!made) return;
  context.workbook.worksheets.getItem(made.id).delete();
  await context.sync();
}

/**
 * The plan on a new sheet named `name` (see the module's comment for its syncs). Gives back the new sheet's id and
 * what was left out.
 */
export async function writePlanSheet(
  context: Excel.RequestContext,
  name: string,
  plan: SheetPlan,
  requirements: Requirements,
  options: PlanSheetOptions = {},
): Promise<PlanSheetWritten> {
  const sheet = context.workbook.worksheets.add(name);
  const blocks = rowBlocks(plan);
  for (const [i, block] of blocks.entries()) {
    if (i > 0) await context.sync();
    writeBlock(sheet, block);
  }
  // Merged areas and looks are a few commands each, but a big plan has tens of thousands of them: they go
  // CELLS_PER_SYNC to a sync, the first of them with the last block of cells when the two fit in one request.
  const areas = requirements.mergeCells ? (plan.merges ?? []).map((area) => () => merge(sheet, area)) : [];
  const looks = styleRuns(plan.cells).map((run) => () => writeStyle(sheet, run));
  const lastBlock = blocks[blocks.length - 1] as Block;
  for (const [i, commands] of chunks([...areas, ...looks], CELLS_PER_SYNC).entries()) {
    const ridesAlong = i === 0 && lastBlock.bytes + commands.length * BYTES_PER_COMMAND_RUN <= REQUEST_BUDGET;
    if (!ridesAlong) await context.sync();
    for (const queue of commands) queue();
  }
  if (requirements.columnWidths) writeWidths(sheet, plan.widths);
  fitRows(sheet, blocks, requirements);
  if (requirements.pageLayout) setPrint(sheet, plan);
  if (plan.chart) {
    const chart = sheet.charts.add("Pie" as Excel.ChartType, sheet.getRange(plan.chart.source), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = plan.chart.title;
    chart.setPosition(plan.chart.from, plan.chart.to);
  }
  if (requirements.dataValidation) {
    for (const { range, values } of plan.dropDowns ?? []) sheet.getRange(rangeAddress(range)).dataValidation.rule = listRule(values);
  }
  if (options.activate) sheet.activate();
  sheet.load("id");
  await context.sync();
  return { id: sheet.id, leftOut: leftOut(plan, requirements) };
}

/** The area merged into one cell (not row by row): a goal's text over its rows, a group header over its columns. */
function merge(sheet: Excel.Worksheet, area: CellRange): void {
  sheet.getRange(rangeAddress(area)).merge(false);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What this Excel cannot put on the sheet, of what the plan asks for. */
function leftOut(plan: SheetPlan, requirements: Requirements): LeftOut[] {
  return [
    ...((plan.merges?.length ?? 0) > 0 && !requirements.mergeCells ? (["merges"] as const) : []),
    ...((plan.dropDowns?.length ?? 0) > 0 && !requirements.dataValidation ? (["dropDowns"] as const) : []),
  ];
}

interface Block {
  top: number;
  rows: PlanCell[][];
  width: number;
  /** What its cells weigh, estimated as rowBlocks cuts them. */
  bytes: number;
}

/** The plan's rows, cut into blocks whose data fits in one request. */
function rowBlocks(plan: SheetPlan): Block[] {
  const width = Math.max(1, ...plan.cells.map((cell) => cell.col));
  const byRow = new Map<number, PlanCell[]>();
  for (const cell of plan.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  const last = Math.max(1, ...plan.cells.map((cell) => cell.row));
  const blocks: Block[] = [];
  let block: Block = { top: 1, rows: [], width, bytes: 0 };
  for (let row = 1; row <= last; row++) {
    const cells = byRow.get(row) ?? [];
    const size = JSON.stringify(cells).length * 2;
    if (block.bytes + size > REQUEST_BUDGET && block.rows.length > 0) {
      blocks.push(block);
      block = { top: row, rows: [], width, bytes: 0 };
    }
    block.rows.push(cells);
    block.bytes += size;
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

/** Fonts, fills and wrapping of one run of cells down a column that look the same (styleRuns). */
function writeStyle(sheet: Excel.Worksheet, run: StyleRun): void {
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
