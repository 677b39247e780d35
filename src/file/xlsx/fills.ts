/**
 * Cell fills from the file, for the harness's preview before ExcelJS is loaded: each cell style's fill from styles.xml,
 * built into the shape ExcelJS gives it, and the cells of a sheet's first rows that have one. The check never needs
 * them, so readWorkbook does not read them; the preview asks for one sheet's when it shows it.
 */
import { fillOf, type CellFill, type FillModel } from "../cellFills";
import { parseXml } from "./xml";

/** The fill of each cell style (the cell's `s`), as ExcelJS models it; undefined where the style has none. */
export function readStyleFills(bytes: Uint8Array | undefined): (FillModel | undefined)[] {
  if (!bytes) return [];
  const fills: FillModel[] = [];
  const fillIds: number[] = [];
  let where: "fills" | "cellXfs" | undefined;
  let fill: FillModel | undefined;
  let stop: { color?: { argb?: string } } | undefined;
  parseXml(bytes, {
    open(name, attributes) {
      if (name === "fills" || name === "cellXfs") where = name;
      else if (where === "cellXfs" && name === "xf") fillIds.push(parseInt(attributes.fillId ?? "0", 10));
      else if (where !== "fills") return;
      else if (name === "fill") fill = {};
      else if (name === "patternFill" && fill) Object.assign(fill, { type: "pattern", pattern: attributes.patternType });
      else if (name === "gradientFill" && fill) Object.assign(fill, { type: "gradient", stops: [] });
      else if (name === "stop" && fill?.stops) fill.stops.push((stop = {}));
      else if ((name === "fgColor" || name === "bgColor") && fill) Object.assign(fill, { [name]: colorOf(attributes) });
      else if (name === "color" && stop) stop.color = colorOf(attributes);
    },
    close(name) {
      if (name === "fills" || name === "cellXfs") where = undefined;
      else if (name === "fill" && fill) {
        fills.push(fill);
        fill = undefined;
      } else if (name === "stop") stop = undefined;
    },
  });
  return fillIds.map((id) => fills[id]);
}

/** A colour as ExcelJS reads it: only an ARGB can be shown (theme and indexed colours are not resolved). */
function colorOf(attributes: Record<string, string>): { argb?: string } {
  return attributes.rgb ? { argb: attributes.rgb } : {};
}

/** Stops the sheet's parse at the first row past the ones asked for. */
class Done extends Error {}

/** The fills of the cells in the sheet's rows 1 to maxRow, by A1 address. */
export function readSheetFills(sheet: Uint8Array, styleFills: readonly (FillModel | undefined)[], maxRow: number): Map<string, CellFill> {
  const fills = new Map<string, CellFill>();
  try {
    parseXml(sheet, {
      open(name, attributes) {
        if (name === "row" && attributes.r && parseInt(attributes.r, 10) > maxRow) throw new Done();
        if (name !== "c" || !attributes.s || !attributes.r) return;
        const fill = fillOf(styleFills[parseInt(attributes.s, 10)]);
        if (fill) fills.set(attributes.r.replace(/\$/g, ""), fill);
      },
    });
  } catch (error) {
    if (!(error instanceof Done)) throw error;
  }
  return fills;
}
