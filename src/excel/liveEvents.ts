/**
 * What Excel tells the pane while the user works, for the live re-check (see useLiveCheck.ts).
 *
 * With ExcelApi 1.7 every sheet's onChanged tells each edit. Excel names the sheet by its id; the names come from the
 * subscription and from every read, so an edit costs no sync (a sheet added since costs one). Changes the add-in makes
 * itself are not the user's edits and must not start a check: ExcelApi 1.14 says so in the event (triggerSource);
 * below it the add-in remembers the cells it wrote and takes their events as its own, until the user edits elsewhere.
 * Highlights and the summary sheet change fills and a new sheet, which onChanged (cell data on a watched sheet) does
 * not tell. A co-author's edit (source "Remote") changes the report as much as the user's own, so it checks again too;
 * every kind of change does (an edited range, rows inserted or deleted), as each can change what the check finds.
 *
 * Below 1.7 only Office's common API is there: DocumentSelectionChanged, which the pane turns into "the results may be
 * out of date". The add-in's own selecting (going to an issue's cell) fires it too; while the selection is still on
 * the cell the add-in selected, it is not the user's doing. Excel may tell that event before or after the add-in's
 * sync returns, so the cell is compared, not the time.
 */
import type { Unsubscribe } from "../host/workbookHost";
import { address, type CellRange } from "../core/grid";
import { cellPlaceOf, parseArea } from "./addresses";
import type { Requirements } from "./requirements";

type Batch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The part of Office.context.document that tells selection changes (the common API: every Excel has it). */
export interface SelectionEvents {
  addHandlerAsync(eventType: Office.EventType, handler: () => void, callback?: (result: Office.AsyncResult<void>) => void): void;
  removeHandlerAsync(eventType: Office.EventType, options?: { handler?: () => void }, callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** Office.EventType.DocumentSelectionChanged; office.js takes the string, and the enum needs the global. */
const SELECTION_CHANGED = "documentSelectionChanged" as unknown as Office.EventType;

/** A cell the add-in wrote: "sheet\u0000A1", case as Excel keeps the sheet name. */
const cellKey = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** More cells than this in one event are the user's (a paste, a deleted row): the add-in writes a few at a time. */
const MAX_OWN_CELLS = 1_000;

export class LiveEvents {
  /** Sheet id → name. */
  private readonly names = new Map<string, string>();
  /** Below ExcelApi 1.14: the cells the add-in wrote since the user last edited another cell. */
  private readonly written = new Set<string>();
  /** The cell the add-in selected last, while the selection is still there. */
  private ownSelection?: { sheet: string; cell: string };

  constructor(
    private readonly excel: Batch,
    private readonly requirements: Requirements,
    private readonly selectionEvents: () => SelectionEvents | undefined,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** The sheets' ids and names as a read found them. */
  remember(sheets: readonly { id: string; name: string }[]): void {
    for (const sheet of sheets) this.names.set(sheet.id, sheet.name);
  }

  /** The add-in is about to write these cells: their change events are its own. */
  writing(cells: readonly { sheet: string; cell: string }[]): void {
    if (this.requirements.changeTriggerSource) return; // Excel marks the add-in's own changes itself
    for (const { sheet, cell } of cells) this.written.add(cellKey(sheet, cell.toUpperCase()));
  }

  /** The add-in is about to select this cell. */
  selecting(sheet: string, cell: string): void {
    this.ownSelection = { sheet, cell: cell.toUpperCase() };
  }

  /**
   * Two syncs when subscribing (the sheets' ids, then a handler on each), one when unsubscribing. Sheets added later
   * are not watched: the form's sheet is there when the pane opens.
   */
  onEdit(listener: (sheet: string) => void): Unsubscribe {
    let stopped = false;
    const handlers = this.excel(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id,items/name");
      await context.sync();
      this.remember(sheets.items);
      const added = sheets.items.map((sheet) =>
        sheet.onChanged.add(async (event) => {
          if (!stopped) await this.changed(event, listener);
        }),
      );
      await context.sync();
      return added;
    });
    handlers.catch(this.onError);
    return () => {
      stopped = true;
      handlers
        .then(async (added) => {
          // A handler is removed through the context it was added in.
          for (const handler of added) handler.remove();
          if (added[0]) await added[0].context.sync();
        })
        .catch(() => undefined); // nothing to remove when subscribing failed; a removal Excel refuses ends with the pane
    };
  }

  onSelectionChange(listener: () => void): Unsubscribe {
    const events = this.selectionEvents();
    if (!events) return () => {};
    let stopped = false;
    const handler = () => {
      if (!stopped) void this.selectionChanged(listener);
    };
    events.addHandlerAsync(SELECTION_CHANGED, handler);
    return () => {
      stopped = true;
      events.removeHandlerAsync(SELECTION_CHANGED, { handler });
    };
  }

  private async changed(event: Excel.WorksheetChangedEventArgs, listener: (sheet: string) => void): Promise<void> {
    try {
      const sheet = this.names.get(event.worksheetId) ?? (await this.nameOf(event.worksheetId));
      if (!this.isOwn(event, sheet)) listener(sheet);
    } catch (error) {
      this.onError(error);
    }
  }

  private isOwn(event: Excel.WorksheetChangedEventArgs, sheet: string): boolean {
    if (this.requirements.changeTriggerSource) return event.triggerSource === "ThisLocalAddin";
    const area = parseArea(event.address);
    const cells = area ? cellsIn(area) : [];
    const own = cells.length > 0 && cells.every((cell) => this.written.has(cellKey(sheet, cell)));
    if (!own) this.written.clear();
    return own;
  }

  /** One sync: the name of a sheet added since the last read. */
  private nameOf(id: string): Promise<string> {
    return this.excel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(id).load("name");
      await context.sync();
      this.names.set(id, sheet.name);
      return sheet.name;
    });
  }

  /** No sync unless the add-in selected a cell itself; then one, to see whether the selection is still there. */
  private async selectionChanged(listener: () => void): Promise<void> {
    const own = this.ownSelection;
    if (own) {
      try {
        const selected = await this.excel(async (context) => {
          const range = context.workbook.getSelectedRange().load("address");
          await context.sync();
          return range.address;
        });
        if (isCell(selected, own.sheet, own.cell)) return;
      } catch (error) {
        this.onError(error); // unsure whose selection it is: saying "may be out of date" is the safe side
      }
      this.ownSelection = undefined;
    }
    listener();
  }
}

/** "'Лист 1'!H16" (or "Sheet1!$H$16") is cell H16 of sheet "Лист 1". */
function isCell(selected: string, sheet: string, cell: string): boolean {
  const place = cellPlaceOf(selected);
  return place !== undefined && place.sheet.toLowerCase() === sheet.toLowerCase() && place.cell === cell;
}

/** The A1 addresses of an area's cells; none for an area larger than the add-in ever writes at once. */
function cellsIn(area: CellRange): string[] {
  const count = (area.bottom - area.top + 1) * (area.right - area.left + 1);
  if (count <= 0 || count > MAX_OWN_CELLS) return [];
  const cells: string[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) cells.push(address(row, col));
  }
  return cells;
}
