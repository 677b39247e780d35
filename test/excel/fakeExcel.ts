/**
 * A workbook served through office-addin-mock, close enough to Excel for the host's reads: sheets come from
 * SheetGrids (built by the fixtures and read by the file host), ranges answer with their cells as Excel would
 * ("" for empty, "General" for no format), and every sync is counted and weighed.
 *
 * office-addin-mock holds the object tree and the load/sync rules (a property read before its sync is an error
 * string, not a value). It has no notion of methods with arguments, so getRange, getIntersection and the like are
 * functions in the mock data that make new mock objects; those are not children of the context, so the context's
 * sync here also syncs every object made since. Like Excel, a method that will fail (an empty intersection, too many
 * merged areas) fails the next sync rather than the call, and a response over 5 MB is refused.
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
import {
  CellState,
  FakeDataValidation,
  FakeFill,
  NO_FILL,
  writableCells,
  type FillState,
  type ValidationRule,
} from "./fakeCells";

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
}

/** An OfficeExtension.Error as office.js rejects with it. */
export function officeError(code: string, message = `Excel says ${code}.`): Error & { code: string } {
  const error = new Error(message) as Error & { code: string; debugInfo: object };
  error.name = "RichApi.Error";
  error.code = code;
  error.debugInfo = { code, message, errorLocation: "Range.getIntersection" };
  return error;
}

interface Batch {
  bytes: number;
  blocks: number;
  failure?: unknown;
  actions: (() => void)[];
}

type Mock = OfficeMockObject & Record<string, unknown>;

/** A sheet the add-in added (worksheets.add): what it wrote there, read back from the range objects at each sync. */
export interface WrittenSheet {
  name: string;
  id: string;
  /** A1 address → what was written: formulas as "=…", text as sent (with Excel's "'" text prefix), numbers. */
  cells: Map<string, { input: string | number; numberFormat?: string }>;
  /** Formatting set on ranges, in the order sent. */
  formats: { address: string; font: Record<string, unknown>; fill: Record<string, unknown>; other: Record<string, unknown> }[];
  charts: { type: string; source: string; seriesBy: string; title?: string; from?: string; to?: string }[];
  /** Ranges whose rows were autofitted. */
  autofitRows: string[];
  /** The page layout as set (ExcelApi 1.9): its properties, and the print title rows. */
  pageLayout: Record<string, unknown>;
  active?: boolean;
}

export class FakeExcel {
  syncs = 0;
  /** What each successful sync sent back: bytes of values and number formats, as UTF-8 JSON. */
  readonly responses: number[] = [];
  /** What each sync sent to Excel: bytes of cell data written, as UTF-8 JSON (over 5 MB fails the sync). */
  readonly requests: number[] = [];
  /** How many ranges' values each successful sync sent back. */
  readonly blocks: number[] = [];
  /** Merged areas returned by each getMergedAreasOrNullObject call. */
  readonly mergeCalls: number[] = [];
  /** The valuesOnly argument of each getUsedRange call. */
  readonly usedRangeCalls: boolean[] = [];
  activeSheet: string;
  selection?: { sheet: string; address: string };
  readonly context: Excel.RequestContext;
  readonly run: ExcelRun;

  private readonly sheets: FakeSheet[];
  private batch: Batch = { bytes: 0, blocks: 0, actions: [] };
  private readonly failures: unknown[] = [];
  private persistentFailure: unknown;
  private readonly made: OfficeMockObject[] = [];
  private readonly rects = new WeakMap<object, CellRange>();
  /** Sheets added by the code under test, by name; ranges on them are written, never read. */
  readonly added = new Map<string, WrittenSheet>();
  /** Data validation rules set on the user's sheets, in the order sent. */
  readonly validationsSent: { address: string; rule: ValidationRule }[] = [];
  private readonly cellStates = new Map<string, CellState>();
  /** Cells the fake served for loads: the mock assigns them itself, so they are not writes. */
  private readonly served = new WeakSet<object>();
  private readonly writes: { sheet: WrittenSheet; rect: CellRange; mock: Mock }[] = [];
  /** The page layouts of added sheets: what was set on them reaches the sheet at each sync. */
  private readonly layouts: { sheet: WrittenSheet; layout: Mock }[] = [];
  private nextId = 1;

