/**
 * A workbook served through office-addin-mock, close enough to Excel for the host's reads and stricter than Excel
 * where that catches a fault: sheets come from SheetGrids (built by the fixtures and read by the file host), ranges
 * answer with their cells as Excel would ("" for empty, "General" for no format), and every sync is counted and
 * weighed.
 *
 * office-addin-mock holds the object tree and the load/sync rules for the user's sheets (a property read before its
 * sync is an error string, not a value). It has no notion of methods with arguments, so getRange, getIntersection and
 * the like are functions in the mock data that make new mock objects; those are not children of the context, so the
 * context's sync here also syncs every object made for its batch. Sheets the add-in adds are plain objects of the
 * fake's own.
 *
 * Like Excel:
 * - a batch's commands are carried out at its sync in the order queued, and a batch that fails part-way leaves the
 *   commands before the failure done (failSyncAtAction plays any such failure);
 * - a method that will fail (an empty intersection, too many merged areas, a sheet that is not there) fails the sync
 *   at its place in the batch rather than the call, and a request or response over 5 MB is refused whole;
 * - an Excel of an older version (options.version) refuses every member above its ExcelApi set with ApiNotFound
 *   (apiSets.ts holds each member's set, checked against @types/office-js);
 * - a protected sheet refuses changes and a protected workbook refuses adding, deleting and renaming sheets, with
 *   AccessDenied;
 * - events: a sheet's onChanged (ExcelApi 1.7) tells the handlers added to it of every change to its cells' values,
 *   the user's (userEdits) at once, the add-in's own whenever Excel gets to it (deliverEvents, which a test calls where
 *   it wants them: before or after the add-in's sync returned), with triggerSource from ExcelApi 1.14 only; and
 *   Office.context.document (`document`) tells DocumentSelectionChanged for the user's selecting (userSelects) and the
 *   add-in's (delivered the same way);
 * - on a sheet the add-in adds, what it writes is recorded as Excel would hold it: cells, formats, merged areas,
 *   drop-downs, charts and the page layout.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  cellAt,
  columnLetter,
  columnNumber,
  formatAt,
  lastCol,
  lastRow,
  type CellRange,
  type SheetGrid,
} from "../../src/core/grid";
import type { ExcelRun } from "../../src/excel/officeHost";
import { minorOf, setOf, type ExcelApiVersion } from "./apiSets";
import {
  CellState,
  FakeDataValidation,
  FakeFill,
  NO_FILL,
  officeError,
  writableCells,
  type FillState,
  type SheetProtection,
  type ValidationRule,
} from "./fakeCells";

export { officeError };

export const LIMIT_BYTES = 5 * 1024 * 1024;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const MAX_MERGED_AREAS = 512;

export interface FakeSheet {
  grid: SheetGrid;
  /** Excel's worksheet id; made up when not given. */
  id?: string;
  /** Cells that are only formatted, beyond the values: part of the used range unless valuesOnly is asked for. */
  formatted?: CellRange;
  /** Fills of cells (A1 → what differs from no fill), as Excel reports them. */
  fills?: Record<string, Partial<FillState>>;
  /** Data validation rules already on cells (A1 → rule). */
  validations?: Record<string, ValidationRule>;
  /** The sheet's protection (Review → Protect Sheet). */
  protection?: SheetProtection;
}

export interface FakeExcelOptions {
  /** The sheet shown; the first one when not given. */
  active?: string;
  /** The ExcelApi version this Excel has: members above it fail with ApiNotFound. */
  version?: ExcelApiVersion;
  /**
   * What getMergedAreasOrNullObject answers for a merged area that crosses the range's edge: only the areas whose
   * top-left cell is inside, whole ("topLeft", as office-js issue 3611 reports), or every area that meets the range,
   * clipped to it ("clipped", as issue 1590 reports).
   */
  mergedAreas?: "topLeft" | "clipped";
  /** The workbook's structure is protected (Review → Protect Workbook): sheets cannot be added, deleted or renamed. */
  workbookProtected?: boolean;
  /** Names the workbook holds already (a workbook saved and opened again): as FakeExcel.names has them. */
  names?: FakeExcel["names"];
}

interface Failure {
  /** How many of the batch's actions are carried out before it fails. */
  at: number;
  error: unknown;
}

interface Batch {
  /** Bytes of values and number formats the sync will send back. */
  bytes: number;
  /** Bytes of cell data the batch sends (formulas and number formats written). */
  requestBytes: number;
  blocks: number;
  failure?: Failure;
  actions: (() => void)[];
}

const newBatch = (): Batch => ({ bytes: 0, requestBytes: 0, blocks: 0, actions: [] });

type Mock = OfficeMockObject & Record<string, unknown>;

/** A sheet the add-in added (worksheets.add): what it wrote there, as the syncs carried it out. */
/** What a sheet's onChanged hands its handlers, as far as the fake tells it. */
export type ChangedEvent = Pick<Excel.WorksheetChangedEventArgs, "type" | "worksheetId" | "address" | "changeType" | "source"> &
  Partial<Pick<Excel.WorksheetChangedEventArgs, "triggerSource">>;
type ChangedHandler = (event: ChangedEvent) => Promise<unknown>;

