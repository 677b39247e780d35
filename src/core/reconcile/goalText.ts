/**
 * Goal texts as keys to match a plan's goals with a report's: folded (case, spaces, look-alike letters, quotes),
 * numbering and punctuation stripped, and split into the words that carry meaning.
 */
import { foldKey } from "../text";

/** "1.2. Подобряване на …", "Цел 3: …", "3) …": the numbering in front of a goal, which renumbering changes. */
const NUMBERING = /^\s*(?:(?:цел|goal|№)\s*)?\d{1,3}(?:\.\d{1,3})*[.):-]?\s+/i;

/** Short words that join the others and say little about which goal it is. */
const JOINING = new Set([
  "и", "на", "в", "във", "за", "с", "със", "от", "по", "до", "да", "се", "към", "при", "чрез", "или", "като", "че",
  "а", "но", "the", "of", "and", "to", "in", "for",
]);

/** The goal's text for comparing wordings: folded, numbering, punctuation and extra spaces gone. */
export function wordingKey(text: string): string {
  return foldKey(text)
    .replace(NUMBERING, "")
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

/** The words that say which goal it is. */
export function meaningWords(text: string): Set<string> {
  return new Set(
    wordingKey(text)
      .split(" ")
      .filter((word) => word.length > 1 && !JOINING.has(word)),
  );
}

/** How alike two sets of words are, 0 to 1 (Dice's coefficient: order and numbering do not matter). */
export function likeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}
