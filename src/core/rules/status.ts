/** status.*, progress.missing, responsible.missing: who answers for the goal and how far it got. */
import { STATUSES, type FieldKey } from "../fields";
import { isBlank } from "../grid";
import { oncePerObject } from "../memo";
import type { StringKey } from "../i18n/strings";
import { readStatus, type StatusReading } from "../status";
import { fieldValue, type Goal, type Table } from "../table";
import { cellText, visibleText } from "../text";
import type { Emit, ParamValue } from "./finding";

export type GoalStatus = { reading: StatusReading; row: number };

/** Each goal's status, in the order of table.goals; read once per table (the status rules and the roll-up need them). */
export const goalStatuses = oncePerObject((table: Table): GoalStatus[] =>
  table.goals.map((goal) => readGoalStatus(table, goal)),
);

/** The goal's status: from the first of its rows that has one. */
function readGoalStatus(table: Table, goal: Goal): GoalStatus {
  for (const row of goal.rows) {
    const reading = readStatus(cellText(fieldValue(table, row, "status")));
    if (reading.kind !== "empty") return { reading, row };
  }
  return { reading: { kind: "empty" }, row: goal.rows[0] as number };
}

/** The first of the goal's rows where a field has content, if any. */
export function firstFilled(table: Table, goal: Goal, field: FieldKey): number | undefined {
  return goal.rows.find((row) => !isBlank(fieldValue(table, row, field)));
}

export function checkStatus(table: Table, emit: Emit): void {
  const columns = table.layout.header.columns;
  const statuses = goalStatuses(table);
  table.goals.forEach((goal, index) => {
    const first = goal.rows[0] as number;
    if (columns.responsible !== undefined && firstFilled(table, goal, "responsible") === undefined) {
      emit({ rule: "responsible.missing", row: first, col: columns.responsible });
    }
    if (table.layout.form !== "report" || columns.status === undefined) return;
    const { reading, row } = statuses[index] as GoalStatus;
    if (reading.kind === "empty") emit({ rule: "status.missing", row: first, col: columns.status });
    if (reading.kind === "invalid") {
      const suggestion = reading.meant && STATUSES[reading.meant];
      const col = columns.status;
      if (reading.unseen.length > 0) {
        // "Изпълнена" with a zero-width space looks right: only naming the character tells the user what is wrong.
        const params = { value: visibleText(reading.text), characters: reading.unseen.map(characterName) };
        emit({ rule: "status.invisibleCharacter", row, col, params, suggestion });
      } else {
        emit({ rule: "status.invalid", row, col, params: { value: reading.text.trim() }, suggestion });
      }
    }
    if (columns.progressInfo !== undefined && firstFilled(table, goal, "progressInfo") === undefined) {
      // A misspelt "Изпълнена" still means the goal was met: its missing note is a warning, as for the exact value.
      const meant = reading.kind === "valid" ? reading.status : reading.kind === "invalid" ? reading.meant : undefined;
      const fulfilled = meant === "fulfilled";
      const statusText = reading.kind === "empty" ? "—" : reading.kind === "valid" ? STATUSES[reading.status] : reading.text;
      emit({
        rule: "progress.missing",
        row: first,
        col: columns.progressInfo,
        severity: fulfilled ? "warning" : "error",
        params: { status: statusText.trim() },
      });
    }
  });
}

/** Unseen characters with a name of their own; the others are named by their kind. All carry their code point. */
const NAMED: Record<string, StringKey> = {
  "\u200B": "char.zeroWidthSpace",
  "\u200C": "char.zeroWidthNonJoiner",
  "\u200D": "char.zeroWidthJoiner",
  "\u2060": "char.wordJoiner",
  "\uFEFF": "char.byteOrderMark",
  "\u00AD": "char.softHyphen",
  "\u00A0": "char.noBreakSpace",
};

const DIRECTION_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** "интервал с нулева ширина (U+200B)": the character's name in the user's language and its code point. */
function characterName(char: string): ParamValue {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  return { ref: NAMED[char] ?? kindOf(char), params: { code } };
}

function kindOf(char: string): StringKey {
  if (DIRECTION_MARKS.test(char)) return "char.directionMark";
  if (/\p{Zs}/u.test(char)) return "char.space";
  return /\p{Cc}/u.test(char) ? "char.control" : "char.format";
}
