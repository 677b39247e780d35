/**
 * What each header of the form says, in all the wordings seen in real reports (2023 and 2024 templates, text
 * broken over lines, doubled spaces, "показател"/"индикатор", a column number stuck to the text).
 */
import type { FieldKey } from "../fields";
import { foldKey } from "../text";

/** Header text reduced to what identifies it: lower case, one space, no column numbers stuck to either end. */
export function headerKey(text: string): string {
  const key = foldKey(text).replace(/^\d{1,2}\s*[.)]?\s*(?=\p{L})/u, "");
  // The end pattern would be tried from every character of a long cell; only a key ending in a digit can match it.
  // The letter or ")" before the number is matched and put back (a look-behind is beyond the add-in's syntax floor).
  return (DIGIT_AT_END.test(key.slice(-2)) ? key.replace(/(\p{L}|\))\s*\d{1,2}\.?$/u, "$1") : key).trim();
}

/** The last character, or the one before a final dot, is a digit. */
const DIGIT_AT_END = /\d\.?$/;

/** Field matchers, most specific first: "Текуща стойност" must win before a generic "показател" does. */
const FIELD_MATCHERS: [FieldKey, RegExp][] = [
  ["progressInfo", /^кратка информация|хода? на изпълнение(то)? на ежегодната цел|информация за (хода|изпълнението)/],
  ["status", /^статус/],
  ["activities", /^планирани дейности|^дейности за постигане/],
  ["responsible", /^отговорн(о|а|и|ик)/],
  ["fundingSource", /^източни(к|ци) на финансиране/],
  ["amount", /^индикативен размер|^размер,? (в )?(лв|евро|€|eur|bgn)|^сума(?!\p{L})/u],
  ["currentValue", /^текуща стойност|^базова стойност|^стойност в началото/],
  ["targetValue", /^целева стойност|^стойност в края/],
  ["strategicIndicator", /^(показател|индикатор|инициатор)[\p{L}/ ]* от стратегическ/u],
  ["indicator", /^(наименование на )?(показател|индикатор)\p{L}* (за изпълнение|на ежегодната цел)/u],
  ["strategicGoal", /^стратегическ(а|и) цел/],
  ["strategicDocuments", /^стратегическ(и|о) документ/],
  ["goal", /^ежегодн(а|и) цел|^цел(и)?$/],
  ["no", /^(ред\s*№|№\s*по ред|пореден №|№ на ред|№)$|^ред №/],
];

export function matchField(text: string): FieldKey | undefined {
  return headerMeaning(text).field;
}

function fieldOfKey(key: string): FieldKey | undefined {
  if (key === "") return undefined;
  return FIELD_MATCHERS.find(([, pattern]) => pattern.test(key))?.[0];
}

/** Group headers merged across their sub-columns, with the fields under them in the template's order. */
export const GROUPS: { pattern: RegExp; fields: FieldKey[] }[] = [
  {
    pattern: /^връзка на ежегодната цел със стратегическ/,
    fields: ["strategicDocuments", "strategicGoal", "strategicIndicator"],
  },
  { pattern: /^стойност(и)? на (индикатора|показателя)/, fields: ["currentValue", "targetValue"] },
  { pattern: /^(необходимо )?финансиране$/, fields: ["amount", "fundingSource"] },
];

export type Group = (typeof GROUPS)[number];

/** What a cell's text names as a header: a field, a group of fields, or neither. One key serves both tests. */
export function headerMeaning(text: string): { field?: FieldKey; group?: Group } {
  const key = headerKey(text);
  const field = fieldOfKey(key);
  const group = GROUPS.find((g) => g.pattern.test(key));
  return { ...(field && { field }), ...(group && { group }) };
}

/** The year a header or title names: "(за 2024 г.)", "в началото на 2024 г.", "за 2023 година". */
export function yearIn(text: string): number | undefined {
  const match = /(?:^|\D)((?:19|20)\d\d)\s*(?:г(?!\p{L})|год)/u.exec(text);
  return match ? Number(match[1]) : undefined;
}
