/** layout.*: is the table the official one — every column there, in order, for one year. */
import { FIELD_KEYS, REPORT_ONLY_FIELDS, type FieldKey } from "../fields";
import { missingFields, type Layout } from "../layout";
import { fieldRef, type Emit } from "./finding";

export function checkLayout(layout: Layout, emit: Emit): void {
  const { header } = layout;
  const at = { row: header.rows[0] as number, col: header.firstCol };
  if (layout.form === "plan") emit({ rule: "layout.planForm", ...at });
  const expected = layout.form === "plan" ? FIELD_KEYS.filter((f) => !REPORT_ONLY_FIELDS.includes(f)) : FIELD_KEYS;
  for (const field of missingFields(header, expected)) {
    emit({ rule: "layout.columnMissing", ...at, field, params: { fieldName: fieldRef(field) } });
  }
  for (const cell of header.unknown) {
    emit({ rule: "layout.columnUnknown", row: cell.row, col: cell.col, params: { header: cell.text } });
  }
  checkOrder(layout, emit);
  checkYears(layout, emit);
}

/** One warning for the first field found left of a field that the template puts before it. */
function checkOrder(layout: Layout, emit: Emit): void {
  const { columns, cells } = layout.header;
  const present = FIELD_KEYS.filter((field) => columns[field] !== undefined);
  for (let i = 1; i < present.length; i++) {
    const field = present[i] as FieldKey;
    const before = present.slice(0, i).find((earlier) => (columns[earlier] as number) > (columns[field] as number));
    if (!before) continue;
    const cell = cells[field];
    emit({
      rule: "layout.columnOrder",
      row: cell?.row ?? (layout.header.rows[0] as number),
      col: columns[field] as number,
      field,
      params: { fieldName: fieldRef(field), afterName: fieldRef(before) },
    });
    return;
  }
}

/** The years named in the title and headers should be one; the first that differs from the report's year is shown. */
function checkYears(layout: Layout, emit: Emit): void {
  const distinct = [...new Set(layout.years.map((y) => y.year))];
  if (distinct.length < 2) return;
  const odd = layout.years.find((y) => y.year !== layout.year) ?? layout.years[0];
  if (!odd) return;
  emit({ rule: "layout.yearMismatch", row: odd.cell.row, col: odd.cell.col, params: { years: distinct.join(", ") } });
}
