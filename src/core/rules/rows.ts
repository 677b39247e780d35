/** row.* and goal.missing: every goal numbered in sequence and named; template padding pointed out. */
import { isBlank } from "../grid";
import { fieldValue, labelText, ownValue, rowLabel, type Table } from "../table";
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
    emit({ rule: "row.emptyNumbered", row, col: col("no"), params: { number: labelOf(table, row) } });
  }
  checkSequence(table, emit, col("no"));
}

/**
 * Numbers of goals and padding rows, in sheet order, should go 1, 2, 3 … without repeats or gaps; under headings
 * they may go 1.1, 1.2, 2.1 … A goal without a number holds its place (it has its own warning), so the goal after it
 * is not called out of sequence.
 */
function checkSequence(table: Table, emit: Emit, col: number): void {
  const rows = [...table.goals.map((g) => g.rows[0] as number), ...table.emptyNumbered].sort((a, b) => a - b);
  let previous: number[] | undefined;
  for (const row of rows) {
    const label = rowLabel(ownValue(table, row, "no"));
    if (label !== undefined && previous !== undefined && !follows(previous, label)) {
      const expected = nextLabels(previous).find((next) => next.length === label.length) ?? nextLabels(previous)[0];
      emit({
        rule: "row.numberSequence",
        row,
        col,
        params: { actual: labelText(label), previous: labelText(previous), expected: labelText(expected as number[]) },
      });
    }
    previous = label ?? (previous === undefined ? undefined : (nextLabels(previous)[0] as number[]));
  }
}

/**
 * What may come after a label: the same depth one on ("1.2" → "1.3"), a level up one on and back down ("1.2" → "2",
 * "2.1"), or one level deeper ("1" → "1.1").
 */
function nextLabels(previous: number[]): number[][] {
  const next: number[][] = [];
  for (let depth = previous.length; depth >= 1; depth--) {
    const up = [...previous.slice(0, depth - 1), (previous[depth - 1] as number) + 1];
    next.push(up);
    for (let deeper = up.length; deeper < 4; deeper++) next.push([...next[next.length - 1]!, 1]);
  }
  next.push([...previous, 1]);
  return next;
}

function follows(previous: number[], label: number[]): boolean {
  return nextLabels(previous).some((next) => next.length === label.length && next.every((part, i) => part === label[i]));
}

function labelOf(table: Table, row: number): string {
  const label = rowLabel(ownValue(table, row, "no"));
  return label ? labelText(label) : "";
}
