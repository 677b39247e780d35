/**
 * Quick fixes in a file host: status texts written from a suggestion, and the status drop-down, each with a Revert
 * that puts back exactly what was there. A JavaScript string is always a text cell in ExcelJS (a formula would have
 * to be an object), so a text is never read as a formula; the revert gives back the cell's own value object, rich
 * text and formulas included.
 */
import type ExcelJS from "exceljs";
import { address, parseAddress } from "../core/grid";
import type { DropDown, DropDownResult, Revert, TextWrite } from "../host/edits";
import { SheetMissing } from "./highlight";

export function writeCellTexts(workbook: ExcelJS.Workbook, writes: readonly TextWrite[]): Revert {
  const cells = writes.map((write) => ({ write, cell: sheetOf(workbook, write.sheet).getCell(write.cell) }));
  const before = cells.map(({ cell }) => ({ cell, value: structuredClone(cell.value) }));
  for (const { write, cell } of cells) cell.value = write.text;
  return async () => {
    for (const { cell, value } of before) cell.value = value;
  };
}

export function addCellDropDown(workbook: ExcelJS.Workbook, dropDown: DropDown, changed: () => void): DropDownResult {
  const sheet = sheetOf(workbook, dropDown.sheet);
  const addresses = addressesOf(dropDown.range);
  if (addresses.some((address) => sheet.getCell(address).dataValidation)) return { added: false };
  const rule: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [`"${dropDown.values.join(",")}"`],
    showErrorMessage: true,
  };
  for (const address of addresses) sheet.getCell(address).dataValidation = { ...rule, formulae: [...rule.formulae] };
  return {
    added: true,
    revert: async () => {
      const model = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
      for (const address of addresses) delete model[address];
      changed();
    },
  };
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new SheetMissing(name);
  return sheet;
}

/** "M9:M12" → M9, M10, M11, M12; any rectangle, or one cell. */
function addressesOf(range: string): string[] {
  const [from, to = from] = range.split(":").map(parseAddress);
  if (!from || !to) throw new Error(`not a range: ${range}`);
  const addresses: string[] = [];
  for (let row = from.row; row <= to.row; row++) for (let col = from.col; col <= to.col; col++) addresses.push(address(row, col));
  return addresses;
}
