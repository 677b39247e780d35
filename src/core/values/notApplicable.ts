/**
 * The "not applicable" family. Users write it in many ways, and a dash alone means the same thing in these forms
 * (the 2024 Благоевград report has "-" in both amount and funding-source cells of a goal without financing).
 */
import { normalizeText } from "../text";

/** Latin letters that look like Cyrillic ones, as typed on a keyboard left in the wrong layout. */
const LOOK_ALIKES: Record<string, string> = {
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", k: "к", m: "м", h: "н", b: "в", t: "т",
};

/** The dashes that stand for "not applicable": "-", "‐", "–", "—", "―", "−". */
const DASH = String.raw`[-\u2010-\u2015\u2212]`;

/** Whole-text forms, after lower-casing, look-alike folding and dropping a final dot. */
const FORMS: RegExp[] = [
  // "не е приложимо", "неприложимо", "не приложимо", "не е приложима" (agreeing with a feminine noun)
  /^не ?(?:е ?)?приложим[оаи]?$/,
  /^не се прилага$/,
  /^н ?\/ ?[па]$/, // "н/п", "н / п", "н/а" (Cyrillic а, or a Latin a once folded)
  /^н\. ?п$/, // "н.п." with its final dot already gone
  new RegExp(`^${DASH}+$`), // "-", "–", "—", "--"
];

/** English forms, tested before look-alike folding (which would turn "n/a" into a Cyrillic "а"). */
const ENGLISH_FORMS: RegExp[] = [/^n ?\/ ?a$/, /^n\.a$/, /^not applicable$/];

/**
 * The worded forms are short ("не е приложимо ." and "not applicable ." are the longest, 16 characters once spaces are
 * tidied): a longer cell can only be the dash form, so a paragraph costs one test, not lower-casing and folding.
 */
const LONGEST_WORDED_FORM = 16;
/** Every form starts with н (or a Latin h or H that folds to it), n, or a dash: "0%" or "100" need no more tests. */
const MAY_START_A_FORM = new RegExp(`^(?:[нНhHnN]|${DASH})`);
/** The dash form as normalized text may hold it: dashes, then perhaps a space and a final dot. */
const DASHES = new RegExp(`^${DASH}+\\s?\\.?$`);

function fold(text: string): string {
  // One regular-expression pass, not an array of every character: values can be paragraphs long.
  return text.replace(/[aceopxykmhbt]/g, (ch) => LOOK_ALIKES[ch] ?? ch);
}

/**
 * "не е приложимо", "Не е приложимо.", "неприложимо", "н/п", "н.п.", "-", "—", "–", "n/a"
 * (case, spaces and a final dot ignored).
 */
export function isNotApplicable(text: string): boolean {
  return isNotApplicableNormalized(normalizeText(text));
}

/** isNotApplicable for text that normalizeText has tidied already. */
export function isNotApplicableNormalized(normal: string): boolean {
  if (!MAY_START_A_FORM.test(normal)) return false;
  if (normal.length > LONGEST_WORDED_FORM && !DASHES.test(normal)) return false;
  const plain = normal.toLowerCase().replace(/\n/g, " ").replace(/\.$/, "").trim();
  if (plain === "") return false;
  if (ENGLISH_FORMS.some((form) => form.test(plain))) return true;
  const folded = fold(plain);
  return FORMS.some((form) => form.test(folded));
}
