/** Text helpers shared by layout, rules and roll-up: one place that decides what "the same text" means. */
import type { CellValue } from "./grid";

/** Latin letters that look like Cyrillic ones, as typed by mistake with the wrong keyboard layout. */
const LOOKALIKES: Record<string, string> = {
  A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х", Y: "У",
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у",
};

/** Any Latin look-alike letter at all: most Bulgarian cells have none, and need no word-by-word scan. */
const LATIN_LOOKALIKE = /[ABCEHKMOPTXYaceopxy]/;

/** Replaces Latin look-alike letters with their Cyrillic twins, but only in words that hold Cyrillic letters. */
export function foldLookalikes(text: string): string {
  if (!LATIN_LOOKALIKE.test(text)) return text;
  return text.replace(/[\p{L}]+/gu, (word) =>
    /\p{Script=Cyrillic}/u.test(word) ? word.replace(/[ABCEHKMOPTXYaceopxy]/g, (ch) => LOOKALIKES[ch] ?? ch) : word,
  );
}

/*
 * Whitespace as it arrives from real sheets: non-breaking and narrow spaces typed by Word or Excel's own number
 * formatting, tabs from pasted tables, doubled spaces, CRLF from Windows. Parsers read text through normalizeText so
 * that each of them can think in plain spaces and "\n" only.
 */

/** Space-like characters that should read as one plain space (NBSP, narrow NBSP, figure, thin, en/em spaces, tab). */
const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Invisible characters that only get in the way of matching (zero-width space/joiners, BOM, soft hyphen). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Anything normalizeText would change: odd line breaks or spaces, invisibles, doubled spaces, blank or padded lines.
 * Most cells are tidy already; one scan tells, and they come back as they are (the check calls this on every cell,
 * often several times, and the full pipeline below costs several passes over paragraphs of text).
 */
const NEEDS_NORMALIZING =
  /[\r\u2028\u2029\u0085\u200B-\u200D\u2060\uFEFF\u00AD\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| [ \n]|\n[ \n]|^[ \n]|[ \n]$/;

/**
 * One plain space between words, "\n" between lines, no blank lines, nothing at either end.
 * Blank lines carry no meaning in a cell and would otherwise break "marker at a line start" tests.
 */
export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(SPACE_LIKE, " ")
    .replace(/ {2,}/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** normalizeText on one line: every kind of white space, line breaks included, becomes one space. */
export function collapseSpaces(text: string): string {
  const normal = normalizeText(text);
  return normal.includes("\n") ? normal.replace(/\n/g, " ") : normal;
}

/** The text of a cell as a person reads it; numbers as they are written in JavaScript. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  return typeof value === "string" ? value : String(value);
}

/** Lower case, one space, Cyrillic letters for look-alikes, no quotes: the key for "is this the same text". */
export function foldKey(text: string): string {
  let key = collapseSpaces(foldLookalikes(text)).toLowerCase().replace(/["'“”„«»`´]/g, "");
  // Each step is tried only where it can change something: `\s*` and `$` patterns try every position of the text,
  // and header search folds every cell of a sheet's first rows, paragraphs included.
  if (DASH.test(key)) key = key.replace(/\s*[-–—]\s*/g, "-");
  if (TRAILING_PUNCTUATION.has(key.charAt(key.length - 1))) key = key.replace(/[.;:,]+$/, "");
  return key.trim();
}

const DASH = /[-–—]/;
const TRAILING_PUNCTUATION = new Set([".", ";", ":", ","]);

/**
 * Characters a person cannot see in a cell, or cannot tell from a plain space: format characters (zero-width spaces
 * and joiners, direction marks, the soft hyphen, the byte-order mark), controls, and every space but the plain one.
 * Line breaks and tabs are not among them: they show, as a wrapped line or a gap.
 */
const UNSEEN = /(?![ \t\n\v\f\r\u0085])[\p{Cc}\p{Cf}\p{Zs}]/gu;

/** The distinct unseen characters in the text, in the order they first appear. */
export function unseenCharacters(text: string): string[] {
  return [...new Set(text.match(UNSEEN) ?? [])];
}

/** The text without its unseen characters (spaces among them read as plain spaces), trimmed: what a person sees. */
export function visibleText(text: string): string {
  return text.replace(UNSEEN, (char) => (/\p{Zs}/u.test(char) ? " " : "")).trim();
}

/**
 * The matches of a word pattern that stand as whole words, not the end of a longer word. The pattern (global, Unicode)
 * starts with its words and ends in (?!\p{L}); the letter before a match is checked here. A leading (^|[^\p{L}]) would
 * say the same, but it keeps the engine from looking for the words' own letters, and it tries every character of the
 * text instead (20 times slower on a paragraph of notes).
 */
export function* wholeWordMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  for (const match of text.matchAll(pattern)) if (!endsInLetter(text, match.index)) yield match as RegExpExecArray;
}

/** Whether the text before `end` ends in a letter (a letter outside the BMP is two UTF-16 units). */
function endsInLetter(text: string, end: number): boolean {
  if (end === 0) return false;
  const low = text.charCodeAt(end - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800;
  return LETTER.test(text.slice(pair ? end - 2 : end - 1, end));
}

const LETTER = /^\p{L}$/u;
