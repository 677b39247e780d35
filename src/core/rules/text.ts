/** text.formulaLike: text that Excel would take for a formula if it were typed or pasted again. */
import { FIELD_KEYS, type FieldKey } from "../fields";
import { cellAt } from "../grid";
import type { Table } from "../table";
import { isNotApplicable, parseNumber } from "../values";
import type { Emit } from "./finding";

/** What makes Excel read typed text as a formula. */
const FORMULA_STARTS = new Set(["=", "+", "-", "@"]);

export function checkText(table: Table, emit: Emit): void {
  const { firstCol, lastCol, columns } = table.layout.header;
  const fieldOf = new Map<number, FieldKey>();
  FIELD_KEYS.forEach((field) => columns[field] !== undefined && fieldOf.set(columns[field] as number, field));
  for (const row of table.rows) {
    for (let col = firstCol; col <= lastCol; col++) {
      const value = cellAt(table.grid, row, col);
      if (typeof value !== "string") continue;
      const text = value.trim();
      if (!FORMULA_STARTS.has(text.charAt(0)) || isNotApplicable(text) || parseNumber(text) !== undefined) continue;
      emit({ rule: "text.formulaLike", row, col, field: fieldOf.get(col), params: { first: text[0] as string } });
    }
  }
}
