/**
 * A font for a cell written with ExcelJS. ExcelJS stores only what it is given, so `{ bold: true }` alone becomes a
 * font with no name and size, which LibreOffice shows in its fallback serif (wider, so wrapped headers break
 * mid-word) and Excel in whatever it picks. Every font names the workbook's own: Calibri 11, bold or sized on top.
 */
import type ExcelJS from "exceljs";

const BASE: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };

export function font(look: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> {
  return { ...BASE, ...look };
}
