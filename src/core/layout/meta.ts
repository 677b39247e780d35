/**
 * The lines above the table: title, administration, "prepared by / contact". Each is "label: value", with the value
 * in the same cell or in a cell to its right.
 */
import { cellAt, lastCol as lastColOf, type SheetGrid } from "../grid";
import { cellText, collapseSpaces } from "../text";
import { yearIn } from "./headers";

export interface MetaLine {
  row: number;
  col: number;
  /** The value after the label (may be empty when the label stands alone). */
  value: string;
}

export interface Meta {
  title?: MetaLine & { year?: number };
  administration?: MetaLine;
  preparedBy?: MetaLine;
  /** The sheet calls itself the plan (Приложение №1 / "План …"). */
  saysPlan: boolean;
}

const ADMINISTRATION_LABEL = /^наименование на администрацията\s*:?\s*/i;
const PREPARED_BY_LABEL = /^изготвил[^:]*:?\s*/i;
const TITLE = /^(отчет|план)(?!\p{L})/iu;

/**
 * Reads the meta lines from the rows above the header, within the table's columns (the status list the template
 * keeps beside the table is not a value of anything).
 */
export function readMeta(grid: SheetGrid, beforeRow: number, lastTableCol: number): Meta {
  const meta: Meta = { saysPlan: false };
  const lastCol = Math.min(lastTableCol, lastColOf(grid));
  for (let row = grid.origin.row; row < beforeRow; row++) {
    for (let col = grid.origin.col; col <= lastCol; col++) {
      const text = collapseSpaces(cellText(cellAt(grid, row, col)));
      if (text === "") continue;
      if (/приложение\s*№?\s*1(?!\d)/i.test(text)) meta.saysPlan = true;
      if (!meta.administration && ADMINISTRATION_LABEL.test(text)) {
        meta.administration = labelled(grid, row, col, lastCol, text, ADMINISTRATION_LABEL);
      } else if (!meta.preparedBy && PREPARED_BY_LABEL.test(text)) {
        meta.preparedBy = labelled(grid, row, col, lastCol, text, PREPARED_BY_LABEL);
      } else if (!meta.title && isTitle(text)) {
        meta.title = { row, col, value: text, year: yearIn(text) };
        if (/^план/i.test(text)) meta.saysPlan = true;
      }
    }
  }
  return meta;
}

function isTitle(text: string): boolean {
  return (TITLE.test(text) || /ежегодн\p{L}* цели/iu.test(text)) && /цел/i.test(text);
}

/** The value of a "label: value" line: after the label in the same cell, or the next non-empty cell to the right. */
function labelled(grid: SheetGrid, row: number, col: number, lastCol: number, text: string, label: RegExp): MetaLine {
  const inCell = text.replace(label, "").trim();
  if (inCell !== "") return { row, col, value: inCell };
  for (let c = col + 1; c <= lastCol; c++) {
    const value = collapseSpaces(cellText(cellAt(grid, row, c)));
    if (value !== "") return { row, col: c, value };
  }
  return { row, col, value: "" };
}

/**
 * The administration named in a title such as "Отчет на ежегодните цели на Областна администрация на област Хасково
 * за 2023 г." — used when the sheet has no "Наименование на администрацията" line.
 */
export function administrationFromTitle(title: string): string | undefined {
  const match = /цели(?:те)?\s+на\s+(.+?)\s+за\s+(?:(?:19|20)\d\d)/iu.exec(title);
  const name = match?.[1]?.trim();
  return name && !/^администрацията$/i.test(name) ? name : undefined;
}
