/**
 * Reading a status cell: one of the three allowed values exactly, or something close enough that the intended value
 * is clear (case, spaces, Latin look-alike letters, "изпълнено", "не е изпълнена"), or something else.
 */
import { STATUSES, type StatusKey } from "./fields";
import { collapseSpaces, foldKey, unseenCharacters, visibleText } from "./text";

export type StatusReading =
  | { kind: "empty" }
  | { kind: "valid"; status: StatusKey }
  /**
   * Not an allowed value; `meant` is the allowed value clearly meant, if any; `unseen` the characters in it that a
   * person cannot see (a zero-width space pasted from a web page), which alone can make a right-looking status wrong.
   */
  | { kind: "invalid"; text: string; meant?: StatusKey; unseen: string[] };

/** Forms people write for each status, after folding (lower case, Cyrillic, one space, no final dot). */
const FORMS: Record<StatusKey, RegExp> = {
  fulfilled: /^(изпълнен[аоие]?|изпълнена изцяло|изцяло изпълнена|да)$/,
  notFulfilled: /^(неизпълнен[аоие]?|не ?е изпълнен[аоие]?|не изпълнен[аоие]?|не)$/,
  inProgress: /^(в процес на изпълнение|в процес|в процес на изпълнени[ея]|в изпълнение|изпълнява се|текущ[аоие]?)$/,
};

const KEYS = Object.keys(STATUSES) as StatusKey[];

export function readStatus(text: string): StatusReading {
  // What a person sees decides what was meant; the unseen characters are named in the issue.
  const trimmed = collapseSpaces(visibleText(text));
  if (trimmed === "") return { kind: "empty" };
  const exact = KEYS.find((key) => STATUSES[key] === text);
  if (exact) return { kind: "valid", status: exact };
  const folded = foldKey(trimmed);
  const meant = KEYS.find((key) => FORMS[key].test(folded)) ?? nearest(folded);
  return { kind: "invalid", text, meant, unseen: unseenCharacters(text) };
}

/** The allowed value within two typing mistakes of the text, when exactly one is. */
function nearest(folded: string): StatusKey | undefined {
  const close = KEYS.filter((key) => editDistance(folded, STATUSES[key].toLowerCase()) <= 2);
  return close.length === 1 ? close[0] : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}
