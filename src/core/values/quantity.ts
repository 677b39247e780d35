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

/** Thousands groups after a short first run: " 320" in "1 320", " 000,00" in "120 000,00". */
const SPACE_GROUPS = /^(?: \d{3}(?![\d]))+(?:[.,]\d+)?(?![\d.,]\d)/;

/**
 * Units after the number, on the same line or the next ("0\nброя" when a narrow column wraps). `(?!\p{L})` stops
 * "5 европейски" from reading as euros and "2 брошури" as a count. "хил." and "млн." ("1,5 хил. лв.") scale money.
 */
const PERCENT_AFTER = /^\s?(?:%|процента|процент)(?!\p{L})/iu;
const COUNT_AFTER = /^\s?(?:бр\.?|броя|брой|бройки|бройка)(?!\p{L})/iu;
const MONEY_AFTER =
  /^\s?(?:(хил\.?|хиляди|млн\.?|милиона?) ?)?(лв\.?|лева|лев|bgn|евро|€|euro|eur)(?!\p{L})/iu;
/** A currency written before the number: "EUR 300", "€5 000", "BGN 120". */
const MONEY_BEFORE = /(?:^|[^\p{L}])(€|euro|eur|bgn) ?$/iu;

/**
 * Characters that glue a number into something else: "П10", "№368", "368/30", "т.5". A hyphen does not glue:
 * "изискванията на бизнеса-1 бр." (Хасково 2023) is one count.
 */
const GLUED_BEFORE = /[\p{L}\d№#/._]$/u;

/** Nothing but a bullet or a dash before the number: it opens the item. */
const ITEM_START = /^[\s\-\u2212\u2013\u2014:•*]*$/;

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
  // "1 320": only a plain first group of 1-3 digits, not starting with 0, can be followed by thousands.
  const groups = /^[1-9]\d{0,2}$/.test(digits) ? SPACE_GROUPS.exec(text.slice(end)) : null;
  if (groups) digits += groups[0];
  const value = parseNumber(digits);
  if (value === undefined) return undefined;
  return { value, start: run.index, end: run.index + digits.length, digits };
}

/** A 4-digit 19xx/20xx that the prose around it marks as a year: "2024 г.", "2021-2027", "/проучване 2023/". */
function isYear(token: NumberToken, before: string, after: string): boolean {
  if (!/^(?:19|20)\d{2}$/.test(token.digits)) return false;
  return (
    /^\s?(?:г|год|година|годината)(?!\p{L})/iu.test(after) ||
    /^ ?[-\u2013\u2014] ?(?:19|20)\d{2}(?!\d)/.test(after) ||
    /(?:19|20)\d{2} ?[-\u2013\u2014] ?$/.test(before) ||
    /^ ?[/)]/.test(after) ||
    /\/[^/\n]*$/.test(before) ||
    /\( ?$/.test(before)
  );
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
function classify(token: NumberToken, before: string, after: string): Quantity | undefined {
  if (PERCENT_AFTER.test(after)) return { unit: "percent", value: token.value };
  if (COUNT_AFTER.test(after)) return { unit: "count", value: token.value };
  const money = MONEY_AFTER.exec(after);
  if (money) {
    const value = tidy((parseMoneyNumber(token.digits) ?? token.value) * scale(money[1]));
    return { unit: "money", value, currency: currencyOf(money[2] as string) };
  }
  const prefix = MONEY_BEFORE.exec(before);
  if (prefix) {
    const value = parseMoneyNumber(token.digits) ?? token.value;
    return { unit: "money", value, currency: currencyOf(prefix[1] as string) };
  }
  // A bare number only at the start of the item, and not glued to a word ("3D", "5G").
  if (ITEM_START.test(before) && !/^\p{L}/u.test(after)) return { unit: "number", value: token.value };
  return undefined;
}

/** A minus sign touching the first number of the item makes it negative: "-5%". A spaced dash is a separator. */
function signed(quantity: Quantity, before: string): Quantity {
  return /^\s*[-\u2212]$/.test(before) ? { ...quantity, value: quantity.value === 0 ? 0 : -quantity.value } : quantity;
}

/** The first quantity in a piece of text, or undefined. */
export function findQuantity(text: string): Quantity | undefined {
  const plain = normalizeText(text);
  for (const run of plain.matchAll(DIGIT_RUN)) {
    const before = plain.slice(0, run.index);
    if (GLUED_BEFORE.test(before)) continue;
    const token = readToken(plain, run);
    if (!token) continue;
    const after = plain.slice(token.end);
    // "1/3", "368/30.10.2024": part of a fraction or a reference number.
    if (/^\/\d/.test(after)) continue;
    if (isYear(token, before, after)) continue;
    const quantity = classify(token, before, after);
    if (quantity) return signed(quantity, before);
  }
  return undefined;
}