  constructor(sheets: (FakeSheet | SheetGrid)[], active?: string) {
    this.sheets = sheets.map((sheet) => ("grid" in sheet ? sheet : { grid: sheet }));
    for (const sheet of this.sheets) {
      sheet.id ??= `{sheet-${this.nextId++}}`;
      const state = new CellState(sheet.grid);
      for (const [address, fill] of Object.entries(sheet.fills ?? {})) state.fills.set(address, { ...NO_FILL, ...fill });
      for (const [address, rule] of Object.entries(sheet.validations ?? {})) state.validations.set(address, rule);
      this.cellStates.set(sheet.grid.name, state);
    }
    this.activeSheet = active ?? this.sheets[0]?.grid.name ?? "";
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

  /** The next sync fails with this error (queued: several calls fail several syncs in turn). */
  failNextSync(error: unknown): void {
    this.failures.push(error);
  }

  /** The sync `later` syncs from now fails with this error (0: the next one); those before it go through. */
  failSyncAfter(later: number, error: unknown): void {
    while (this.failures.length < later) this.failures.push(undefined);
    this.failures.splice(later, 0, error);
  }

  /** Every sync from now on fails with this error. */
  failEverySync(error: unknown): void {
    this.persistentFailure = error;
  }

  private makeContext(): Mock {
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          items: this.sheetItems(),
          getActiveWorksheet: () => this.worksheet(this.sheetNamed(this.activeSheet)),
          getItem: (name: string) =>
            this.added.has(name) ? this.addedWorksheet(name) : this.worksheet(this.sheetNamed(name)),
          add: (name: string) => this.addSheet(name),
        },
      },
    }) as Mock;
    const worksheets = (context.workbook as Mock).worksheets as Mock;
    // The mock cannot load through an array ("items/name"); the items are plain objects, so loading them will do.
    worksheets.load = (what: string) => {
      // Sheets may have been added or deleted since the mock was made: list them as they are now.
      (worksheets as unknown as { setValue(name: string, value: unknown): void }).setValue("items", this.sheetItems());
      return OfficeMockObject.prototype.load.call(worksheets, what.replace(/^items\/.*/, "items"));
    };
    context.sync = () => this.sync(context);
    return context;
  }

  private async sync(context: OfficeMockObject): Promise<void> {
    this.syncs++;
    const batch = this.batch;
    this.batch = { bytes: 0, blocks: 0, actions: [] };
    const sent = this.requestBytes();
    this.requests.push(sent);
    const failure =
      this.failures.shift() ??
      this.persistentFailure ??
      batch.failure ??
      (sent > LIMIT_BYTES ? officeError("RequestPayloadSizeLimitExceeded") : undefined) ??
      (batch.bytes > LIMIT_BYTES ? officeError("ResponsePayloadSizeLimitExceeded") : undefined);
    if (failure !== undefined) throw failure;
    this.responses.push(batch.bytes);
    this.blocks.push(batch.blocks);
    for (const action of batch.actions) action();
    this.applyWrites();
    for (const { sheet, layout } of this.layouts) {
      for (const [key, value] of Object.entries(layout)) {
        if (!key.startsWith("_") && typeof value !== "function") sheet.pageLayout[key] = value;
      }
    }
    await OfficeMockObject.prototype.sync.call(context);
    for (const mock of this.made) await mock.sync();
  }

  private sheetNamed(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.grid.name === name);
    if (sheet) return sheet;
    this.batch.failure ??= officeError("ItemNotFound");
    return { grid: { name, origin: { row: 1, col: 1 }, values: [], merges: [] } };
  }

  private track<T extends OfficeMockObject>(mock: T): T {
    this.made.push(mock);
    return mock;
  }

  private sheetItems(): { name: string; id: string }[] {
    const read = this.sheets.map((sheet) => ({ name: sheet.grid.name, id: sheet.id as string }));
    return [...read, ...[...this.added.values()].map(({ name, id }) => ({ name, id }))];
  }

  /** worksheets.add: the new sheet exists after the sync; a name already taken fails it, as in Excel. */
  private addSheet(name: string): Mock {
    const written: WrittenSheet = {
      name,
      id: `{sheet-${this.nextId++}}`,
      cells: new Map(),
      formats: [],
      charts: [],
      autofitRows: [],
      pageLayout: {},
    };
    this.batch.actions.push(() => {
      if (this.sheetItems().some((item) => item.name.toLowerCase() === name.toLowerCase())) {
        throw officeError("ItemAlreadyExists");
      }
      this.added.set(name, written);
    });
    const sheet = this.track(
      new OfficeMockObject({
        name,
        id: written.id,
        getRange: (address: string) => this.writableRange(written, this.rectOf(address)),
        pageLayout: {
          setPrintTitleRows: (rows: string) => this.batch.actions.push(() => (written.pageLayout.printTitleRows = rows)),
        },
        activate: () =>
          this.batch.actions.push(() => {
            this.activeSheet = name;
            written.active = true;
          }),
        charts: {
          add: (type: string, source: unknown, seriesBy: string) => {
            const chart = { type, source: a1(this.rectOf(source)).replace(/\$/g, ""), seriesBy } as WrittenSheet["charts"][number];
            written.charts.push(chart);
            const mock = this.track(
              new OfficeMockObject({
                title: {},
                setPosition: (from: string, to: string) => Object.assign(chart, { from, to }),
              }) as Mock,
            );
            this.batch.actions.push(() => (chart.title = (mock.title as Mock).text as string | undefined));
            return mock;
          },
        },
      }) as Mock,
    );
    this.layouts.push({ sheet: written, layout: sheet.pageLayout as Mock });
    return sheet;
  }

  /** worksheet.delete: gone after the sync, whether it was there from the start or added since. */
  private deleteSheet(name: string): void {
    this.batch.actions.push(() => {
      const index = this.sheets.findIndex((sheet) => sheet.grid.name === name);
      if (index >= 0) this.sheets.splice(index, 1);
      this.added.delete(name);
    });
  }

  /** An added sheet got again by name: enough to delete it. */
  private addedWorksheet(name: string): Mock {
    return this.track(new OfficeMockObject({ name, delete: () => this.deleteSheet(name) }) as Mock);
  }

  private writableRange(sheet: WrittenSheet, rect: CellRange): Mock {
    const autofit = () => this.batch.actions.push(() => sheet.autofitRows.push(a1(rect).replace(/\$/g, "")));
    const mock = this.track(new OfficeMockObject({ format: { font: {}, fill: {}, autofitRows: autofit } }) as Mock);
    this.rects.set(mock, rect);
    this.writes.push({ sheet, rect, mock });
    return mock;
  }

  /** Bytes of the cell data assigned to ranges since the last sync. */
  private requestBytes(): number {
    let bytes = 0;
    for (const { mock } of this.writes) {
      for (const name of ["formulas", "numberFormat"]) {
        if (Array.isArray(mock[name])) bytes += Buffer.byteLength(JSON.stringify(mock[name]));
      }
    }
    return bytes;
  }

  /** What was assigned to ranges on added sheets, into their WrittenSheet; each range is read once. */
  private applyWrites(): void {
    for (const { sheet, rect, mock } of this.writes.splice(0)) {
      const formulas = mock.formulas as (string | number)[][] | undefined;
      const formats = mock.numberFormat as string[][] | undefined;
      formulas?.forEach((line, r) =>
        line.forEach((input, c) => {
          if (input === "") return;
          const numberFormat = formats?.[r]?.[c];
          sheet.cells.set(columnLetter(rect.left + c) + (rect.top + r), { input, ...(numberFormat && { numberFormat }) });
        }),
      );
      const format = mock.format as Mock;
      const own = (object: Mock) =>
        Object.fromEntries(Object.entries(object).filter(([key, value]) => !key.startsWith("_") && typeof value !== "function" && typeof value !== "object"));
      const font = own(format.font as Mock);
      const fill = own(format.fill as Mock);
      const other = own(format);
      if (Object.keys(font).length + Object.keys(fill).length + Object.keys(other).length > 0) {
        sheet.formats.push({ address: a1(rect).replace(/\$/g, ""), font, fill, other });
      }
    }
  }

  private worksheet(sheet: FakeSheet): Mock {
    return this.track(
      new OfficeMockObject({
        name: sheet.grid.name,
        id: sheet.id as string,
        getUsedRange: (valuesOnly?: boolean) => {
          this.usedRangeCalls.push(valuesOnly === true);
          return this.range(sheet, usedRect(sheet, valuesOnly === true));
        },
        getRange: (address: string) => this.range(sheet, this.rectOf(address)),
        activate: () => this.batch.actions.push(() => (this.activeSheet = sheet.grid.name)),
        delete: () => this.deleteSheet(sheet.grid.name),
      }) as Mock,
    );
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
        getIntersection: (other: unknown) => this.range(sheet, this.intersect(rect, this.rectOf(other))),
        getBoundingRect: (other: unknown) => this.range(sheet, bounding(rect, this.rectOf(other))),
        getRow: (index: number) => {
          if (index < 0 || index >= rect.bottom - rect.top + 1) this.batch.failure ??= officeError("InvalidArgument");
          return this.range(sheet, { ...rect, top: rect.top + index, bottom: rect.top + index });
        },
        getMergedAreasOrNullObject: () => this.mergedAreas(sheet, rect),
        select: () =>
          this.batch.actions.push(() => (this.selection = { sheet: sheet.grid.name, address: a1(rect) })),
      }) as Mock,
    );
    this.rects.set(mock, rect);
    // A sheet that is not there fails the sync (ItemNotFound); until then its ranges take calls like any other.
    const state = this.cellStates.get(sheet.grid.name) ?? new CellState(sheet.grid);
    const queue = (action: () => void) => this.batch.actions.push(action);
    mock.format = { fill: new FakeFill(state, rect, queue) };
    mock.dataValidation = new FakeDataValidation(state, rect, queue, this.validationsSent);
    const own = (value: unknown) => typeof value === "string" || (typeof value === "object" && value !== null && this.served.has(value));
    writableCells(mock, state, rect, queue, own);
    // Cells are made when asked for: a range of whole rows has 16,384 columns nobody wants to fill.
    mock.load = (what: string | string[]) => {
      this.serveCells(mock, sheet.grid, rect, what);
      return OfficeMockObject.prototype.load.call(mock, what);
    };
    return mock;
  }

  private serveCells(mock: OfficeMockObject, grid: SheetGrid, rect: CellRange, what: string | string[]): void {
    const names = (Array.isArray(what) ? what : what.split(",")).map((name) => name.trim());
    const wanted = names.filter((name) => name === "values" || name === "numberFormat" || name === "formulas");
    if (wanted.length === 0) return;
    if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) {
      this.batch.failure ??= officeError("RangeExceedsLimit");
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

  /** Like Excel: the areas whose top-left cell lies in the range; more than 512 fails the sync. */
  private mergedAreas(sheet: FakeSheet, rect: CellRange): Mock {
    const areas = sheet.grid.merges.filter((m) => inside(m.top, m.left, rect));
    this.mergeCalls.push(areas.length);
    if (areas.length > MAX_MERGED_AREAS) this.batch.failure ??= officeError("GeneralException");
    const address = areas.map((area) => `${quoted(sheet.grid.name)}!${a1(area)}`).join(", ");
    const mock = this.track(new OfficeMockObject({ address, areaCount: areas.length }) as Mock);
    // office.js sets isNullObject from the response without it being loaded; a mock property would need a load.
    mock.isNullObject = areas.length === 0;
    return mock;
  }

  private intersect(a: CellRange, b: CellRange): CellRange {
    const rect = {
      top: Math.max(a.top, b.top),
      left: Math.max(a.left, b.left),
      bottom: Math.min(a.bottom, b.bottom),
      right: Math.min(a.right, b.right),
    };
    if (rect.top > rect.bottom || rect.left > rect.right) {
      this.batch.failure ??= officeError("ItemNotFound", "The requested resource doesn't exist.");
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
    this.batch.failure ??= officeError("InvalidArgument");
    return { top: 1, left: 1, bottom: 1, right: 1 };
  }
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
