/** The shared strings: every <si>, its runs joined as plain text, Excel's _xHHHH_ escapes decoded (as ExcelJS does). */
import { parseXml } from "./xml";

export function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let inPhonetic = false; // <rPh> holds a reading guide, not the cell's text
  parseXml(bytes, {
    open(name) {
      if (name === "si") current = [];
      else if (name === "rPh") inPhonetic = true;
      else if (name === "t" && !inPhonetic) inText = true;
    },
    text(text) {
      if (inText) current?.push(text);
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si") {
        strings.push(decodeEscapes((current ?? []).join("")));
        current = undefined;
      }
    },
  });
  return strings;
}

/** Excel writes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
export function decodeEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