export interface WrittenSheet {
  name: string;
  id: string;
  /** A1 address → what was written: formulas as "=…", text as sent (with Excel's "'" text prefix), numbers. */
  cells: Map<string, { input: string | number; numberFormat?: string }>;
  /** Formatting set on ranges, one entry per range, in the order first set. */
  formats: { address: string; font: Record<string, unknown>; fill: Record<string, unknown>; other: Record<string, unknown> }[];
  charts: { type: string; source: string; seriesBy: string; title?: string; from?: string; to?: string }[];
  /** Ranges whose rows were autofitted. */
  autofitRows: string[];
  /** The page layout as set (ExcelApi 1.9): its properties, and the print title rows. */
  pageLayout: Record<string, unknown>;
  active?: boolean;
  /** Number formats set, by A1 address: a value written later takes its cell's. */
  numberFormats: Map<string, string>;
  /** Ranges merged (Range.merge, ExcelApi 1.2), as A1 addresses, in the order merged. */
  merges: string[];
  /** Data validation rules set (ExcelApi 1.8), by range, in the order set. */
  validations: { address: string; rule: ValidationRule }[];
}

export class FakeExcel {
  syncs = 0;
  /** What each successful sync sent back: bytes of values and number formats, as UTF-8 JSON. */
  readonly responses: number[] = [];
  /** What each sync sent to Excel: bytes of cell data written, as UTF-8 JSON (over 5 MB fails the sync). */
  readonly requests: number[] = [];
  /** How many ranges' values each successful sync sent back. */
  readonly blocks: number[] = [];
  /** How many actions (loads of fills, writes, sheet commands) each sync carried, failed ones included. */
  readonly actions: number[] = [];
  /** Merged areas returned by each getMergedAreasOrNullObject call. */
  readonly mergeCalls: number[] = [];
  /** The valuesOnly argument of each getUsedRange call. */
  readonly usedRangeCalls: boolean[] = [];
  activeSheet: string;
  selection?: { sheet: string; address: string };
  readonly context: Excel.RequestContext;
  readonly run: ExcelRun;
  /** Office.context.requirements as this Excel answers it. */
  readonly support: { isSetSupported(name: string, version?: string): boolean };
  workbookProtected: boolean;

  private readonly sheets: FakeSheet[];
  private readonly version: number;
  private readonly mergedAreaRule: "topLeft" | "clipped";
  private batch: Batch = newBatch();
  private readonly failures: (Failure | undefined)[] = [];
  private persistentFailure: unknown;
  private readonly made: OfficeMockObject[] = [];
  private readonly rects = new WeakMap<object, CellRange>();
  /** Sheets added by the code under test, by their names now; ranges on them are written, never read. */
  readonly added = new Map<string, WrittenSheet>();
  /** Data validation rules set on the user's sheets, in the order sent. */
  readonly validationsSent: { address: string; rule: ValidationRule }[] = [];
  private readonly cellStates = new Map<string, CellState>();
  /** Workbook names: each refers to a cell or range of a sheet (by id), or to nothing (#REF!) once it is deleted. */
  readonly names = new Map<string, { sheetId: string; rect?: CellRange; visible: boolean }>();
  /** The sheet each range object of a user's sheet belongs to, by id. */
  private readonly rangeSheets = new WeakMap<object, string>();
  /** Cells the fake served for loads: the mock assigns them itself, so they are not writes. */
  private readonly served = new WeakSet<object>();
  private nextId = 1;
  /** onChanged handlers by sheet id, as added and removed at the syncs. */
  private readonly changedHandlers = new Map<string, Set<ChangedHandler>>();
  /** DocumentSelectionChanged handlers. */
  private readonly selectionHandlers = new Set<() => void>();
  /** Events of the add-in's own changes and selecting, which Excel has not told yet. */
  private undelivered: (() => Promise<void>)[] = [];
  /** Office.context.document's event part (the common API: every version has it). */
  readonly document = {
    addHandlerAsync: (type: unknown, handler: () => void) => {
      if (type !== "documentSelectionChanged") throw new Error(`the fake has no event ${String(type)}`);
      this.selectionHandlers.add(handler);
    },
    removeHandlerAsync: (type: unknown, options?: { handler?: () => void }) => {
      if (type !== "documentSelectionChanged") throw new Error(`the fake has no event ${String(type)}`);
      if (options?.handler) this.selectionHandlers.delete(options.handler);
      else this.selectionHandlers.clear();
    },
  };

  constructor(sheets: (FakeSheet | SheetGrid)[], options: string | FakeExcelOptions = {}) {
    const { active, version = "latest", mergedAreas = "topLeft", workbookProtected = false, names } =
      typeof options === "string" ? { active: options } : options;
    for (const [name, entry] of names ?? []) this.names.set(name, { ...entry });
    this.version = minorOf(version);
    this.mergedAreaRule = mergedAreas;
    this.workbookProtected = workbookProtected;
    this.sheets = sheets.map((sheet) => ("grid" in sheet ? sheet : { grid: sheet }));
    for (const sheet of this.sheets) {
      sheet.id ??= `{sheet-${this.nextId++}}`;
      const state = new CellState(sheet.grid);
      for (const [address, fill] of Object.entries(sheet.fills ?? {})) state.fills.set(address, { ...NO_FILL, ...fill });
      for (const [address, rule] of Object.entries(sheet.validations ?? {})) state.validations.set(address, rule);
      if (sheet.protection) state.protection = sheet.protection;
      this.cellStates.set(sheet.grid.name, state);
    }
    this.activeSheet = active ?? this.sheets[0]?.grid.name ?? "";
    const maxMinor = this.version;
    this.support = {
      isSetSupported: (name, wanted = "1.1") => name === "ExcelApi" && minorOf(wanted) <= maxMinor,
    };
    const context = this.makeContext();
    this.context = context as unknown as Excel.RequestContext;
    this.run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(this.context);
  }

  /** The fills, validations, values and formulas of one of the user's sheets, as the syncs left them. */
  cells(sheet: string): CellState {
    const state = this.cellStates.get(sheet);
    if (!state) throw new Error(`no sheet ${sheet}`);
    return state;
  }

