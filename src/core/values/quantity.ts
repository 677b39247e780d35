/**
 * Finding the number a value cell means. Cells mix numbers with prose ("97% удовлетвореност /проучване 2023/",
 * "Годишен доклад за 2023 г. - 1бр."), so a number counts only when something says it is a quantity: a unit after it
 * (or a currency before it), or its place at the very start of the item. Years, dates and document numbers in the
 * prose are skipped.
 */
import { parseMoneyNumber, parseNumber } from "./number";
import { normalizeText } from "../text";

export type Unit = "percent" | "count" | "money" | "number";
export type Currency = "BGN" | "EUR";

/** A percent value is in percent points: 97 % -> 97. */
export interface Quantity {
  unit: Unit;
  value: number;
  currency?: Currency;
}

/** A stretch of digits with "." or "," between them: "1", "146305,48", "30.10.2024". Spaces are handled apart. */
const DIGIT_RUN = /\d+(?:[.,]\d+)*/g;

/*
 * Every test around a number is written for one place in the text: sticky (`y`) patterns start where the number
 * ends, and the tests of what comes before it look at a short window that ends where the number starts. The text
 * before a number can be a paragraph, and a pattern anchored at its end (`…$`) would be tried from every one of its
 * characters, for every number in the cell.
 */

/** Thousands groups after a short first run: " 320" in "1 320", " 000,00" in "120 000,00". */
const SPACE_GROUPS = /(?: \d{3}(?![\d]))+(?:[.,]\d+)?(?![\d.,]\d)/y;

/**
 * Units after the number, on the same line or the next ("0\nброя" when a narrow column wraps). `(?!\p{L})` stops
 * "5 европейски" from reading as euros and "2 брошури" as a count. "хил." and "млн." ("1,5 хил. лв.") scale money.
 * One pattern, tried once, in this order: (1) percent, (2) count, or money with (3) its scale and (4) its currency.
 */
const UNIT_AFTER =
  /\s?(?:(%|процента|процент)|(бр\.?|броя|брой|бройки|бройка)|(?:(хил\.?|хиляди|млн\.?|милиона?) ?)?(лв\.?|лева|лев|bgn|евро|€|euro|eur))(?!\p{L})/iuy;
/** A letter right after the number: "3D", "5G" are names, not quantities. */
const LETTER_AFTER = /\p{L}/uy;
const YEAR_WORD_AFTER = /\s?(?:г|год|година|годината)(?!\p{L})/iuy;
const YEAR_RANGE_AFTER = / ?[-\u2013\u2014] ?(?:19|20)\d{2}(?!\d)/y;
const CLOSING_AFTER = / ?[/)]/y;

/** A currency written before the number: "EUR 300", "€5 000", "BGN 120". Its longest match is 5 characters. */
const MONEY_BEFORE = /(?:^|[^\p{L}])(€|euro|eur|bgn) ?$/iu;
/** A year range ending at the number: "2021-2027" seen from 2027. Its longest match is 7 characters. */
const YEAR_RANGE_BEFORE = /(?:19|20)\d{2} ?[-\u2013\u2014] ?$/;

/**
 * Characters that glue a number into something else: "П10", "№368", "368/30", "т.5". A hyphen does not glue:
 * "изискванията на бизнеса-1 бр." (Хасково 2023) is one count.
 */
const GLUE = /[\p{L}\d№#/._]/u;

/** Nothing but a bullet or a dash before the number: it opens the item. */
const ITEM_START = /^[\s\-\u2212\u2013\u2014:•*]*$/;

/** A minus sign touching the first number of the item. */
const MINUS_BEFORE = /^\s*[-\u2212]$/;

/** Whether a sticky pattern matches `text` at `index`. */
function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

function execAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/**
 * The last `length` characters before `index`, with one more in front when there is one: enough for an end-anchored
 * pattern whose longest match is `length` long to see the character before its match, as it would in the whole text.
 */
function windowBefore(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - length - 1), index);
}

/** The character (a whole code point) right before `index`, or "" at the start. */
function charBefore(text: string, index: number): string {
  if (index === 0) return "";
  const low = text.charCodeAt(index - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2;
  return text.slice(pair ? index - 2 : index - 1, index);
}

interface NumberToken {
  value: number;
  start: number;
  end: number;
  digits: string;
}

/** The number that starts at `run` (extending it over space-separated thousands), or undefined if it is no number. */
function readToken(text: string, run: RegExpExecArray): NumberToken | undefined {
  let digits = run[0];
  const end = run.index + digits.length;
  const plain = isDigits(digits);
  // "1 320": only a plain first group of 1-3 digits, not starting with 0, can be followed by thousands.
  const grouped = plain && digits.length <= 3 && digits[0] !== "0" && text[end] === " ";
  const groups = grouped ? execAt(SPACE_GROUPS, text, end) : null;
  if (groups) digits += groups[0];
  // Most numbers in these cells are digits only ("0", "100", "15"): no separator to read.
  const value = plain && !groups ? Number(digits) : parseNumber(digits);
  if (value === undefined) return undefined;
  return { value, start: run.index, end: run.index + digits.length, digits };
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigitAt(text, i)) return false;
  return text.length > 0;
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0x30 && code <= 0x39;
}

