/**
 * progress.contradictsStatus: the progress note says the opposite of the status. Read conservatively: a note that
 * both reports progress and admits a shortfall ("реализирани са 2 от 5 дейности") says nothing clear, and a negated
 * phrase ("не е постигната") is read with its negation.
 */
import { STATUSES } from "../fields";
import { isBlank } from "../grid";
import { fieldValue, type Goal, type Table } from "../table";
import { cellText, foldKey, wholeWordMatches } from "../text";
import type { Emit } from "./finding";
import { goalStatuses, type GoalStatus } from "./status";

/**
 * Words that turn what follows into its opposite, up to two words before it ("не е", "все още не са"). Looked up
 * among the last two words before a phrase (wordsBefore), not matched by a pattern ending in `$` over all the text
 * before it: the same reading (NEGATION_PATTERN in the tests), without trying every character of a long note.
 */
export const NEGATIONS = new Set(["не", "няма", "нито"]);
/** Words that make a claim partial, just before it: "частично изпълнена" says neither yes nor no. */
export const HEDGES = new Set(["частично", "отчасти", "почти", "донякъде"]);

/** The goal (a feminine noun: "целта") was met: "изпълнена", "постигната", "реализирана". */
const MET = /(?:изпълнена|постигната|реализирана)(?!\p{L})/gu;
/** Work not done, or still going on. */
const NOT_YET = /(?:предстои|предстоят|в процес на)(?!\p{L})/gu;
/** Plural participles of the work ("проведени", "изпълнени"): a shortfall only when negated. */
const DONE_WORK = /(?:изпълнени|постигнати|реализирани|проведени|извършени|проведена|проведен)(?!\p{L})/gu;

interface NoteReading {
  /** The note says the goal was met. */
  met: boolean;
  /** The note says the goal, or its work, was not met or is still ahead. */
  notMet: boolean;
}

/** What a progress note says about the goal, by the phrases in it and the words before them. */
export function readNote(note: string): NoteReading {
  const text = foldKey(note);
  let met = false;
  let notMet = !wholeWordMatches(text, NOT_YET).next().done;
  for (const match of wholeWordMatches(text, MET)) {
    const before = wordsBefore(text, match.index);
    if (HEDGES.has(before[0] as string)) continue;
    if (negated(before)) notMet = true;
    else met = true;
  }
  for (const match of wholeWordMatches(text, DONE_WORK)) {
    if (negated(wordsBefore(text, match.index))) notMet = true;
  }
  return { met, notMet };
}

/** Whether a negation is among the two words before a phrase ("не е", "все още не са"). */
function negated(wordsBeforePhrase: string[]): boolean {
  return wordsBeforePhrase.some((word) => NEGATIONS.has(word));
}

/** The last two words of text before `end`, nearest first (fewer at the start); a word is a run of non-spaces. */
export function wordsBefore(text: string, end: number): string[] {
  const words: string[] = [];
  let i = end;
  while (words.length < 2) {
    while (i > 0 && SPACE.test(text.charAt(i - 1))) i--;
    if (i === 0) break;
    const wordEnd = i;
    while (i > 0 && !SPACE.test(text.charAt(i - 1))) i--;
    words.push(text.slice(i, wordEnd));
  }
  return words;
}

const SPACE = /\s/;

export function checkProgress(table: Table, emit: Emit): void {
  const col = table.layout.header.columns.progressInfo;
  if (table.layout.form !== "report" || col === undefined) return;
  const statuses = goalStatuses(table);
  table.goals.forEach((goal, index) => {
    const { reading } = statuses[index] as GoalStatus;
    if (reading.kind !== "valid" || reading.status === "inProgress") return;
    const note = noteOf(table, goal);
    if (!note) return;
    const said = readNote(note.text);
    const contradicts = reading.status === "fulfilled" ? said.notMet && !said.met : said.met && !said.notMet;
    if (contradicts) {
      emit({ rule: "progress.contradictsStatus", row: note.row, col, params: { status: STATUSES[reading.status] } });
    }
  });
}

/** The goal's progress note over all its rows, and the first row that has one. */
function noteOf(table: Table, goal: Goal): { text: string; row: number } | undefined {
  const rows = goal.rows.filter((row) => !isBlank(fieldValue(table, row, "progressInfo")));
  if (rows.length === 0) return undefined;
  const texts = [...new Set(rows.map((row) => cellText(fieldValue(table, row, "progressInfo"))))];
  return { text: texts.join("\n"), row: rows[0] as number };
}
