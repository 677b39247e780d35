/**
 * What a cell holds after the user typed into it, roughly as Excel takes it: nothing for an empty cell, a number for
 * digits (with a decimal comma or point), text for the rest. The harness never makes a formula of what is typed.
 */
import type ExcelJS from "exceljs";

export function typedValue(text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (/^-?\d+([.,]\d+)?$/.test(trimmed)) return Number(trimmed.replace(",", "."));
  return text;
}

export function typeInto(sheet: ExcelJS.Worksheet, cell: string, text: string): void {
  sheet.getCell(cell).value = typedValue(text);
}
