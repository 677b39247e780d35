/** Text helpers shared by layout, rules and roll-up: one place that decides what "the same text" means. */
import type { CellValue } from "./grid";

/** Latin letters that look like Cyrillic ones, as typed by mistake with the wrong keyboard layout. */
const LOOKALIKES: Record<string, string> = {
  A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х", Y: "У",
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у",
};

/** Replaces Latin look-alike letters with their Cyrillic twins, but only in words that hold Cyrillic letters. */
export function foldLookalikes(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) =>
    /\p{Script=Cyrillic}/u.test(word) ? word.replace(/[ABCEHKMOPTXYaceopxy]/g, (ch) => LOOKALIKES[ch] ?? ch) : word,
  );
}

/** True when a word mixes Latin look-alike letters into Cyrillic text. */
export function hasLookalikes(text: string): boolean {
  return foldLookalikes(text) !== text;
}

/** Collapses every kind of white space (NBSP, tabs, line breaks, doubled spaces) to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim();
}

/** The text of a cell as a person reads it; numbers as they are written in JavaScript. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  return typeof value === "string" ? value : String(value);
}

/** Lower case, one space, Cyrillic letters for look-alikes, no quotes: the key for "is this the same text". */
export function foldKey(text: string): string {
  return collapseSpaces(foldLookalikes(text))
    .toLowerCase()
    .replace(/["'“”„«»`´]/g, "")
    .replace(/\s*[-–—]\s*/g, "-")
    .replace(/[.;:,]+$/, "")
    .trim();
}