  /** The user types into a cell of a sheet and presses Enter: the cell changes, and onChanged tells it at once. */
  async userEdits(sheetName: string, address: string, input: string | number): Promise<void> {
    const sheet = this.sheets.find((s) => s.grid.name === sheetName);
    const rect = parseRect(address);
    if (!sheet || !rect) throw new Error(`no cell ${sheetName}!${address}`);
    this.cells(sheetName).type(rect.top, rect.left, input);
    await this.tellChanged(sheet.id as string, address, "Unknown");
  }

  /** The user selects a cell: DocumentSelectionChanged is told at once. */
  userSelects(sheet: string, address: string): void {
    this.activeSheet = sheet;
    this.selection = { sheet, address: a1(this.rectOf(address)) };
    for (const handler of [...this.selectionHandlers]) handler();
  }

  /** Excel tells the events of the add-in's own changes and selecting, which it has held until now. */
  async deliverEvents(): Promise<void> {
    const events = this.undelivered.splice(0);
    for (const event of events) await event();
  }

  /** How many handlers listen: onChanged handlers over all sheets, and DocumentSelectionChanged handlers. */
  listeners(): { changed: number; selection: number } {
    const changed = [...this.changedHandlers.values()].reduce((sum, set) => sum + set.size, 0);
    return { changed, selection: this.selectionHandlers.size };
  }

  private async tellChanged(sheetId: string, address: string, trigger: "Unknown" | "ThisLocalAddin"): Promise<void> {
    const event: ChangedEvent = {
      type: "WorksheetChanged",
      worksheetId: sheetId,
      address,
      changeType: "RangeEdited",
      source: "Local",
      ...(this.version >= 14 && { triggerSource: trigger }),
    };
    await Promise.all([...(this.changedHandlers.get(sheetId) ?? [])].map((handler) => handler(event)));
  }

  /** Worksheet.onChanged: a handler is added or removed at the sync, as office.js registers it then. */
  private changedEventsOf(sheetId: string): object {
    return {
      add: (handler: ChangedHandler) => {
        this.queue(() => {
          const handlers = this.changedHandlers.get(sheetId) ?? new Set();
          handlers.add(handler);
          this.changedHandlers.set(sheetId, handlers);
        });
        return {
          context: this.context,
          remove: () => this.queue(() => this.changedHandlers.get(sheetId)?.delete(handler)),
        };
      },
    };
  }

  /** The names of all sheets, the user's and the added ones, as Excel lists them now. */
  sheetNames(): string[] {
    return this.sheetItems().map((item) => item.name);
  }

  /** The next sync fails with this error (queued: several calls fail several syncs in turn). */
  failNextSync(error: unknown): void {
    this.failures.push({ at: 0, error });
  }

  /** The sync `later` syncs from now fails with this error (0: the next one); those before it go through. */
  failSyncAfter(later: number, error: unknown): void {
    this.failSyncAtAction(later, 0, error);
  }

  /**
   * The sync `later` syncs from now carries out its first `action` actions and then fails with this error, as Excel
   * does when a command part-way through a batch fails (the user starts editing a cell, a sheet is protected…).
   */
  failSyncAtAction(later: number, action: number, error: unknown): void {
    while (this.failures.length < later) this.failures.push(undefined);
    this.failures.splice(later, 0, { at: action, error });
  }

  /** Every sync from now on fails with this error. */
  failEverySync(error: unknown): void {
    this.persistentFailure = error;
  }

  /** Fails the batch at the place the next action would take (the commands queued before it still run). */
  private fail(error: unknown): void {
    this.batch.failure ??= { at: this.batch.actions.length, error };
  }

  private queue(action: () => void): void {
    this.batch.actions.push(action);
  }

  /** Whether this Excel has `member` of `className`; when not, the batch fails with ApiNotFound at this place. */
  private readonly gate = (className: string, member: string): void => {
    const needed = setOf(className, member);
    if (needed > this.version) {
      this.fail(officeError("ApiNotFound", `${className}.${member} needs ExcelApi 1.${needed}; this Excel has less.`));
    }
  };

