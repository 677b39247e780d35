/**
 * What an Excel number format says about the number in its cell. A percentage format means the stored number is a
 * fraction (1 is shown as 100 %); a currency format names the amount's currency; a date format means the number is a
 * day count, not a quantity. Only the code outside quotes, escapes and brackets changes the number: a "%" written as
 * a literal (`0"%"`, `0\%`) is just a sign printed after it.
 */
import type { Currency } from "./quantity";

export type FormatKind = "general" | "number" | "percent" | "percentLiteral" | "money" | "count" | "date";

export interface NumberFormatInfo {
  kind: FormatKind;
  /** For kind "money": the currency the format prints. */
  currency?: Currency;
}

/** A format split into the code Excel interprets and the literal text it only prints. */
interface FormatParts {
  code: string;
  literal: string;
}

/** Sections are separated by ";" outside quotes: positive; negative; zero; text. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
    } else if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

/** The section Excel uses for this value (negative and zero sections are optional). */
function sectionFor(format: string, value: number): string {
  const sections = splitSections(format);
  const chosen = value < 0 ? sections[1] : value === 0 ? sections[2] : sections[0];
  return chosen !== undefined && chosen !== "" ? chosen : (sections[0] as string);
}

/**
 * Separates code from literal text. `"…"` and `\x` are literal; `_x` (a space as wide as x) and `*x` (fill) print
 * nothing useful; `[$€-402]` prints its symbol; other brackets are colours and conditions.
 */
function splitParts(section: string): FormatParts {
  let code = "";
  let literal = "";
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal += section.slice(i + 1, stop);
      i = stop;
    } else if (ch === "\\") {
      literal += section[i + 1] ?? "";
      i++;
    } else if (ch === "_" || ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const stop = end < 0 ? section.length : end;
      const inside = section.slice(i + 1, stop);
      if (inside.startsWith("$")) literal += inside.slice(1).split("-")[0];
      i = stop;
    } else {
      code += ch;
    }
  }
  return { code, literal };
}

function currencyIn(text: string): Currency | undefined {
  const lower = text.toLowerCase();
  if (lower.includes("€") || lower.includes("eur") || lower.includes("евро")) return "EUR";
  if (lower.includes("лв") || lower.includes("bgn")) return "BGN";
  return undefined;
}

/** Date and time codes; "General" and the exponent "E" are taken out first so their letters do not count. */
function isDateCode(code: string): boolean {
  const lower = code.toLowerCase().replace(/general/g, "").replace(/e[+-]/g, "");
  return /[dmyhs]/.test(lower);
}

/** Reads a number format for the value it displays; undefined, "" and "General" are "general". */
export function describeNumberFormat(format: string | null | undefined, value = 1): NumberFormatInfo {
  if (!format || format.trim().toLowerCase() === "general") return { kind: "general" };
  const { code, literal } = splitParts(sectionFor(format, value));
  if (isDateCode(code)) return { kind: "date" };
  if (code.includes("%")) return { kind: "percent" };
  if (literal.includes("%")) return { kind: "percentLiteral" };
  const currency = currencyIn(literal + code);
  if (currency) return { kind: "money", currency };
  if (/бр/i.test(literal)) return { kind: "count" };
  return /[0#?]/.test(code) ? { kind: "number" } : { kind: "general" };
}

/**
 * Excel's day count (1900 date system) as dd.mm.yyyy, the way a Bulgarian user reads a date.
 * 25569 is 1970-01-01; serials before 1 March 1900 are off by Excel's leap-year bug, which no report needs.
 */
export function excelDateText(serial: number): string {
  const date = new Date(Math.round((serial - 25569) * 86_400_000));
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}
