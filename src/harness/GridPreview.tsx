/**
 * A plain preview of one sheet, addressed like Excel (column letters, row numbers, merged areas), so that what the
 * pane selects can be seen. Long sheets show their first rows only: the preview is for looking, not for editing.
 */
import { memo, useEffect, useMemo, useRef } from "react";
import { address, cellAt, columnLetter, lastCol, lastRow, type CellRange, type SheetGrid } from "../core/grid";
import type { CellFill } from "./cellFills";

export const PREVIEW_ROWS = 1000;

interface GridPreviewProps {
  grid: SheetGrid;
  selected?: string;
  onSelect: (cell: string) => void;
  moreRowsNote: (hidden: number) => string;
  /** The cells' fills (A1 → colour), so that highlights show. */
  fills?: ReadonlyMap<string, CellFill>;
}

export const GridPreview = memo(function GridPreview({ grid, selected, onSelect, moreRowsNote, fills }: GridPreviewProps) {
  const table = useRef<HTMLTableElement>(null);
  const rows = Math.min(lastRow(grid), PREVIEW_ROWS);
  const cols = Math.max(lastCol(grid), 1);
  const spans = useMemo(() => spansOf(grid.merges), [grid]);

  useEffect(() => {
    if (!selected) return;
    const cell = table.current?.querySelector(`[data-address="${selected}"]`);
    cell?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected, grid]);

  return (
    <div className="grid-scroll">
      <table ref={table} className="grid" data-testid="harness-grid">
        <thead>
          <tr>
            <th className="corner" />
            {range(1, cols).map((col) => (
              <th key={col} scope="col">
                {columnLetter(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {range(1, rows).map((row) => (
            <tr key={row}>
              <th scope="row">{row}</th>
              {range(1, cols).map((col) => {
                const span = spans.get(key(row, col));
                if (span === "covered") return null;
                const cell = address(row, col);
                const value = cellAt(grid, row, col);
                const fill = fills?.get(cell);
                return (
                  <td
                    key={col}
                    data-address={cell}
                    className={cell === selected ? "selected" : undefined}
                    rowSpan={span?.rows}
                    colSpan={span?.cols}
                    style={fill && { backgroundColor: fill.color, color: "#000" }}
                    data-fill={fill?.color}
                    title={value === null ? undefined : String(value)}
                    onClick={() => onSelect(cell)}
                  >
                    {value === null ? "" : String(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {lastRow(grid) > rows && <p className="grid-note">{moreRowsNote(lastRow(grid) - rows)}</p>}
    </div>
  );
});

type Span = { rows: number; cols: number } | "covered";

/** Each merged area's top-left cell spans the area; the other cells of the area are not drawn. */
function spansOf(merges: readonly CellRange[]): Map<string, Span> {
  const spans = new Map<string, Span>();
  for (const merge of merges) {
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let col = merge.left; col <= merge.right; col++) spans.set(key(row, col), "covered");
    }
    spans.set(key(merge.top, merge.left), { rows: merge.bottom - merge.top + 1, cols: merge.right - merge.left + 1 });
  }
  return spans;
}

function key(row: number, col: number): string {
  return `${row}:${col}`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}