  /** `fn`, asking the gate first. */
  private gated<A extends unknown[], R>(className: string, member: string, fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      this.gate(className, member);
      return fn(...args);
    };
  }

  /** The mock's load, asking the gate for every property named (a path such as "items/name" asks for its last part). */
  private gateLoads(mock: Mock, className: string, load?: (what: string | string[]) => unknown): void {
    const plain = (what: string | string[]) => OfficeMockObject.prototype.load.call(mock, what);
    mock.load = (what) => {
      const names = namesOf(what as string | string[]);
      for (const name of names) this.gate(className, name.split("/").pop() as string);
      return (load ?? plain)(what as string | string[]) as Mock | undefined;
    };
  }

  /** Reading a navigation property (range.dataValidation…) asks the gate, as using it in a command would. */
  private gateGetter(target: object, className: string, member: string, value: () => unknown): void {
    Object.defineProperty(target, member, {
      configurable: true,
      enumerable: false,
      get: () => {
        this.gate(className, member);
        return value();
      },
      // office-addin-mock puts its child objects back on their properties at each sync: nothing to change.
      set: () => {},
    });
  }

  private makeContext(): Mock {
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          items: this.sheetItems(),
          getActiveWorksheet: this.gated("WorksheetCollection", "getActiveWorksheet", () =>
            this.worksheet(this.sheetNamed(this.activeSheet)),
          ),
          getItem: this.gated("WorksheetCollection", "getItem", (name: string) => {
            const added = this.addedNamed(name);
            return added ? this.addedWorksheet(added) : this.worksheet(this.sheetNamed(name));
          }),
          add: this.gated("WorksheetCollection", "add", (name: string) => this.addSheet(name)),
        },
        protection: { protected: false },
        getSelectedRange: this.gated("Workbook", "getSelectedRange", () => this.selectedRange()),
      },
    }) as Mock;
    const names = this.namesCollection();
    this.gateGetter(context.workbook as object, "Workbook", "names", () => names);
    const workbook = context.workbook as Mock;
    const worksheets = workbook.worksheets as Mock;
    // The mock cannot load through an array ("items/name"); the items are plain objects, so loading them will do.
    this.gateLoads(worksheets, "Worksheet", (what) => {
      // Sheets may have been added or deleted since the mock was made: list them as they are now.
      (worksheets as unknown as { setValue(name: string, value: unknown): void }).setValue("items", this.listedSheets());
      return OfficeMockObject.prototype.load.call(worksheets, String(what).replace(/^items\/.*/, "items"));
    });
    const protection = workbook.protection as Mock;
    this.gateLoads(protection, "WorkbookProtection", (what) => {
      (protection as unknown as { setValue(name: string, value: unknown): void }).setValue("protected", this.workbookProtected);
      return OfficeMockObject.prototype.load.call(protection, what);
    });
    this.gateGetter(workbook, "Workbook", "protection", () => protection);
    context.sync = () => this.sync(context);
    return context;
  }

  /** workbook.getSelectedRange(): its address, with the sheet's name, as the selection is at the sync. */
  private selectedRange(): object {
    let loaded: string | undefined;
    const range = {
      load: (what: string | string[]) => {
        for (const name of namesOf(what)) this.gate("Range", name);
        this.queue(() => {
          const { sheet, address } = this.selection ?? { sheet: this.activeSheet, address: "A1" };
          loaded = `${quoted(sheet)}!${address.replace(/\$/g, "")}`;
        });
        return range;
      },
    };
    Object.defineProperty(range, "address", { get: () => loaded ?? notLoaded("range.address") });
    return range;
  }

  /** workbook.names: loaded with their addresses, added for a range, got by name to delete. */
  private namesCollection(): object {
    let loaded: { name: string; value: string }[] | undefined;
    const collection = {
      load: (what: string | string[]) => {
        for (const name of namesOf(what)) this.gate("NamedItem", name.split("/").pop() as string);
        this.queue(() => (loaded = [...this.names.keys()].map((name) => ({ name, value: this.nameValue(name) }))));
        return collection;
      },
      add: this.gated("NamedItemCollection", "add", (name: string, reference: unknown) => {
        const sheetId = this.rangeSheets.get(reference as object);
        const rect = this.rectOf(reference);
        this.queue(() => {
          if (this.names.has(name)) throw officeError("ItemAlreadyExists");
          if (!sheetId) throw officeError("InvalidArgument");
          this.names.set(name, { sheetId, rect, visible: true });
        });
        const named = {};
        Object.defineProperty(named, "visible", {
          set: (visible: boolean) => {
            this.gate("NamedItem", "visible");
            this.queue(() => {
              const entry = this.names.get(name);
              if (entry) entry.visible = visible;
            });
          },
        });
        return named;
      }),
      getItem: this.gated("NamedItemCollection", "getItem", (name: string) => ({
        delete: this.gated("NamedItem", "delete", () =>
          this.queue(() => {
            if (!this.names.delete(name)) throw officeError("ItemNotFound");
          }),
        ),
      })),
    };
    Object.defineProperty(collection, "items", { get: () => loaded ?? notLoaded("names.items") });
    return collection;
  }

  /** What Excel gives as a name's value: the address it refers to now, or #REF! when its cells were deleted. */
  private nameValue(name: string): string {
    const entry = this.names.get(name);
    const sheet = this.sheets.find((s) => s.id === entry?.sheetId);
    if (!entry?.rect || !sheet) return "#REF!";
    return `${quoted(sheet.grid.name)}!${a1(entry.rect)}`;
  }

  /** The user inserts `count` empty rows above row `before` of a sheet: cells, fills, merges and names move down. */
  insertRows(sheetName: string, before: number, count: number): void {
    this.moveRows(sheetName, before, count);
  }

  /** The user deletes rows `from`…`from + count - 1`: the rows below move up; names of deleted cells become #REF!. */
  deleteRows(sheetName: string, from: number, count: number): void {
    this.moveRows(sheetName, from, -count);
  }

  /** The user renames a sheet (Excel keeps its id, its cells and the names that refer to it). */
  renameSheetNow(from: string, to: string): void {
    const sheet = this.sheets.find((s) => s.grid.name === from);
    if (!sheet) throw new Error(`no sheet ${from}`);
    this.renameSheet(sheet.id as string, to);
    const action = this.batch.actions.pop() as () => void;
    action();
  }

  private moveRows(sheetName: string, at: number, by: number): void {
    const sheet = this.sheets.find((s) => s.grid.name === sheetName);
    const state = this.cellStates.get(sheetName);
    if (!sheet || !state) throw new Error(`no sheet ${sheetName}`);
    const { grid } = sheet;
    const index = at - grid.origin.row;
    if (by > 0) {
      grid.values.splice(index, 0, ...Array.from({ length: by }, () => []));
      grid.numberFormats?.splice(index, 0, ...Array.from({ length: by }, () => []));
    } else {
      grid.values.splice(index, -by);
      grid.numberFormats?.splice(index, -by);
    }
    const deleted = (row: number) => by < 0 && row >= at && row < at - by;
    const moved = (row: number) => (row >= at ? row + by : row);
    const rekey = <T>(map: Map<string, T>) => {
      const entries = [...map].map(([address, value]) => [/^([A-Z]+)(\d+)$/.exec(address), value] as const);
      map.clear();
      for (const [match, value] of entries) {
        if (!match || deleted(Number(match[2]))) continue;
        map.set(`${match[1]}${moved(Number(match[2]))}`, value);
      }
    };
    rekey(state.fills);
    rekey(state.validations);
    rekey(state.formulas);
    grid.merges = grid.merges
      .filter((m) => !deleted(m.top))
      .map((m) => ({ ...m, top: moved(m.top), bottom: moved(m.bottom) }));
    for (const entry of this.names.values()) {
      if (entry.sheetId !== sheet.id || !entry.rect) continue;
      if (deleted(entry.rect.top)) entry.rect = undefined;
      else entry.rect = { ...entry.rect, top: moved(entry.rect.top), bottom: moved(entry.rect.bottom) };
    }
  }

  private async sync(context: OfficeMockObject): Promise<void> {
    this.syncs++;
    const batch = this.batch;
    this.batch = newBatch();
    this.requests.push(batch.requestBytes);
    this.actions.push(batch.actions.length);
    const planned = this.failures.shift();
    const whole = (error: unknown): Failure => ({ at: 0, error });
    const failure =
      planned ??
      (this.persistentFailure !== undefined ? whole(this.persistentFailure) : undefined) ??
      (batch.requestBytes > LIMIT_BYTES ? whole(officeError("RequestPayloadSizeLimitExceeded")) : undefined) ??
      (batch.bytes > LIMIT_BYTES ? whole(officeError("ResponsePayloadSizeLimitExceeded")) : undefined) ??
      batch.failure;
    // Carried out in order up to the failure; an action may fail itself (a protected sheet, a name taken).
    const stop = Math.min(failure?.at ?? batch.actions.length, batch.actions.length);
    // The objects made for this batch get their loaded values at this sync and never again: the host makes fresh
    // ones for each batch, which keeps a sync's cost to its own batch.
    const made = this.made.splice(0);
    for (let i = 0; i < stop; i++) (batch.actions[i] as () => void)();
    if (failure) throw failure.error;
    this.responses.push(batch.bytes);
    this.blocks.push(batch.blocks);
    await OfficeMockObject.prototype.sync.call(context);
    for (const mock of made) await mock.sync();
  }

  /** A sheet of the user's by its name or its id, as worksheets.getItem takes either. */
  private sheetNamed(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.grid.name.toLowerCase() === name.toLowerCase() || s.id === name);
    if (sheet) return sheet;
    this.fail(officeError("ItemNotFound"));
    return { grid: { name, origin: { row: 1, col: 1 }, values: [], merges: [] } };
  }

  private addedNamed(name: string): WrittenSheet | undefined {
    return [...this.added.values()].find((sheet) => sheet.name.toLowerCase() === name.toLowerCase() || sheet.id === name);
  }

  private track<T extends OfficeMockObject>(mock: T): T {
    this.made.push(mock);
    return mock;
  }

  /** The sheets as worksheets.load lists them: each item has its onChanged, as the worksheet has. */
  private listedSheets(): { name: string; id: string }[] {
    return this.sheetItems().map((item) => {
      const changed = this.changedEventsOf(item.id);
      this.gateGetter(item, "Worksheet", "onChanged", () => changed);
      return item;
    });
  }

  private sheetItems(): { name: string; id: string }[] {
    const read = this.sheets.map((sheet) => ({ name: sheet.grid.name, id: sheet.id as string }));
    return [...read, ...[...this.added.values()].map(({ name, id }) => ({ name, id }))];
  }

  private nameTaken(name: string, except?: string): boolean {
    return this.sheetItems().some((item) => item.id !== except && item.name.toLowerCase() === name.toLowerCase());
  }

  private guardStructure(): void {
    if (this.workbookProtected) throw officeError("AccessDenied", "The workbook's structure is protected.");
  }

  /** worksheets.add: the new sheet exists after the sync; a name already taken fails it, as in Excel. */
  private addSheet(name: string): object {
    const written: WrittenSheet = {
      name,
      id: `{sheet-${this.nextId++}}`,
      cells: new Map(),
      formats: [],
      charts: [],
      autofitRows: [],
      pageLayout: {},
      numberFormats: new Map(),
      merges: [],
      validations: [],
    };
    this.queue(() => {
      this.guardStructure();
      if (this.nameTaken(name)) throw officeError("ItemAlreadyExists");
      this.added.set(written.name, written);
    });
    return this.addedWorksheet(written);
  }

  /** worksheet.delete: gone after the sync, whether it was there from the start or added since. */
  private deleteSheet(id: string): void {
    this.queue(() => {
      this.guardStructure();
      const index = this.sheets.findIndex((sheet) => sheet.id === id);
      const added = [...this.added.values()].find((sheet) => sheet.id === id);
      if (index >= 0) this.sheets.splice(index, 1);
      else if (added) this.added.delete(added.name);
      else throw officeError("ItemNotFound");
    });
  }

  /** worksheet.name = …: renamed at the sync; a name another sheet has fails it. */
  private renameSheet(id: string, name: string): void {
    this.queue(() => {
      this.guardStructure();
      if (this.nameTaken(name, id)) throw officeError("ItemAlreadyExists");
      const sheet = this.sheets.find((s) => s.id === id);
      const added = [...this.added.values()].find((s) => s.id === id);
      if (sheet) {
        const state = this.cellStates.get(sheet.grid.name) as CellState;
        this.cellStates.delete(sheet.grid.name);
        sheet.grid.name = name;
        this.cellStates.set(name, state);
      } else if (added) {
        this.added.delete(added.name);
        added.name = name;
        this.added.set(name, added);
      } else throw officeError("ItemNotFound");
    });
  }

  private activate(name: () => string, also?: () => void): void {
    this.queue(() => {
      this.activeSheet = name();
      also?.();
    });
  }

  /** A range on an added sheet: what is assigned to it is written there at the sync. */
  private writtenRange(sheet: WrittenSheet, rect: CellRange): object {
    const address = a1(rect).replace(/\$/g, "");
    let record: WrittenSheet["formats"][number] | undefined;
    const formatRecord = () => {
      if (!record) {
        record = { address, font: {}, fill: {}, other: {} };
        sheet.formats.push(record);
      }
      return record;
    };
    const cellsOfRect = (rows: unknown[][], each: (address: string, input: unknown) => void) =>
      rows.forEach((line, r) => line.forEach((input, c) => each(columnLetter(rect.left + c) + (rect.top + r), input)));
    const setting = (className: string, target: object, names: string[], apply: (name: string, value: unknown) => void) => {
      for (const name of names) {
        Object.defineProperty(target, name, {
          enumerable: true,
          set: (value: unknown) => {
            this.gate(className, name);
            this.queue(() => apply(name, value));
          },
        });
      }
      return target;
    };
    const font = setting("RangeFont", {}, ["bold", "italic", "size", "color"], (name, value) => (formatRecord().font[name] = value));
    const fill = setting("RangeFill", {}, ["color"], (name, value) => (formatRecord().fill[name] = value));
    const format = setting("RangeFormat", {}, ["columnWidth", "wrapText", "verticalAlignment"], (name, value) => (formatRecord().other[name] = value));
    Object.defineProperty(format, "autofitRows", {
      value: this.gated("RangeFormat", "autofitRows", () => this.queue(() => sheet.autofitRows.push(address))),
    });
    this.gateGetter(format, "RangeFormat", "font", () => font);
    this.gateGetter(format, "RangeFormat", "fill", () => fill);
    const range = {
      merge: this.gated("Range", "merge", (across?: boolean) => {
        if (across) throw new Error("the fake merges whole areas only");
        this.queue(() => sheet.merges.push(address));
      }),
    };
    this.gateGetter(range, "Range", "format", () => format);
    const validation = {};
    Object.defineProperty(validation, "rule", {
      set: (rule: ValidationRule) => {
        this.gate("DataValidation", "rule");
        this.queue(() => sheet.validations.push({ address, rule }));
      },
    });
    this.gateGetter(range, "Range", "dataValidation", () => validation);
    for (const name of ["formulas", "numberFormat"]) {
      Object.defineProperty(range, name, {
        enumerable: true,
        set: (rows: unknown[][]) => {
          this.gate("Range", name);
          this.batch.requestBytes += Buffer.byteLength(JSON.stringify(rows));
          this.queue(() =>
            cellsOfRect(rows, (cell, input) => {
              if (name === "numberFormat") sheet.numberFormats.set(cell, String(input));
              else if (input === "") sheet.cells.delete(cell);
              else {
                const numberFormat = sheet.numberFormats.get(cell);
                sheet.cells.set(cell, { input: input as string | number, ...(numberFormat && { numberFormat }) });
              }
            }),
          );
        },
      });
    }
    this.rects.set(range, rect);
    return range;
  }

  /** The page layout of an added sheet (ExcelApi 1.9): what is set on it reaches the sheet at the sync. */
  private pageLayoutOf(sheet: WrittenSheet): object {
    const properties = ["paperSize", "orientation", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"];
    const layout = {
      setPrintTitleRows: this.gated("PageLayout", "setPrintTitleRows", (rows: string) =>
        this.queue(() => (sheet.pageLayout.printTitleRows = rows)),
      ),
    };
    for (const name of properties) {
      Object.defineProperty(layout, name, {
        set: (value: unknown) => {
          this.gate("PageLayout", name);
          this.queue(() => (sheet.pageLayout[name] = value));
        },
      });
    }
    return layout;
  }

  /** The charts of an added sheet: each chart, its title and position are made at the sync. */
  private chartsOf(sheet: WrittenSheet): object {
    return {
      add: this.gated("ChartCollection", "add", (type: string, source: unknown, seriesBy: string) => {
        const chart: WrittenSheet["charts"][number] = { type, source: a1(this.rectOf(source)).replace(/\$/g, ""), seriesBy };
        this.queue(() => sheet.charts.push(chart));
        const title = {};
        Object.defineProperty(title, "text", {
          set: (text: string) => {
            this.gate("ChartTitle", "text");
            this.queue(() => (chart.title = text));
          },
        });
        const made = { setPosition: this.gated("Chart", "setPosition", (from: string, to: string) => this.queue(() => Object.assign(chart, { from, to }))) };
        this.gateGetter(made, "Chart", "title", () => title);
        return made;
      }),
    };
  }

  private worksheet(sheet: FakeSheet): Mock {
    const state = this.cellStates.get(sheet.grid.name);
    const mock = this.track(
      new OfficeMockObject({
        name: sheet.grid.name,
        id: sheet.id as string,
        getUsedRange: this.gated("Worksheet", "getUsedRange", (valuesOnly?: boolean) => {
          if (valuesOnly !== undefined) this.gate("Worksheet", "getUsedRange(valuesOnly)");
          this.usedRangeCalls.push(valuesOnly === true);
          return this.range(sheet, usedRect(sheet, valuesOnly === true));
        }),
        getRange: this.gated("Worksheet", "getRange", (address: string) => this.range(sheet, this.rectOf(address))),
        activate: this.gated("Worksheet", "activate", () => this.activate(() => sheet.grid.name)),
        delete: this.gated("Worksheet", "delete", () => this.deleteSheet(sheet.id as string)),
        protection: {
          protected: state?.protection.protected ?? false,
          options: { allowFormatCells: state?.protection.allowFormatCells ?? false },
        },
      }) as Mock,
    );
    this.gateLoads(mock, "Worksheet");
    const protection = mock.protection as Mock;
    this.gateLoads(protection, "WorksheetProtection");
    this.gateGetter(mock, "Worksheet", "protection", () => protection);
    const changed = this.changedEventsOf(sheet.id as string);
    this.gateGetter(mock, "Worksheet", "onChanged", () => changed);
    const built = sheet.grid.name;
    let nameHeld: unknown = mock.name;
    Object.defineProperty(mock, "name", {
      configurable: true,
      enumerable: true,
      get: () => nameHeld,
      set: (value: unknown) => {
        // The mock's own assignments (the name it was built with, "not loaded" errors) pass; a rename is queued.
        if (typeof value === "string" && (value === built || isMockError(value))) nameHeld = value;
        else {
          this.gate("Worksheet", "name");
          this.renameSheet(sheet.id as string, String(value));
        }
      },
    });
    return mock;
  }

  private range(sheet: FakeSheet, rect: CellRange): Mock {
    const mock = this.track(
      new OfficeMockObject({
        address: `${quoted(sheet.grid.name)}!${a1(rect)}`,
        rowIndex: rect.top - 1,
        columnIndex: rect.left - 1,
        rowCount: rect.bottom - rect.top + 1,
        columnCount: rect.right - rect.left + 1,
        values: [],
        numberFormat: [],
        getIntersection: this.gated("Range", "getIntersection", (other: unknown) =>
          this.range(sheet, this.intersect(rect, this.rectOf(other))),
        ),
        getBoundingRect: this.gated("Range", "getBoundingRect", (other: unknown) =>
          this.range(sheet, bounding(rect, this.rectOf(other))),
        ),
        getRow: this.gated("Range", "getRow", (index: number) => {
          if (index < 0 || index >= rect.bottom - rect.top + 1) this.fail(officeError("InvalidArgument"));
          return this.range(sheet, { ...rect, top: rect.top + index, bottom: rect.top + index });
        }),
        getMergedAreasOrNullObject: this.gated("Range", "getMergedAreasOrNullObject", () => this.mergedAreas(sheet, rect)),
        select: this.gated("Range", "select", () =>
          this.queue(() => {
            this.selection = { sheet: sheet.grid.name, address: a1(rect) };
            this.undelivered.push(async () => {
              for (const handler of [...this.selectionHandlers]) handler();
            });
          }),
        ),
      }) as Mock,
    );
    this.rects.set(mock, rect);
    this.rangeSheets.set(mock, sheet.id as string);
    // A sheet that is not there fails the sync (ItemNotFound); until then its ranges take calls like any other.
    const state = this.cellStates.get(sheet.grid.name) ?? new CellState(sheet.grid);
    const queue = (action: () => void) => this.queue(action);
    const fill = new FakeFill(state, rect, queue, this.gate);
    const format = {};
    this.gateGetter(format, "RangeFormat", "fill", () => fill);
    this.gateGetter(mock, "Range", "format", () => format);
    const validation = new FakeDataValidation(state, rect, queue, this.validationsSent, this.gate);
    this.gateGetter(mock, "Range", "dataValidation", () => validation);
    const own = (value: unknown) => typeof value === "string" || (typeof value === "object" && value !== null && this.served.has(value));
    const told = () => this.undelivered.push(() => this.tellChanged(sheet.id as string, a1(rect).replace(/\$/g, ""), "ThisLocalAddin"));
    writableCells(mock, state, rect, queue, own, this.gate, (bytes) => (this.batch.requestBytes += bytes), told);
    // Cells are made when asked for: a range of whole rows has 16,384 columns nobody wants to fill.
    mock.load = (what: string | string[]) => {
      for (const name of namesOf(what)) this.gate("Range", name);
      this.serveCells(mock, sheet.grid, rect, what);
      return OfficeMockObject.prototype.load.call(mock, what);
    };
    return mock;
  }

  private serveCells(mock: OfficeMockObject, grid: SheetGrid, rect: CellRange, what: string | string[]): void {
    const wanted = namesOf(what).filter((name) => name === "values" || name === "numberFormat" || name === "formulas");
    if (wanted.length === 0) return;
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) {
      this.fail(officeError("RangeExceedsLimit"));
      return;
    }
    if (wanted.includes("values")) this.batch.blocks++;
    for (const name of wanted) {
      const formulas = this.cellStates.get(grid.name)?.formulas;
      const cells =
        name === "values"
          ? valuesOf(grid, rect)
          : name === "formulas"
            ? rowsOf(rect, (row, col) => formulas?.get(columnLetter(col) + row) ?? cellAt(grid, row, col) ?? "")
            : formatsOf(grid, rect);
      this.served.add(cells);
      this.batch.bytes += Buffer.byteLength(JSON.stringify(cells));
      (mock as unknown as { setValue(name: string, value: unknown): void }).setValue(name, cells);
    }
  }

  /** The merged areas Excel gives for a range, by the rule this Excel follows; more than 512 fails the sync. */
  private mergedAreas(sheet: FakeSheet, rect: CellRange): Mock {
    const areas =
      this.mergedAreaRule === "topLeft"
        ? sheet.grid.merges.filter((m) => inside(m.top, m.left, rect))
        : sheet.grid.merges.flatMap((m) => clip(m, rect) ?? []);
    this.mergeCalls.push(areas.length);
    if (areas.length > MAX_MERGED_AREAS) this.fail(officeError("GeneralException"));
    const address = areas.map((area) => `${quoted(sheet.grid.name)}!${a1(area)}`).join(", ");
    const mock = this.track(new OfficeMockObject({ address, areaCount: areas.length }) as Mock);
    this.gateLoads(mock, "RangeAreas");
    // office.js sets isNullObject from the response without it being loaded; a mock property would need a load.
    mock.isNullObject = areas.length === 0;
    return mock;
  }

  private intersect(a: CellRange, b: CellRange): CellRange {
    const rect = clip(a, b);
    if (!rect) {
      this.fail(officeError("ItemNotFound", "The requested resource doesn't exist."));
      return a;
    }
    return rect;
  }

  private rectOf(other: unknown): CellRange {
    if (typeof other === "object" && other !== null) {
      const rect = this.rects.get(other);
      if (rect) return rect;
    }
    const rect = typeof other === "string" ? parseRect(other) : undefined;
    if (rect) return rect;
    this.fail(officeError("InvalidArgument"));
    return { top: 1, left: 1, bottom: 1, right: 1 };
  }

  /**
   * A worksheet the add-in added, as office.js hands it out (by add(), or by getItem() later): its id and name are
   * read after a load and a sync, and everything done to it is queued for the sync.
   */
  private addedWorksheet(sheet: WrittenSheet): object {
    let loaded: { id: string; name: string } | undefined;
    const worksheet = {
      load: (what: string | string[]) => {
        for (const name of namesOf(what)) this.gate("Worksheet", name);
        this.queue(() => (loaded = { id: sheet.id, name: sheet.name }));
        return worksheet;
      },
      getRange: this.gated("Worksheet", "getRange", (address: string) => this.writtenRange(sheet, this.rectOf(address))),
      activate: this.gated("Worksheet", "activate", () => this.activate(() => sheet.name, () => (sheet.active = true))),
      delete: this.gated("Worksheet", "delete", () => this.deleteSheet(sheet.id)),
    };
    Object.defineProperties(worksheet, {
      id: { get: () => loaded?.id ?? notLoaded("worksheet.id") },
      name: {
        get: () => loaded?.name ?? notLoaded("worksheet.name"),
        set: (name: string) => {
          this.gate("Worksheet", "name");
          this.renameSheet(sheet.id, name);
        },
      },
    });
    this.gateGetter(worksheet, "Worksheet", "charts", () => this.chartsOf(sheet));
    const pageLayout = this.pageLayoutOf(sheet);
    this.gateGetter(worksheet, "Worksheet", "pageLayout", () => pageLayout);
    const protection = {
      load: (what: string | string[]) => {
        for (const name of namesOf(what)) this.gate("WorksheetProtection", name);
        return protection;
      },
      protected: false,
      options: { allowFormatCells: false },
    };
    this.gateGetter(worksheet, "Worksheet", "protection", () => protection);
    return worksheet;
  }
}

