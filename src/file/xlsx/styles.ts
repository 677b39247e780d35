/**
 * The styles part: each cell style's number format, as Excel's API reports it ("General" and no style alike mean
 * none). Built-in formats come from the same table ExcelJS writes with, so both readers name them alike.
 */
import BUILT_IN from "exceljs/lib/xlsx/defaultnumformats";
import { parseXml } from "./xml";

/** Number format per cell style index (the cell's `s`); undefined: General. */
export type StyleFormats = (string | undefined)[];

export function readStyles(bytes: Uint8Array | undefined): StyleFormats {
  if (!bytes) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  parseXml(bytes, {
    open(name, attributes) {
      if (name === "numFmt") custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) formatIds.push(parseInt(attributes.numFmtId ?? "0", 10));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return formatIds.map((id) => {
    if (!id) return undefined; // 0 and a missing id are General
    const format = custom.get(id) || BUILT_IN[id]?.f;
    return format && format !== "General" ? format : undefined;
  });
}

/**
 * Whether a number format shows a date or time, by the rule ExcelJS applies when it turns such numbers into Dates:
 * a date letter outside quotes and brackets.
 */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
