/**
 * Whitespace as it arrives from real sheets: non-breaking and narrow spaces typed by Word or Excel's own number
 * formatting, tabs from pasted tables, doubled spaces, CRLF from Windows. Every parser in values/ reads text through
 * normalizeText so that each of them can think in plain spaces and "\n" only.
 */

/** Space-like characters that should read as one plain space (NBSP, narrow NBSP, figure, thin, en/em spaces, tab). */
const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Invisible characters that only get in the way of matching (zero-width space/joiners, BOM, soft hyphen). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * One plain space between words, "\n" between lines, no blank lines, nothing at either end.
 * Blank lines carry no meaning in a cell and would otherwise break "marker at a line start" tests.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(SPACE_LIKE, " ")
    .replace(/ {2,}/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}
