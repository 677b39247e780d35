/** Finds the form on a sheet: header, columns, numbering row, meta lines, year, currency, plan or report. */
import { REPORT_ONLY_FIELDS, type FieldKey } from "../fields";
import { cellAt, isBlank, type SheetGrid } from "../grid";
import { cellText } from "../text";
import { currencyOfHeader, type Currency } from "../values";
import { findHeader, type Header, type HeaderCell } from "./header";
import { yearIn } from "./headers";
import { administrationFromTitle, readMeta, type Meta } from "./meta";

export interface Layout {
  header: Header;
  form: "report" | "plan";
  numberingRow?: number;
  firstDataRow: number;
  meta: Meta;
  /** The administration's name: from its line, else from the title. */
  administration?: string;
  /** The report's year: the title's, else the one most headers name. */
  year?: number;
  /** Years named in the title and headers, with where each was read. */
  years: { year: number; cell: HeaderCell }[];
  /** The currency of the amount column: its header's, else by year (euro from 2026). */
  currency: Currency;
}

/** Header cells that usually carry the year. */
const YEAR_FIELDS: FieldKey[] = ["goal", "currentValue", "targetValue", "progressInfo"];

export function detectLayout(grid: SheetGrid): Layout | undefined {
  const header = findHeader(grid);
  if (!header) return undefined;
  const headerEnd = header.rows[header.rows.length - 1] as number;
  const numberingRow = isNumberingRow(grid, header, headerEnd + 1) ? headerEnd + 1 : undefined;
  const meta = readMeta(grid, header.rows[0] as number, header.lastCol);
  const years = yearsNamed(header, meta);
  const year = meta.title?.year ?? mostCommon(years.map((y) => y.year));
  const lacksReportColumns = REPORT_ONLY_FIELDS.every((field) => header.columns[field] === undefined);
  return {
    header,
    form: lacksReportColumns ? "plan" : "report",
    numberingRow,
    firstDataRow: (numberingRow ?? headerEnd) + 1,
    meta,
    administration: meta.administration?.value || (meta.title && administrationFromTitle(meta.title.value)),
    year,
    years,
    currency: currencyOf(header) ?? (year !== undefined && year >= 2026 ? "EUR" : "BGN"),
  };
}

/** The row "1. 2. … 13." under the header: only small numbers, at least three, in the table's columns. */
function isNumberingRow(grid: SheetGrid, header: Header, row: number): boolean {
  let numbers = 0;
  for (let col = header.firstCol; col <= header.lastCol; col++) {
    const value = cellAt(grid, row, col);
    if (isBlank(value)) continue;
    if (!/^\s*\d{1,2}\s*[.)]?\s*$/.test(cellText(value))) return false;
    numbers++;
  }
  return numbers >= 3;
}

function yearsNamed(header: Header, meta: Meta): Layout["years"] {
  const years: Layout["years"] = [];
  if (meta.title?.year) years.push({ year: meta.title.year, cell: { ...meta.title, text: meta.title.value } });
  for (const field of YEAR_FIELDS) {
    const cell = header.cells[field];
    const year = cell && yearIn(cell.text);
    if (cell && year) years.push({ year, cell });
  }
  return years;
}

function currencyOf(header: Header): Currency | undefined {
  const cell = header.cells.amount;
  return cell ? currencyOfHeader(cellText(cell.text)) : undefined;
}

function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  values.forEach((v) => counts.set(v, (counts.get(v) ?? 0) + 1));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

export { findHeader, missingFields } from "./header";
export type { Header, HeaderCell } from "./header";
export { matchField } from "./headers";
