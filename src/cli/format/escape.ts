/**
 * Output safe for its medium. Text from cells and file names can hold anything: a terminal's control sequences
 * (ESC [2J clears the screen, ESC ]0; retitles the window, ESC ]8; makes a link, a lone CR writes over the line) and
 * the bidirectional overrides that show text in another order than it is stored (U+202E). Everything p2check prints
 * passes through here: on a terminal these characters are shown as visible escapes (\x1B, \r, \u202E), never sent.
 */

/** C0 and C1 controls and DEL (\p{Cc}), the bidirectional marks, embeddings, overrides and isolates, and the line separators. */
const CONTROLS = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

const SHORT_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The text with every control character shown as an escape; `keep` lists characters to leave as they are. */
export function showControls(text: string, keep = ""): string {
  return text.replace(CONTROLS, (char) => (keep.includes(char) ? char : escapeOf(char)));
}

function escapeOf(char: string): string {
  const code = char.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return SHORT_ESCAPES[char] ?? (code < 0x100 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`);
}

/** A copy of a plain data value (a check's result) with showControls applied to every string in it. */
export function showControlsIn<T>(value: T): T {
  if (typeof value === "string") return showControls(value) as T;
  if (Array.isArray(value)) return value.map((item) => showControlsIn(item)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, showControlsIn(item)])) as T;
  }
  return value;
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1 controls, bidirectional controls, line
 * separators) written as \u escapes: the same data for a program, nothing a terminal acts on. C0 controls are
 * escaped by JSON.stringify itself, and the newlines of the indentation stay.
 */
export function jsonText(json: string): string {
  return json.replace(CONTROLS, (char) =>
    char.charCodeAt(0) < 0x20 ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Every way a line can end inside a cell: CRLF, a lone CR or LF, NEL and the Unicode line and paragraph separators. */
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * What Markdown renderers turn into links by themselves (GFM's autolinks and markdown-it's linkify): scheme://…,
 * www.… and e-mail addresses. Kept to printable ASCII that can stand in a code span inside a table (no backtick,
 * pipe, angle bracket or space): a closing „quote“ after a URL stays outside.
 */
const LINK_LIKE = /[a-z][a-z0-9+.-]*:\/\/[!-;=?-_a-{}~]*|\bwww\.[!-;=?-_a-{}~]*|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

/** Characters with a meaning in Markdown or its HTML: emphasis, links, tables, headings, code, HTML and entities. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|<>#~&]/g;

/**
 * Cell text as Markdown that shows exactly that text: one line (a line break would end a table row), controls as
 * escapes, Markdown's punctuation escaped so nothing becomes markup or HTML, and link-like text in a code span, the
 * one place no renderer makes a link (escapes do not stop GitHub's e-mail autolinks).
 */
export function markdownText(value: string): string {
  const text = showControls(value.replace(LINE_BREAKS, " "));
  let out = "";
  let last = 0;
  for (const match of text.matchAll(LINK_LIKE)) {
    const at = match.index ?? 0;
    out += escapePunctuation(text.slice(last, at)) + "`" + match[0] + "`";
    last = at + match[0].length;
  }
  return out + escapePunctuation(text.slice(last));
}

function escapePunctuation(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, "\\$&");
}
