/**
 * Responsible units and strategic documents as written in cells, split into the units and documents they name and
 * folded so that one unit spelled several ways counts once: "Дирекции АПОФУС и АКРРДС" names two units, and
 * "дирекция „АПОФУС“", "Дирекция АПОФУС" and "АПОФУС" are one.
 */
import { collapseSpaces, foldKey, foldLookalikes } from "./text";

export interface Named {
  /** The folded key two spellings of the same thing share. */
  key: string;
  /** How the thing is shown: its first spelling, tidied. */
  name: string;
}

/** Words that start a unit's name, with their singular form. */
const UNIT_WORDS: [RegExp, string][] = [
  [/^дирекци[яи]$/i, "Дирекция"],
  [/^отдел[и]?$/i, "Отдел"],
  [/^сектор[и]?$/i, "Сектор"],
  [/^звен[оа]$/i, "Звено"],
];

const UNIT_WORD = "(?:[дД]ирекци[яи]|[оО]тдел[и]?|[сС]ектор[и]?|[зЗ]вен[оа])";

/** Where a second unit starts: before a unit word, or an abbreviation after ", " or " и ". */
const SECOND_UNIT = new RegExp(
  `\\s*(?:,|\\sи)\\s+(?=${UNIT_WORD}\\s|\\p{Lu}{2,}(?:\\s|$|,))|\\s+(?=${UNIT_WORD}\\s)`,
  "u",
);

export function splitUnits(cell: string): Named[] {
  const cleaned = collapseSpaces(foldLookalikes(cell.replace(/["“”„«»]/g, " ").replace(/\n/g, ";")));
  const parts = cleaned
    .split(/\s*[;/]\s*/)
    .flatMap((part) => part.split(SECOND_UNIT))
    .map((part) => part.trim().replace(/[.:]+$/, ""))
    .filter((part) => part !== "");
  const units: Named[] = [];
  let unitWord: string | undefined;
  for (const part of parts) {
    const [first = "", ...rest] = part.split(" ");
    const word = UNIT_WORDS.find(([pattern]) => pattern.test(first))?.[1];
    if (word) unitWord = word;
    // "АКРРДС" after "Дирекции АПОФУС и" borrows the unit word of the part before it.
    const name = word ? [word, ...rest].join(" ") : unitWord && isAbbreviation(part) ? `${unitWord} ${part}` : part;
    units.push({ key: unitKey(name), name });
  }
  return dedupe(units);
}

/** An abbreviation such as АПОФУС: one word, capital letters. */
function isAbbreviation(text: string): boolean {
  return /^[\p{Lu}]{2,}$/u.test(text);
}

/** A unit named by an abbreviation is keyed by it alone, so "Дирекция АПОФУС" and "АПОФУС" meet. */
export function unitKey(name: string): string {
  const words = name.split(" ");
  const last = words[words.length - 1] ?? "";
  if (isAbbreviation(last) && words.length <= 2) return last.toLowerCase();
  return foldKey(name);
}

/** Strategic documents named in a cell: one per line or per ";", and ", " before a capital letter. */
export function splitDocuments(cell: string): Named[] {
  const folded = foldLookalikes(cell);
  // Most cells name one document: without a separator there is nothing to split.
  const separated = folded.includes(";") || folded.includes("\n") || folded.includes(",");
  const parts = (separated ? folded.split(/\s*[;\n]\s*|,\s+(?=\p{Lu})/u) : [folded])
    .map((part) => withoutTrailingMarks(collapseSpaces(part).replace(/^\d+\s*[.)]\s*/, "")))
    .filter((part) => part.length > 1);
  return dedupe(parts.map((name) => ({ key: foldKey(name), name })));
}

/** "…;" and "…," lose their marks, and final dots too, except the one of "г." ("2021-2027 г."). */
function withoutTrailingMarks(part: string): string {
  // The pattern ends in `$` and would be tried from every character of the name: only a final mark can match.
  return /[;,.]$/.test(part.slice(-1)) ? part.replace(/[;,]+$|(\sг)?\.+$/u, (_, year?: string) => (year ? `${year}.` : "")) : part;
}

function dedupe(items: Named[]): Named[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.key) && !!seen.add(item.key));
}
