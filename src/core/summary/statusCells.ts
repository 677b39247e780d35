/**
 * The status cells a live summary counts (formulas.ts): one per goal, the cell its status is read from. The result is
 * a few A1 ranges of the status column — usually one, firstDataRow:lastDataRow — that leave out only the rows whose
 * status cell would be counted twice (a goal spread over rows with its status repeated), so the formulas count what
 * the check counts.
 */
import { address, isBlank, type SheetGrid } from "../grid";
import { detectLayout } from "../layout";
import { goalStatuses } from "../rules/status";
import { ownValue, readTable } from "../table";

export interface StatusCells {
  /** A1 ranges on the report's sheet, without the sheet name, e.g. ["K8:K30"]. */
  ranges: string[];
}

export function statusCells(grid: SheetGrid): StatusCells | undefined {
  const layout = detectLayout(grid);
  const col = layout?.header.columns.status;
  if (!layout || col === undefined || layout.form !== "report") return undefined;
  const table = readTable(grid, layout);
  if (table.lastDataRow === undefined || table.goals.length === 0) return undefined;
  const counted = new Set(goalStatuses(table).map((status) => status.row));
  const ranges: string[] = [];
  let start: number | undefined;
  for (let row = layout.firstDataRow; row <= table.lastDataRow + 1; row++) {
    const inside = row <= table.lastDataRow && (counted.has(row) || isBlank(ownValue(table, row, "status")));
    if (inside && start === undefined) start = row;
    if (!inside && start !== undefined) {
      ranges.push(`${address(start, col)}:${address(row - 1, col)}`);
      start = undefined;
    }
  }
  return { ranges };
}
