/**
 * The "Индикативен размер" column. An amount is a number in the table's currency, a number with its own currency,
 * "not applicable", or text the checker cannot read ("по проект"). Bulgaria adopted the euro on 1 January 2026, so
 * tables for 2025 and before are in лв. and later ones in евро; amounts in the other currency are converted at the
 * fixed rate.
 */
import type { CellValue } from "../grid";
import { isNotApplicable } from "./notApplicable";
import { parseMoneyNumber } from "./number";
import { describeNumberFormat, excelDateText } from "./numberFormat";
import { findQuantity, tidy, type Currency } from "./quantity";
import { normalizeText } from "../text";

export type Amount =
  | { kind: "empty" }
  | { kind: "notApplicable" }
  /** currency undefined = a bare number: the table's currency. */
  | { kind: "money"; value: number; currency?: Currency }
  | { kind: "unparsed"; text: string };

/** The fixed conversion rate set when Bulgaria joined the euro area. */
export const BGN_PER_EUR = 1.95583;

function money(value: number, currency: Currency | undefined): Amount {
  return currency ? { kind: "money", value, currency } : { kind: "money", value };
}

/** A number cell: its format may name the currency; a date in the amount column is not an amount. */
function numberAmount(value: number, numberFormat: string | undefined): Amount {
  const format = describeNumberFormat(numberFormat, value);
  if (format.kind === "date") return { kind: "unparsed", text: excelDateText(value) };
  return money(value, format.currency);
}

/** A text cell: a bare number, or the first amount with a currency ("около 2000 лв." is 2000 лв.). */
function textAmount(text: string): Amount {
  const plain = normalizeText(text);
  if (plain === "") return { kind: "empty" };
  if (isNotApplicable(plain)) return { kind: "notApplicable" };
  const bare = parseMoneyNumber(plain);
  if (bare !== undefined) return money(bare, undefined);
  const quantity = findQuantity(plain);
  if (quantity?.unit === "money") return money(quantity.value, quantity.currency);
  return { kind: "unparsed", text: plain };
}

export function parseAmount(value: CellValue, numberFormat?: string): Amount {
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") return numberAmount(value, numberFormat);
  if (typeof value === "boolean") return { kind: "unparsed", text: String(value) };
  return textAmount(value);
}

/**
 * The table's currency from the amount header: "Индикативен размер, лв." -> BGN; "евро", "€", "EUR" -> EUR;
 * undefined if neither, and also if both are named (a transition-period header such as "лв./евро"), since then the
 * header does not decide it.
 */
export function currencyOfHeader(header: string): Currency | undefined {
  const plain = normalizeText(header).toLowerCase();
  // Whole words only: "Европейски фондове" names no currency.
  const euro = /€|(?:^|[^\p{L}])(?:евро|eur|euro|euros)(?!\p{L})/u.test(plain);
  const lev = /(?:^|[^\p{L}])(?:лв|лева|лев|bgn|leva|lev)(?![\p{L}])/u.test(plain);
  if (euro === lev) return undefined;
  return euro ? "EUR" : "BGN";
}

/** A money amount in the table's currency: a bare number is already in it, one with its own currency is converted. */
export function valueIn(amount: { value: number; currency?: Currency }, tableCurrency: Currency): number {
  return amount.currency ? convert(amount.value, amount.currency, tableCurrency) : amount.value;
}

/** An amount in another currency at the fixed rate; not rounded to cents (totals round once, at the end). */
export function convert(value: number, from: Currency, to: Currency): number {
  if (from === to) return value;
  return tidy(from === "EUR" ? value * BGN_PER_EUR : value / BGN_PER_EUR);
}
