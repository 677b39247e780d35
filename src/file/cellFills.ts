/**
 * The fills of a sheet's cells as CSS colours, so that the harness's preview shows highlights (and the user's own
 * fills) the way Excel would, roughly: a solid fill's colour, a patterned fill's background, a gradient's first stop.
 * Theme colours (no ARGB in the file) are not shown. From an ExcelJS worksheet once the workbook has been changed, and
 * from the file itself before (xlsx/fills.ts), both through fillOf, so the two show a fill alike.
 */
import type ExcelJS from "exceljs";

export interface CellFill {
  color: string;
  /** The fill's pattern ("solid", "darkGray"…) or "gradient". */
  pattern: string;
}

/** A fill as ExcelJS models it (what of it is shown); the file's reader builds the same shape from styles.xml. */
export interface FillModel {
  type?: string;
  pattern?: string;
  fgColor?: Color;
  bgColor?: Color;
  stops?: { color?: Color }[];
}

type Color = { argb?: string };

export function cellFills(sheet: ExcelJS.Worksheet, maxRow: number): Map<string, CellFill> {
  const fills = new Map<string, CellFill>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > maxRow) return;
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = fillOf(cell.style?.fill);
      if (fill) fills.set(cell.address, fill);
    });
  });
  return fills;
}

export function fillOf(fill: FillModel | undefined): CellFill | undefined {
  if (!fill) return undefined;
  if (fill.type === "gradient") {
    const color = css(fill.stops?.[0]?.color);
    return color ? { color, pattern: "gradient" } : undefined;
  }
  if (fill.pattern === undefined || fill.pattern === "none") return undefined; // no patternType means none
  const color = fill.pattern === "solid" ? css(fill.fgColor) : (css(fill.bgColor) ?? css(fill.fgColor));
  return color ? { color, pattern: fill.pattern } : undefined;
}

/** "FFFFC7CE" → "#FFC7CE". */
function css(color: Color | undefined): string | undefined {
  const argb = color?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}
