/**
 * Quick fixes in Excel: status texts written from a suggestion, and the status drop-down. Each change comes with
 * its Revert, which puts back exactly what was there.
 *
 * Writing texts goes in blocks of CELLS_PER_SYNC cells (one for any real report), two syncs each: the first reads each
 * cell's value, formula and number format (and, for the first block, checks that no sheet written to is protected),
 * the second writes. What a cell held is thus known before it can change, so a write that fails part-way (Excel
 * carries out the part of a batch before the failure) is undone at once, and the user's cells are as they were.
 *
 * Text is never read as a formula: a text Excel would take for something else (it starts with "=", looks like a
 * number…) is written under the Text number format "@", set in the same batch before the value. Reverting writes the
 * old text under "@" and then gives the cell its own number format back; changing the format does not make Excel read
 * the text again, so it stays text. A cell that held a real formula gets its formula back.
 */
import type { DropDown, DropDownResult, Revert, TextWrite } from "../host/edits";
import { needsTextFormat } from "../host/edits";
import { CELLS_PER_SYNC } from "./blockPlan";
import type { Requirements } from "./requirements";
import { queueWriteCheck } from "./writeGuard";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A cell as it was before a write. */
interface Before {
  sheet: string;
  cell: string;
  value: unknown;
  formula: unknown;
  numberFormat: unknown;
}

export async function writeTexts(
  context: Excel.RequestContext,
  writes: readonly TextWrite[],
  run: Run,
  requirements: Requirements,
): Promise<Revert> {
  const before: Before[] = [];
  try {
    for (let start = 0; start < writes.length; start += CELLS_PER_SYNC) {
      const block = writes.slice(start, start + CELLS_PER_SYNC);
      const check = start === 0 ? queueWriteCheck(context, { sheets: writes.map((write) => write.sheet) }, requirements) : () => {};
      before.push(...(await readCells(context, block, check)));
      for (const write of block) {
        const target = rangeOf(context, write);
        if (needsTextFormat(write.text)) target.numberFormat = [["@"]];
        target.values = [[write.text]];
      }
      await context.sync();
    }
  } catch (error) {
    // Put back what the failed block may have written (and the blocks before it); if Excel refuses that too, the
    // cells it did write keep the new text, which is what the user asked for.
    if (before.length > 0) await restoreCells(context, before).catch(() => undefined);
    throw error;
  }
  return () => run((again) => restoreCells(again, before));
}

/** One sync: each cell's value, formula and number format, with whatever `check` needs (it runs after the sync). */
async function readCells(context: Excel.RequestContext, cells: readonly TextWrite[], check: () => void): Promise<Before[]> {
  const reads = cells.map((write) => ({ write, range: rangeOf(context, write).load("values,formulas,numberFormat") }));
  await context.sync();
  check();
  return reads.map(({ write, range }) => ({
    sheet: write.sheet,
    cell: write.cell,
    value: range.values[0]?.[0] ?? "",
    formula: range.formulas[0]?.[0] ?? "",
    numberFormat: range.numberFormat[0]?.[0] ?? "General",
  }));
}

function rangeOf(context: Excel.RequestContext, at: { sheet: string; cell: string }): Excel.Range {
  return context.workbook.worksheets.getItem(at.sheet).getRange(at.cell);
}

/** A sync per block: every cell gets its value (as text when it was text) or its formula, and its number format, back. */
async function restoreCells(context: Excel.RequestContext, cells: readonly Before[]): Promise<void> {
  for (let start = 0; start < cells.length; start += CELLS_PER_SYNC) {
    for (const cell of cells.slice(start, start + CELLS_PER_SYNC)) {
      const range = rangeOf(context, cell);
      const isFormula = typeof cell.formula === "string" && cell.formula.startsWith("=") && cell.formula !== cell.value;
      if (isFormula) {
        range.numberFormat = [[String(cell.numberFormat)]];
        range.formulas = [[cell.formula as string]];
      } else if (typeof cell.value === "string") {
        range.numberFormat = [["@"]];
        range.values = [[cell.value]];
        range.numberFormat = [[String(cell.numberFormat)]];
      } else {
        range.numberFormat = [[String(cell.numberFormat)]];
        range.values = [[cell.value as number | boolean]];
      }
    }
    await context.sync();
  }
}

/**
 * Two syncs: is there a rule on the range already (Excel says "None" when there is none), and may the sheet be
 * changed? Only then the list, whose undo clears the range's validation again, one sync.
 */
export async function addDropDown(
  context: Excel.RequestContext,
  dropDown: DropDown,
  run: Run,
  requirements: Requirements,
): Promise<DropDownResult> {
  const range = () => context.workbook.worksheets.getItem(dropDown.sheet).getRange(dropDown.range);
  const validation = range().dataValidation;
  validation.load("type");
  const check = queueWriteCheck(context, { sheets: [dropDown.sheet] }, requirements);
  await context.sync();
  check();
  if (validation.type !== "None") return { added: false };
  range().dataValidation.rule = listRule(dropDown.values);
  await context.sync();
  const revert: Revert = () =>
    run(async (again) => {
      again.workbook.worksheets.getItem(dropDown.sheet).getRange(dropDown.range).dataValidation.clear();
      await again.sync();
    });
  return { added: true, revert };
}

/** A list validation offering `values` in the cell's drop-down: the status column's, here and on a new report. */
export function listRule(values: readonly string[]): Excel.DataValidationRule {
  return { list: { inCellDropDown: true, source: values.join(",") } };
}
