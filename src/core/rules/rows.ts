/** row.* and goal.missing: every goal numbered in sequence and named; template padding pointed out. */
import { isBlank } from "../grid";
import { fieldValue, ownValue, rowNumber, type Table } from "../table";
import type { Emit } from "./finding";

export function checkRows(table: Table, emit: Emit): void {
  const columns = table.layout.header.columns;
  const col = (field: "no" | "goal") => columns[field] ?? table.layout.header.firstCol;
  for (const goal of table.goals) {
    const first = goal.rows[0] as number;
    if (columns.no !== undefined && isBlank(ownValue(table, first, "no"))) {
      emit({ rule: "row.numberMissing", row: first, col: col("no") });
    }
    if (columns.goal !== undefined && goal.rows.every((row) => isBlank(fieldValue(table, row, "goal")))) {
      emit({ rule: "goal.missing", row: first, col: col("goal") });
    }
  }
  for (const row of table.emptyNumbered) {
    emit({ rule: "row.emptyNumbered", row, col: col("no"), params: { number: rowNumber(ownValue(table, row, "no")) ?? "" } });
  }
  checkSequence(table, emit, col("no"));
}

/**
 * Numbers of goals and padding rows, in sheet order, should go 1, 2, 3 … without repeats or gaps. A goal without a
 * number holds its place (it has its own warning), so the goal after it is not called out of sequence.
 */
function checkSequence(table: Table, emit: Emit, col: number): void {
  const rows = [...table.goals.map((g) => g.rows[0] as number), ...table.emptyNumbered].sort((a, b) => a - b);
  let previous: number | undefined;
  for (const row of rows) {
    const number = rowNumber(ownValue(table, row, "no"));
    if (number !== undefined && previous !== undefined && number !== previous + 1) {
      emit({ rule: "row.numberSequence", row, col, params: { actual: number, previous, expected: previous + 1 } });
    }
    previous = number ?? (previous === undefined ? undefined : previous + 1);
  }
}