function notLoaded(name: string): never {
  throw new Error(`PropertyNotLoaded: ${name} was read before it was loaded and synced`);
}

/** The property names of a load: "values,numberFormat", ["rowIndex", …] or "items/name,items/id". */
function namesOf(what: string | string[]): string[] {
  return (Array.isArray(what) ? what : what.split(",")).map((name) => name.trim()).filter((name) => name !== "");
}

/** office-addin-mock's placeholder strings for a property not loaded or not yet synced. */
function isMockError(value: string): boolean {
  return /^Error, /.test(value);
}

function clip(a: CellRange, b: CellRange): CellRange | undefined {
  const rect = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return rect.top > rect.bottom || rect.left > rect.right ? undefined : rect;
}

function usedRect(sheet: FakeSheet, valuesOnly: boolean): CellRange {
  const { grid } = sheet;
  const values =
    grid.values.length === 0
      ? undefined
      : { top: grid.origin.row, left: grid.origin.col, bottom: lastRow(grid), right: lastCol(grid) };
  const used = values && sheet.formatted && !valuesOnly ? bounding(values, sheet.formatted) : values;
  // Excel answers a blank sheet with its top-left cell.
  return used ?? { top: 1, left: 1, bottom: 1, right: 1 };
}

function valuesOf(grid: SheetGrid, rect: CellRange): (string | number | boolean)[][] {
  return rowsOf(rect, (row, col) => cellAt(grid, row, col) ?? "");
}

