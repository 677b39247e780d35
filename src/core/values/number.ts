/**
 * Number text in the ways Bulgarian and English users type it. Bulgarian uses a space (often a non-breaking one,
 * inserted by Excel) between thousands and a comma for decimals; English uses commas and a point. A single separator
 * followed by digits ("0,5", "146305,48", "1.5") is read as the decimal mark: that is what both languages mean by it
 * most of the time, and the only safe reading of "1,320" in a Bulgarian form.
 */
import { normalizeText } from "../text";

/** Each shape is tried as a whole string; `group` is the thousands separator to drop, `decimal` the mark to read. */
interface Shape {
  pattern: RegExp;
  group?: string;
  decimal?: string;
}

const SHAPES: Shape[] = [
  // "120000", "0,5", "146305,48", "12.5"
  { pattern: /^\d+(?:[.,]\d+)?$/ },
  // "1 320", "120 000,00", "1 320.50": a space only ever groups thousands
  { pattern: /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/, group: " " },
  // "1,320.50", "1,000,000": commas group only when a point follows or there are several groups
  { pattern: /^\d{1,3}(?:,\d{3})+\.\d+$/, group: ",", decimal: "." },
  { pattern: /^\d{1,3}(?:,\d{3}){2,}$/, group: "," },
  // "1.320,50", "1.000.000": the continental mirror image
  { pattern: /^\d{1,3}(?:\.\d{3})+,\d+$/, group: ".", decimal: "," },
  { pattern: /^\d{1,3}(?:\.\d{3}){2,}$/, group: "." },
];

/** Digits, grouping and decimal mark without a sign, as found by one of SHAPES; undefined if none fits. */
function parseUnsigned(body: string): number | undefined {
  const shape = SHAPES.find((s) => s.pattern.test(body));
  if (!shape) return undefined;
  let plain = shape.group ? body.split(shape.group).join("") : body;
  // With no declared decimal mark the lone separator (if any) is the decimal mark, whichever it is.
  plain = shape.decimal ? plain.replace(shape.decimal, ".") : plain.replace(",", ".");
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Bulgarian and English number text: "1 320", "1 320" (NBSP / narrow NBSP), "146305,48", "1,320.50", "1.320,50",
 * "120000", "-5", "0,5". undefined when the text is not just a number.
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = normalizeText(text);
  // The sign must touch the digits: "- 5" is a dash before a number (a list item, a "not applicable"), not minus five.
  const match = /^([-\u2212+]?)(\d.*)$/s.exec(trimmed);
  if (!match) return undefined;
  const value = parseUnsigned(match[2] as string);
  if (value === undefined) return undefined;
  // "-0" is zero: a negative zero would only surprise whoever compares it.
  return match[1] === "" || match[1] === "+" || value === 0 ? value : -value;
}

/**
 * parseNumber for amounts of money. Money has two decimals at most, so one separator followed by exactly three
 * digits ("1.320 лв.", "5,000") can only group thousands there, whatever it would mean elsewhere.
 */
export function parseMoneyNumber(text: string): number | undefined {
  const plain = normalizeText(text);
  const grouped = /^([-\u2212+]?\d{1,3})[.,](\d{3})$/.exec(plain);
  return grouped ? parseNumber(`${grouped[1]}${grouped[2]}`) : parseNumber(plain);
}