/** "1/3", "368/30.10.2024": part of a fraction or a reference number. */
function fractionAfter(text: string, token: NumberToken): boolean {
  return text[token.end] === "/" && isDigitAt(text, token.end + 1);
}

/** A 4-digit 19xx/20xx that the prose around it marks as a year: "2024 г.", "2021-2027", "/проучване 2023/". */
function isYear(text: string, token: NumberToken): boolean {
  const { digits } = token;
  if (digits.length !== 4 || !isDigits(digits) || !(digits.startsWith("19") || digits.startsWith("20"))) return false;
  return (
    matchesAt(YEAR_WORD_AFTER, text, token.end) ||
    matchesAt(YEAR_RANGE_AFTER, text, token.end) ||
    YEAR_RANGE_BEFORE.test(windowBefore(text, token.start, 7)) ||
    matchesAt(CLOSING_AFTER, text, token.end) ||
    insideSlashes(text, token.start) ||
    /\( ?$/.test(windowBefore(text, token.start, 2))
  );
}

/** A "/" earlier on the same line with no other "/" after it: "/проучване 2023/". */
function insideSlashes(text: string, index: number): boolean {
  const slash = text.lastIndexOf("/", index - 1);
  if (slash < 0) return false;
  const lineBreak = text.indexOf("\n", slash);
  return lineBreak < 0 || lineBreak >= index;
}

/** Scale words in front of a currency: "1,5 хил. лв." is 1 500 лв. */
function scale(word: string | undefined): number {
  if (!word) return 1;
  return word.toLowerCase().startsWith("хил") ? 1_000 : 1_000_000;
}

function currencyOf(symbol: string): Currency {
  return /^(?:лв|лева|лев|bgn)/i.test(symbol) ? "BGN" : "EUR";
}

/** Keeps 0.97 * 100 and 1.5 * 1000 free of binary-fraction noise. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** What the text right around a number makes of it, or undefined when it is not a quantity there. */
function classify(text: string, token: NumberToken): Quantity | undefined {
  const unit = execAt(UNIT_AFTER, text, token.end);
  if (unit?.[1] !== undefined) return { unit: "percent", value: token.value };
  if (unit?.[2] !== undefined) return { unit: "count", value: token.value };
  if (unit) {
    const value = tidy((parseMoneyNumber(token.digits) ?? token.value) * scale(unit[3]));
    return { unit: "money", value, currency: currencyOf(unit[4] as string) };
  }
  const prefix = currencyBefore(text, token.start);
  if (prefix) {
    const value = parseMoneyNumber(token.digits) ?? token.value;
    return { unit: "money", value, currency: currencyOf(prefix) };
  }
  // A bare number only at the start of the item, and not glued to a word ("3D", "5G").
  if (ITEM_START.test(text.slice(0, token.start)) && !matchesAt(LETTER_AFTER, text, token.end)) {
    return { unit: "number", value: token.value };
  }
  return undefined;
}

/** The currency written right before a number ("EUR 300", "€5 000"); every one of them ends in €, o, r or n. */
function currencyBefore(text: string, start: number): string | undefined {
  const last = text[start - 1] === " " ? text[start - 2] : text[start - 1];
  if (last === undefined || !"€oOrRnN".includes(last)) return undefined;
  return MONEY_BEFORE.exec(windowBefore(text, start, 5))?.[1];
}

/** A minus sign touching the first number of the item makes it negative: "-5%". A spaced dash is a separator. */
function signed(quantity: Quantity, text: string, start: number): Quantity {
  const minus = text[start - 1] === "-" || text[start - 1] === "\u2212";
  if (!minus || !MINUS_BEFORE.test(text.slice(0, start))) return quantity;
  return { ...quantity, value: quantity.value === 0 ? 0 : -quantity.value };
}

/** The first quantity in a piece of text, or undefined. */
export function findQuantity(text: string): Quantity | undefined {
  return findQuantityNormalized(normalizeText(text));
}

/** findQuantity for text that normalizeText has tidied already (the items of a value cell are). */
export function findQuantityNormalized(plain: string): Quantity | undefined {
  DIGIT_RUN.lastIndex = 0;
  for (let run = DIGIT_RUN.exec(plain); run; run = DIGIT_RUN.exec(plain)) {
    const resume = DIGIT_RUN.lastIndex;
    const quantity = quantityAt(plain, run);
    if (quantity) return quantity;
    DIGIT_RUN.lastIndex = resume;
  }
  return undefined;
}

/** The quantity the digits of `run` state, or undefined when the text around them says they are something else. */
function quantityAt(plain: string, run: RegExpExecArray): Quantity | undefined {
  if (GLUE.test(charBefore(plain, run.index))) return undefined;
  const token = readToken(plain, run);
  if (!token || fractionAfter(plain, token) || isYear(plain, token)) return undefined;
  const quantity = classify(plain, token);
  return quantity && signed(quantity, plain, token.start);
}
