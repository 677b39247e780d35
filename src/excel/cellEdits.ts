/**
 * Quick fixes in Excel: status texts written from a suggestion, and the status drop-down. Each change comes with
 * its Revert, which puts back exactly what was there.
 *
 * Writing texts is one sync: the batch first loads each cell's value, formula and number format, then writes the new
 * text. Text is never read as a formula: a text Excel would take for something else (it starts with "=", looks like
 * a number…) is written under the Text number format "@", set in the same batch before the value. Reverting writes
 * the old text under "@" and then gives the cell its own number format back; changing the format does not make
 * Excel read the text again, so it stays text. A cell that held a real formula gets its formula back.
 */
import type { DropDown, DropDownResult, Revert, TextWrite } from "../host/edits";
import { needsTextFormat } from "../host/edits";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A cell as it was before a write. */
interface Before {
  sheet: string;
  cell: string;
  value: unknown;
  formula: unknown;
  numberFormat: unknown;
}

export async function writeTexts(context: Excel.RequestContext, writes: readonly TextWrite[], run: Run): Promise<Revert> {
  const reads = writes.map((write) => {
    const range = context.workbook.worksheets.getItem(write.sheet).getRange(write.cell);
    range.load("values,formulas,numberFormat");
    return { write, range };
  });
  for (const write of writes) {
    const target = context.workbook.worksheets.getItem(write.sheet).getRange(write.cell);
    if (needsTextFormat(write.text)) target.numberFormat = [["@"]];
    target.values = [[write.text]];
  }
  await context.sync();
  const before: Before[] = reads.map(({ write, range }) => ({
    sheet: write.sheet,
    cell: write.cell,
    value: range.values[0]?.[0] ?? "",
    formula: range.formulas[0]?.[0] ?? "",
    numberFormat: range.numberFormat[0]?.[0] ?? "General",
  }));
  return () => run((again) => restoreCells(again, before));
}

/** One sync: every cell gets its value (as text when it was text) or its formula, and its number format, back. */
async function restoreCells(context: Excel.RequestContext, cells: readonly Before[]): Promise<void> {
  for (const cell of cells) {
    const range = context.workbook.worksheets.getItem(cell.sheet).getRange(cell.cell);
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

/**
 * Two syncs: is there a rule on the range already (Excel says "None" when there is none)? Only then the list, whose
 * undo clears the range's validation again, one sync.
 */
export async function addDropDown(context: Excel.RequestContext, dropDown: DropDown, run: Run): Promise<DropDownResult> {
  const range = () => context.workbook.worksheets.getItem(dropDown.sheet).getRange(dropDown.range);
  const validation = range().dataValidation;
  validation.load("type");
  await context.sync();
  if (validation.type !== "None") return { added: false };
  range().dataValidation.rule = {
    list: { inCellDropDown: true, source: dropDown.values.join(",") },
  };
  await context.sync();
  const revert: Revert = () =>
    run(async (again) => {
      again.workbook.worksheets.getItem(dropDown.sheet).getRange(dropDown.range).dataValidation.clear();
      await again.sync();
    });
  return { added: true, revert };
}
