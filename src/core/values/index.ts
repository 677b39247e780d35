/** Reading the values in a report's cells: numbers, quantities, numbered items, amounts and "not applicable". */
export { parseNumber, parseMoneyNumber } from "./number";
export { isNotApplicable } from "./notApplicable";
export { describeNumberFormat, excelDateText, type FormatKind, type NumberFormatInfo } from "./numberFormat";
export { findQuantity, type Currency, type Quantity, type Unit } from "./quantity";
export { splitItems, type ValueItem } from "./items";
export { parseIndicatorValue, type IndicatorValue } from "./indicatorValue";
export { BGN_PER_EUR, convert, currencyOfHeader, parseAmount, valueIn, type Amount } from "./money";