function formatsOf(grid: SheetGrid, rect: CellRange): string[][] {
  return rowsOf(rect, (row, col) => formatAt(grid, row, col) ?? "General");
}

function rowsOf<T>(rect: CellRange, cell: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: T[] = [];
    for (let col = rect.left; col <= rect.right; col++) line.push(cell(row, col));
    rows.push(line);
  }
  return rows;
}

function bounding(a: CellRange, b: CellRange): CellRange {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

function inside(row: number, col: number, rect: CellRange): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

/** Only the address forms the host sends: "B12", "A1:P40", "1:2000", "A:A". */
function parseRect(address: string): CellRange | undefined {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: MAX_COL };
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (cols) return { top: 1, left: columnNumber(cols[1] as string), bottom: MAX_ROW, right: columnNumber(cols[2] as string) };
  const cells = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!cells) return undefined;
  const top = Number(cells[2]);
  const left = columnNumber(cells[1] as string);
  const rect = {
    top,
    left,
    bottom: cells[4] ? Number(cells[4]) : top,
    right: cells[3] ? columnNumber(cells[3]) : left,
  };
  return rect.bottom <= MAX_ROW && rect.right <= MAX_COL ? rect : undefined;
}

function a1(rect: CellRange): string {
  const start = `$${columnLetter(rect.left)}$${rect.top}`;
  const end = `$${columnLetter(rect.right)}$${rect.bottom}`;
  return start === end ? start : `${start}:${end}`;
}

/** Excel quotes a sheet name with anything but letters, digits and underscores in it. */
function quoted(name: string): string {
  return /^[\p{L}\d_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
