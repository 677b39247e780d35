/** Builds a SheetPlan row by row: a cursor that moves down as sections are written. */
import { address } from "../grid";
import type { ChartPlan, PlanCell, PlanStyle, PlanValue, SheetPlan } from "./plan";

/** What a cell may be given as: a plain string is text, a number is a number, anything else a PlanValue. */
export type CellInput = string | number | PlanValue | null | undefined;

export class PlanBuilder {
  private readonly cells: PlanCell[] = [];
  private chart?: ChartPlan;
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

  build(): SheetPlan {
    return { name: this.name, cells: this.cells, widths: this.widths, ...(this.chart && { chart: this.chart }) };
  }
}

function valueOf(input: CellInput): PlanValue | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === "string") return input === "" ? undefined : { kind: "text", text: input };
  if (typeof input === "number") return { kind: "number", value: input };
  return input;
}
