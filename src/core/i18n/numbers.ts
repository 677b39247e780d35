/** Numbers as the reader writes them, the same in the pane, the command line and the summary. */
import { oncePerKey } from "../memo";
import type { Lang } from "./format";

const formatter = oncePerKey(
  (key: `${Lang}:${number}`) =>
    new Intl.NumberFormat(key.startsWith("bg") ? "bg-BG" : "en-GB", { maximumFractionDigits: Number(key.split(":")[1]) }),
);

/** 146305.48 → "146 305,48" in Bulgarian, "146,305.48" in English. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return formatter(`${lang}:${maximumFractionDigits}`).format(value);
}

/** A completion percentage with one decimal: 62.5 → "62,5" in Bulgarian. */
export function formatPercent(value: number, lang: Lang): string {
  return formatNumber(value, lang, 1);
}
