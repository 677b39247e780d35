/**
 * A plain preview of one sheet, addressed like Excel (column letters, row numbers, merged areas), so that what the
 * pane selects can be seen. Its cells can be edited as in Excel — double-click, or Enter on the selected cell, opens
 * an editor; Enter commits, Escape cancels — so that the pane's live re-check can be tried. Long sheets show their
 * first rows only.
 */
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { address, cellAt, columnLetter, lastCol, lastRow, type CellRange, type SheetGrid } from "../core/grid";
import type { CellFill } from "../file/cellFills";

export const PREVIEW_ROWS = 1000;

interface GridPreviewProps {
  grid: SheetGrid;
  selected?: string;
  onSelect: (cell: string) => void;
  moreRowsNote: (hidden: number) => string;
  /** The cells' fills (A1 → colour), so that highlights show. */
  fills?: ReadonlyMap<string, CellFill>;
  /** The user typed `text` into the cell and pressed Enter. */
  onEdit: (cell: string, text: string) => void;
}

export const GridPreview = memo(function GridPreview({
  grid,
  selected,
  onSelect,
  moreRowsNote,
  fills,
  onEdit,
}: GridPreviewProps) {
  const table = useRef<HTMLTableElement>(null);
  const [editing, setEditing] = useState<string>();
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
                const text = value === null ? "" : String(value);
                return (
                  <td
                    key={col}
                    data-address={cell}
                    data-testid="harness-cell"
                    data-cell={cell}
                    className={cell === selected ? "selected" : undefined}
                    rowSpan={span?.rows}
                    colSpan={span?.cols}
                    style={fill && { backgroundColor: fill.color, color: "#000" }}
                    data-fill={fill?.color}
                    title={value === null ? undefined : text}
                    tabIndex={cell === selected ? 0 : -1}
                    onClick={() => onSelect(cell)}
                    onDoubleClick={() => setEditing(cell)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter" && editing !== cell) setEditing(cell);
                    }}
                  >
                    {editing === cell ? (
                      <CellEditor
                        text={text}
                        onDone={(typed) => {
                          setEditing(undefined);
                          if (typed !== undefined && typed !== text) onEdit(cell, typed);
                        }}
                      />
                    ) : (
                      text
                    )}
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

/** The cell's editor: Enter gives the text typed, Escape or leaving it gives nothing. */
function CellEditor({ text, onDone }: { text: string; onDone: (typed: string | undefined) => void }) {
  return (
    <input
      className="cell-editor"
      data-testid="harness-cell-editor"
      defaultValue={text}
      autoFocus
      onKeyDown={(event) => {
        event.stopPropagation(); // the cell's own Enter opens the editor
        if (event.key === "Enter") onDone(event.currentTarget.value);
        if (event.key === "Escape") onDone(undefined);
      }}
      onBlur={() => onDone(undefined)}
    />
  );
}

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
