/**
 * A plain preview of one sheet, addressed like Excel (column letters, row numbers, merged areas), so that what the
 * pane selects can be seen. Its cells can be edited as in Excel — double-click, or Enter on the selected cell, opens
 * an editor; Enter commits, Escape cancels — so that the pane's live re-check can be tried. Long sheets show their
 * first rows only.
 *
 * The rows are windowed (@tanstack/react-virtual, as the pane's issue list): only those in view, and a margin, are in
 * the page, between two spacer rows that keep the scroll height. A big report's preview then costs what a screenful
 * does, not 14 columns × 1,000 rows of cells to lay out before the pane can show its results. Every row has the same
 * height and every column a width fixed from its text, so nothing moves as rows come and go while scrolling.
 */
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import {
  address,
  cellAt,
  columnLetter,
  lastCol,
  lastRow,
  mergeAt,
  parseAddress,
  type CellValue,
  type SheetGrid,
} from "../core/grid";
import type { CellFill } from "../file/cellFills";

export const PREVIEW_ROWS = 1000;
/** Each row's height in px; the page's style gives every row this height (harness.html). */
export const ROW_HEIGHT = 22;
/** Rows drawn beyond the view above and below it. */
const OVERSCAN = 20;
/** What a column takes: roughly a character's width of the 12 px font per character, within Excel-like bounds. */
const CHAR_PX = 7;
const CELL_PADDING_PX = 10;
const MIN_COLUMN_PX = 40;
const MAX_COLUMN_PX = 220;
const ROW_HEADER_PX = 48;

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
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const [editing, setEditing] = useState<string>();
  const rows = Math.min(lastRow(grid), PREVIEW_ROWS);
  const cols = Math.max(lastCol(grid), 1);
  const widths = useMemo(() => columnWidths(grid, rows, cols), [grid, rows, cols]);
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollPaddingStart: ROW_HEIGHT, // the sticky column letters
  });
  const items = virtualizer.getVirtualItems();
  const first = (items[0]?.index ?? 0) + 1;
  const last = items.length > 0 ? (items[items.length - 1]?.index ?? 0) + 1 : 0;
  const above = items[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  // The selected cell's row is brought into the window first; once drawn, the cell itself is scrolled into view.
  const reveal = useRef<{ cell: string; row: number }>();
  useEffect(() => {
    const place = selected && parseAddress(selected);
    if (!place || place.row > rows) return;
    reveal.current = { cell: selected, row: place.row };
    virtualizer.scrollToIndex(place.row - 1, { align: "auto" });
  }, [selected, grid]);
  useEffect(() => {
    const pending = reveal.current;
    if (pending === undefined || pending.row < first || pending.row > last) return;
    reveal.current = undefined; // its row is drawn (a cell inside a merged area has no element of its own)
    table.current?.querySelector(`[data-address="${pending.cell}"]`)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  });

  const drawCell = (row: number, col: number) => {
    const merge = mergeAt(grid, row, col);
    // A merged area is drawn once, from its top-left cell, spanning the part of it in the window.
    if (merge && (col !== merge.left || row !== Math.max(merge.top, first))) return null;
    const cell = merge ? address(merge.top, merge.left) : address(row, col);
    const value = merge ? cellAt(grid, merge.top, merge.left) : cellAt(grid, row, col);
    return (
      <PreviewCell
        key={col}
        cell={cell}
        value={value}
        fill={fills?.get(cell)}
        selected={cell === selected}
        editing={editing === cell}
        rowSpan={merge && Math.min(merge.bottom, last) - row + 1}
        colSpan={merge && merge.right - merge.left + 1}
        onSelect={onSelect}
        onEditing={setEditing}
        onEdit={onEdit}
      />
    );
  };

  return (
    <div className="grid-scroll" ref={scroller}>
      <table
        ref={table}
        className="grid"
        data-testid="harness-grid"
        style={{ width: ROW_HEADER_PX + widths.reduce((sum, width) => sum + width, 0) }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_PX }} />
          {widths.map((width, index) => (
            <col key={index} style={{ width }} />
          ))}
        </colgroup>
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
          {above > 0 && <Spacer height={above} cols={cols} />}
          {range(first, last).map((row) => (
            <tr key={row}>
              <th scope="row">{row}</th>
              {range(1, cols).map((col) => drawCell(row, col))}
            </tr>
          ))}
          {below > 0 && <Spacer height={below} cols={cols} />}
        </tbody>
      </table>
      {lastRow(grid) > rows && <p className="grid-note">{moreRowsNote(lastRow(grid) - rows)}</p>}
    </div>
  );
});

/** The rows out of the window, as one empty row of their height (a row needs a cell to take a height). */
function Spacer({ height, cols }: { height: number; cols: number }) {
  return (
    <tr className="spacer" aria-hidden="true">
      <td colSpan={cols + 1} style={{ height }} />
    </tr>
  );
}

interface PreviewCellProps {
  cell: string;
  value: CellValue;
  fill?: CellFill;
  selected: boolean;
  editing: boolean;
  rowSpan?: number;
  colSpan?: number;
  onSelect: (cell: string) => void;
  onEditing: (cell: string | undefined) => void;
  onEdit: (cell: string, text: string) => void;
}

function PreviewCell({ cell, value, fill, selected, editing, rowSpan, colSpan, onSelect, onEditing, onEdit }: PreviewCellProps) {
  const text = value === null ? "" : String(value);
  return (
    <td
      data-address={cell}
      data-testid="harness-cell"
      data-cell={cell}
      className={selected ? "selected" : undefined}
      rowSpan={rowSpan}
      colSpan={colSpan}
      style={fill && { backgroundColor: fill.color, color: "#000" }}
      data-fill={fill?.color}
      title={value === null ? undefined : text}
      tabIndex={selected ? 0 : -1}
      onClick={() => onSelect(cell)}
      onDoubleClick={() => onEditing(cell)}
      onKeyDown={(event) => {
        if (event.key === "Enter" && !editing) onEditing(cell);
      }}
    >
      {editing ? (
        <CellEditor
          text={text}
          onDone={(typed) => {
            onEditing(undefined);
            if (typed !== undefined && typed !== text) onEdit(cell, typed);
          }}
        />
      ) : (
        text
      )}
    </td>
  );
}

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

/**
 * Each column's width in px, from the longest text in it among the rows shown (the text of an area merged across
 * columns, which spreads over them, left out), so that windowing rows never changes a column's width.
 */
export function columnWidths(grid: SheetGrid, rows: number, cols: number): number[] {
  const longest = Array<number>(cols).fill(0);
  for (let row = 1; row <= rows; row++) {
    for (let col = 1; col <= cols; col++) {
      const value = cellAt(grid, row, col);
      const merge = value === null ? undefined : mergeAt(grid, row, col);
      if (value === null || (merge && merge.right > merge.left)) continue;
      longest[col - 1] = Math.max(longest[col - 1] as number, String(value).length);
    }
  }
  return longest.map((chars) => Math.min(MAX_COLUMN_PX, Math.max(MIN_COLUMN_PX, chars * CHAR_PX + CELL_PADDING_PX)));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}
