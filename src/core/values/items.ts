/**
 * Several indicators in one cell, numbered the way people number them: "1) 0 %  2) 0%  3) 0%", "1- 0 бр.\n2.  0%",
 * "2.100%". A digit followed by ")" "." or "-" is only a candidate: dates ("30.10.2024"), decimals ("1,5", "1.5") and
 * section numbers ("Приоритет 10.1") look the same. Candidates become markers only as an increasing sequence that
 * starts the cell, and the weaker kinds only with support from the others. When in doubt there are fewer items.
 */
import { findQuantityNormalized, type Quantity } from "./quantity";
import { normalizeText } from "../text";

export interface ValueItem {
  label?: number;
  text: string;
  quantity?: Quantity;
}

interface Marker {
  label: number;
  /** Where the marker starts and where its item's text starts. */
  start: number;
  end: number;
  /** `)`, or `.`/`-` followed by a space, a letter or a dash: clearly a list marker. `.` + digit ("2.100%") is weak. */
  strong: boolean;
  /** At the start of the cell or of a line (not after a space in the middle of one). */
  lineStart: boolean;
}

/** A one- or two-digit label, then the marker's sign. */
const LABEL = String.raw`(?<label>[1-9]\d?)(?<sign>[).]|-(?=\s|$))`;

/**
 * A label after the cell start or whitespace. The whitespace is matched, not looked behind at: look-behind is newer
 * than the add-in's syntax floor (Safari before 16.4 rejects the whole script).
 */
const CANDIDATE = new RegExp(String.raw`(?<lead>^|\s)${LABEL}`, "g");

/** A label at the very start: a numbered list begins with one ("100%" and "15 бр." do not). */
const FIRST_LABEL = new RegExp(`^${LABEL}`);

/** Labels may skip (rows without a value are left out: "2. 4. 6."), but not by more than this. */
const MAX_GAP = 5;

/** All-weak sequences ("1.15 …\n2.100%\n4.100%") need this many markers to be believed over decimals. */
const MIN_WEAK_SEQUENCE = 3;

/** The candidate at `match`, or undefined when what follows shows it is a date, a decimal or nothing at all. */
function toMarker(text: string, match: RegExpExecArray): Marker | undefined {
  const { lead = "", label = "", sign = "" } = match.groups ?? {};
  const start = match.index + lead.length;
  const end = match.index + match[0].length;
  const after = text.slice(end);
  let strong = true;
  if (sign === ".") {
    if (/^\d+\.\d/.test(after)) return undefined; // "30.10.2024", "1.2.3": a date or a section number
    if (/^\d/.test(after)) strong = false; // "1.15 обучени", "2.100%", but also "1.5"
    else if (!/^(?:\s|$|[\p{L}\-\u2013\u2014"„«(])/u.test(after)) return undefined;
  }
  return { label: Number(label), start, end, strong, lineStart: start === 0 || text[start - 1] === "\n" };
}

/** Whether `next` continues the list after `last`. In mid-line only the very next label will do ("1) … 2) …"). */
function continues(last: Marker, next: Marker): boolean {
  if (!next.lineStart) return next.strong && next.label === last.label + 1;
  return next.label > last.label && next.label - last.label <= MAX_GAP;
}

/** The markers of a numbered cell, or [] when the cell is not a numbered list. */
function findMarkers(text: string): Marker[] {
  // A list starts the cell with its first label: most cells do not, and need no search at all.
  if (!FIRST_LABEL.test(text)) return [];
  const candidates = [...text.matchAll(CANDIDATE)].map((m) => toMarker(text, m));
  const first = candidates[0];
  if (!first || first.start !== 0) return [];
  const markers = [first];
  for (const next of candidates.slice(1)) {
    const last = markers[markers.length - 1] as Marker;
    if (next && next.start >= last.end && continues(last, next)) markers.push(next);
  }
  return believable(text, markers) ? markers : [];
}

/** A lone "1.5" is a number and a lone "8." is eight, not item 8 with nothing in it. */
function believable(text: string, markers: Marker[]): boolean {
  if (!markers.some((m) => m.strong) && markers.length < MIN_WEAK_SEQUENCE) return false;
  const only = markers[0] as Marker;
  return markers.length > 1 || itemText(text.slice(only.end)) !== "";
}

/** An item's own text: a dash or colon between marker and value ("6.- 0%", "7. - 0%") is punctuation. */
function itemText(raw: string): string {
  return raw.trim().replace(/^[-\u2013\u2014:](?:\s+|$)/, "").trim();
}

/** An item of normalized text (a trimmed piece of a normalized cell is one). */
function item(text: string, label?: number): ValueItem {
  const result: ValueItem = label === undefined ? { text } : { label, text };
  const quantity = findQuantityNormalized(text);
  if (quantity) result.quantity = quantity;
  return result;
}

/**
 * Splits a cell into its numbered items `1)`, `2.`, `1-`, `3)` ...; text without numbering is one item without
 * label. Each item carries the first quantity in its text.
 */
export function splitItems(text: string): ValueItem[] {
  return splitItemsNormalized(normalizeText(text));
}

/** splitItems for text that normalizeText has tidied already. */
export function splitItemsNormalized(plain: string): ValueItem[] {
  if (plain === "") return [];
  const markers = findMarkers(plain);
  if (markers.length === 0) return [item(plain)];
  return markers.map((marker, i) => {
    const stop = markers[i + 1]?.start ?? plain.length;
    return item(itemText(plain.slice(marker.end, stop)), marker.label);
  });
}
