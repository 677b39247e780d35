/** Builds a SheetPlan row by row: a cursor that moves down as sections are written. */
import { address } from "../grid";
import { fitCell } from "./cellLimit";
import type { ChartPlan, PlanCell, PlanStyle, PlanValue, SheetPlan } from "./plan";
import type { TitleRows } from "./print";
import { rowHeight, type WrappedText } from "./rowHeight";

/** What a cell may be given as: a plain string is text, a number is a number, anything else a PlanValue. */
export type CellInput = string | number | PlanValue | null | undefined;

/** Excel's default column width, for cells right of the planned widths. */
const DEFAULT_WIDTH = 8.43;

export class PlanBuilder {
  private readonly cells: PlanCell[] = [];
  private chart?: ChartPlan;
  private titleRows?: TitleRows;
  /** The next free row (1-based). */
  row = 1;

  constructor(
    private readonly name: string,
    private readonly widths: number[],
  ) {}

  /** Writes one row from column A and moves down; null and undefined leave a cell empty. */
  line(values: CellInput[], style?: PlanStyle | ((col: number) => PlanStyle | undefined)): number {
    const row = this.row++;
    values.forEach((input, i) => {
      const value = valueOf(input);
      const cellStyle = typeof style === "function" ? style(i + 1) : style;
      if (value) this.cells.push({ row, col: i + 1, value, ...(cellStyle && { style: cellStyle }) });
    });
    return row;
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  /** The A1 address of a cell of this sheet, for formulas that point inside it. */
  at(row: number, col: number): string {
    return address(row, col);
  }

  addChart(chart: ChartPlan): void {
    this.chart = chart;
  }

  /** These rows are printed at the top of every page. */
  repeatOnEveryPage(rows: TitleRows): void {
    this.titleRows = rows;
  }

  build(): SheetPlan {
    return {
      name: this.name,
      cells: this.cells,
      widths: this.widths,
      rowHeights: this.rowHeights(),
      ...(this.titleRows && { titleRows: this.titleRows }),
      ...(this.chart && { chart: this.chart }),
    };
  }

  /** Rows whose wrapped text or larger font needs more than the default height. */
  private rowHeights(): SheetPlan["rowHeights"] {
    const byRow = new Map<number, WrappedText[]>();
    for (const cell of this.cells) {
      const { style } = cell;
      if (!style?.wrap && !style?.size) continue;
      const text = shownText(cell.value);
      const width = style.wrap ? (this.widths[cell.col - 1] ?? DEFAULT_WIDTH) : Infinity;
      byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), { text, width, size: style.size, bold: style.bold }]);
    }
    const heights: SheetPlan["rowHeights"] = [];
    for (const [row, texts] of byRow) {
      const height = rowHeight(texts);
      if (height > rowHeight([])) heights.push({ row, height });
    }
    return heights.sort((a, b) => a.row - b.row);
  }
}

function valueOf(input: CellInput): PlanValue | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "string") return input === "" ? undefined : { kind: "text", text: fitCell(input) };
  if (typeof input === "number") return { kind: "number", value: input };
  return input.kind === "text" ? { kind: "text", text: fitCell(input.text) } : input;
}

function shownText(value: PlanValue): string {
  if (value.kind === "text") return value.text;
  if (value.kind === "number") return String(value.value);
  return String(value.result);
}
