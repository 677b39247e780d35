/**
 * A1 addresses between the grid's rectangles and Excel: building the ones we ask for, and reading the ones Excel
 * answers with (merged areas come back as "Sheet1!A5:A7" or "'Лист 1'!$B$2:$C$2").
 */
import { columnLetter, columnNumber, type CellRange } from "../core/grid";

/** The sheet's size since Excel 2007: whole rows and whole columns come back without the other coordinate. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** "A1:P40" (no sheet name: Worksheet.getRange takes the address within its sheet). */
export function rangeAddress(range: CellRange): string {
  return `${columnLetter(range.left)}${range.top}:${columnLetter(range.right)}${range.bottom}`;
}

/** "1:2000": whole rows. */
export function rowsAddress(top: number, bottom: number): string {
  return `${top}:${bottom}`;
}

/** One area's address, with or without its sheet name → its rectangle; undefined when it is not an address. */
export function parseArea(address: string): CellRange | undefined {
  // The sheet name may hold almost anything (quoted), but the reference after the last "!" never holds a "!".
  const reference = address.slice(address.lastIndexOf("!") + 1).trim();
  const corners = reference.split(":");
  if (corners.length > 2) return undefined;
  const [from = "", to = from] = corners;
  const start = parseCorner(from);
  const end = parseCorner(to);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row ?? 1, end.row ?? 1),
    left: Math.min(start.col ?? 1, end.col ?? 1),
    bottom: Math.max(start.row ?? MAX_ROW, end.row ?? MAX_ROW),
    right: Math.max(start.col ?? MAX_COL, end.col ?? MAX_COL),
  };
}

/**
 * A list of areas (RangeAreas.address: "Sheet1!A1:B2, Sheet1!D4:D9") → their rectangles. A comma is a separator
 * only outside quotes: 'Отчет, 2024'!A1 is one area.
 */
export function parseAreas(addresses: string): CellRange[] {
  return splitOutsideQuotes(addresses)
    .map(parseArea)
    .filter((area): area is CellRange => area !== undefined);
}

/** "$B$12" → row and column; "B" (a whole column) or "12" (a whole row) → only the one given. */
function parseCorner(corner: string): { row?: number; col?: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(corner.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  return {
    ...(match[1] !== undefined && { col: columnNumber(match[1]) }),
    ...(match[2] !== undefined && { row: Number(match[2]) }),
  };
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // A quote inside a quoted name is doubled (''), which toggles twice: still inside.
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === "," && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/** "'Приложение 2'!$H$17" → sheet and cell; undefined for "#REF!" (the cell was deleted) or no name at all. */
export function cellPlaceOf(address: unknown): { sheet: string; cell: string } | undefined {
  if (typeof address !== "string") return undefined;
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] as string);
  return { sheet, cell: `${match[3]}${match[4]}` };
}
