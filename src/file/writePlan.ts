/**
 * Writes a SheetPlan into an ExcelJS worksheet: the harness's summary sheet and the command line's summary workbook,
 * with the row heights its wrapped text needs and its page set-up, since a file keeps both as stored.
 * Text goes in as a string cell, which no reader parses as a formula. ExcelJS cannot write charts, so here the
 * status shares are seen in the plan's in-cell bars; Excel's own writer (src/excel) adds the chart as well.
 */
import type ExcelJS from "exceljs";
import type { CellRange } from "../core/grid";
import type { PlanCell, PlanStyle, SheetPlan } from "../core/summary/plan";
import { font } from "./font";
import { setPrint } from "./printSetup";

export function writePlan(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  // ExcelJS leaves out a cached result of 0; recalculating on open makes every reader show the live numbers.
  sheet.workbook.calcProperties = { ...sheet.workbook.calcProperties, fullCalcOnLoad: true };
  plan.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const planned of plan.cells) {
    const cell = sheet.getCell(planned.row, planned.col);
    cell.value = valueOf(planned);
    // Every cell sits at the top of its row, so that a row made tall by a wrapped message reads from the top.
    cell.alignment = { vertical: "top", ...(planned.style?.wrap && { wrapText: true }) };
    if (planned.style) applyStyle(cell, planned.style);
  }
  for (const { row, height } of plan.rowHeights) sheet.getRow(row).height = height;
  for (const { top, left, bottom, right } of plan.merges ?? []) sheet.mergeCells(top, left, bottom, right);
  for (const { range, values } of plan.dropDowns ?? []) addDropDown(sheet, range, values);
  setPrint(sheet, plan.titleRows);
}

/** A list of allowed values on every cell of the range (ExcelJS keeps validations per cell). */
function addDropDown(sheet: ExcelJS.Worksheet, range: CellRange, values: string[]): void {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      sheet.getCell(row, col).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${values.join(",")}"`],
        showErrorMessage: true,
      };
    }
  }
}

function valueOf({ value }: PlanCell): ExcelJS.CellValue {
  switch (value.kind) {
    case "text":
      return value.text;
    case "number":
      return value.value;
    case "formula":
      // The result is the check's own number, kept so that readers that do not recalculate show it too.
      return { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
  }
}

function applyStyle(cell: ExcelJS.Cell, style: PlanStyle): void {
  if (style.bold || style.italic || style.size || style.color) {
    cell.font = font({
      ...(style.bold && { bold: true }),
      ...(style.italic && { italic: true }),
      ...(style.size && { size: style.size }),
      ...(style.color && { color: { argb: `FF${style.color}` } }),
    });
  }
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
}
