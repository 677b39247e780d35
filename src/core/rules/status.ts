/** status.*, progress.missing, responsible.missing: who answers for the goal and how far it got. */
import { STATUSES, type FieldKey } from "../fields";
import { isBlank } from "../grid";
import { oncePerObject } from "../memo";
import { readStatus, type StatusReading } from "../status";
import { fieldValue, type Goal, type Table } from "../table";
import { cellText } from "../text";
import type { Emit } from "./finding";

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
      emit({ rule: "status.invalid", row, col: columns.status, params: { value: reading.text.trim() }, suggestion });
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
