/**
 * A current or target value cell read as a careful reader would: empty, "not applicable", or one or more items,
 * each with the quantity it states (an item without one is qualitative text, such as "Одит през 2024 г.- положителна
 * оценка"). A number cell is read through its number format, so 1 in a percentage cell is 100 %.
 */
import type { CellValue } from "../grid";
import { splitItemsNormalized, type ValueItem } from "./items";
import { isNotApplicableNormalized } from "./notApplicable";
import { describeNumberFormat, excelDateText } from "./numberFormat";
import { tidy, type Quantity } from "./quantity";
import { normalizeText } from "../text";

export type IndicatorValue =
  | { kind: "empty" }
  | { kind: "notApplicable" }
  | { kind: "values"; items: ValueItem[]; numbered: boolean };

/** The quantity a number cell holds, with the text the user sees for it; a date is text only. */
function numberItem(value: number, numberFormat: string | undefined): ValueItem {
  const format = describeNumberFormat(numberFormat, value);
  switch (format.kind) {
    case "date":
      return { text: excelDateText(value) };
    case "percent": {
      const percent = tidy(value * 100);
      return { text: `${percent}%`, quantity: { unit: "percent", value: percent } };
    }
    case "percentLiteral":
      return { text: `${value}%`, quantity: { unit: "percent", value } };
    case "money": {
      const quantity: Quantity = { unit: "money", value };
      if (format.currency) quantity.currency = format.currency;
      return { text: String(value), quantity };
    }
    case "count":
      return { text: String(value), quantity: { unit: "count", value } };
    default:
      return { text: String(value), quantity: { unit: "number", value } };
  }
}

/** Text cells: "not applicable", a numbered list, or one item. A list of labels with nothing after them is empty. */
function textValue(text: string): IndicatorValue {
  const plain = normalizeText(text);
  if (plain === "") return { kind: "empty" };
  if (isNotApplicableNormalized(plain)) return { kind: "notApplicable" };
  const items = splitItemsNormalized(plain);
  if (items.every((i) => i.text === "")) return { kind: "empty" };
  return { kind: "values", items, numbered: items.some((i) => i.label !== undefined) };
}

export function parseIndicatorValue(value: CellValue, numberFormat?: string): IndicatorValue {
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") return { kind: "values", items: [numberItem(value, numberFormat)], numbered: false };
  if (typeof value === "boolean") return { kind: "values", items: [{ text: String(value) }], numbered: false };
  return textValue(value);
}
