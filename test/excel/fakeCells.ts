/**
 * What FakeExcel's ranges on the user's sheets can change, beyond reading: their fill (format.fill), their data
 * validation, and their values and number formats. Like office.js, every load, set and method call is queued and
 * carried out at the next sync in the order queued, so a load queued before a set sees the cell as it was.
 *
 * Excel's reading of typed values is kept to what the add-in can trip on: text that starts with "=" becomes a
 * formula unless the cell's number format is Text ("@") at that moment, and numeric text becomes a number.
 *
 * Like Excel, a protected sheet refuses every change with AccessDenied when the change is carried out (fills are let
 * through when the protection allows formatting cells), and each member asks the gate whether the Excel being played
 * has its requirement set.
 */
import { columnLetter, type CellRange, type CellValue, type SheetGrid } from "../../src/core/grid";

/** A cell's fill as office.js reports it (ExcelApi 1.9 for all but color). */
export interface FillState {
  color: string;
  pattern: string;
  patternColor: string;
  patternTintAndShade: number;
  tintAndShade: number;
}

/** What Excel reports for a cell with no fill: white, pattern "None". */
export const NO_FILL: FillState = {
  color: "#FFFFFF",
  pattern: "None",
  patternColor: "#000000",
  patternTintAndShade: 0,
  tintAndShade: 0,
};

export type ValidationRule = Record<string, unknown>;

/** An OfficeExtension.Error as office.js rejects with it. */
export function officeError(code: string, message = `Excel says ${code}.`): Error & { code: string } {
  const error = new Error(message) as Error & { code: string; debugInfo: object };
  error.name = "RichApi.Error";
  error.code = code;
  error.debugInfo = { code, message, errorLocation: "Range.getIntersection" };
  return error;
}

/** A sheet's protection as Excel reports it (Worksheet.protection, ExcelApi 1.2). */
export interface SheetProtection {
  protected: boolean;
  /** protection.options.allowFormatCells: fills may still be changed. */
  allowFormatCells?: boolean;
}

/** Called for each office.js member used: the fake fails the batch with ApiNotFound when it is above its version. */
export type Gate = (className: string, member: string) => void;

/** The per-sheet state the queued actions change. */
export class CellState {
  readonly fills = new Map<string, FillState>();
  readonly validations = new Map<string, ValidationRule>();
  /** Cells written as formulas: A1 → the formula. */
  readonly formulas = new Map<string, string>();
  protection: SheetProtection = { protected: false };

  constructor(readonly grid: SheetGrid) {}

  /** Throws Excel's AccessDenied when the sheet's protection forbids this change (call it when the change happens). */
  guard(change: "cells" | "format"): void {
    if (this.protection.protected && !(change === "format" && this.protection.allowFormatCells)) {
      throw officeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
    }
  }

  fill(address: string): FillState {
    return this.fills.get(address) ?? NO_FILL;
  }

  numberFormat(row: number, col: number): string {
    return this.grid.numberFormats?.[row - this.grid.origin.row]?.[col - this.grid.origin.col] ?? "General";
  }

  value(row: number, col: number): CellValue {
    return this.grid.values[row - this.grid.origin.row]?.[col - this.grid.origin.col] ?? null;
  }

  /** A value typed into a cell, read the way Excel reads it under the cell's current number format. */
  type(row: number, col: number, input: unknown): void {
    const address = columnLetter(col) + row;
    this.formulas.delete(address);
    let value: CellValue;
    if (typeof input === "string" && this.numberFormat(row, col) !== "@") {
      if (input.startsWith("=")) {
        this.formulas.set(address, input);
        value = "#NAME?";
      } else if (/^-?\d+(\.\d+)?$/.test(input.trim())) value = Number(input);
      else value = input === "" ? null : input;
    } else value = input === "" ? null : (input as CellValue);
    this.put(row, col, (grid, r, c) => {
      (grid.values[r] as CellValue[])[c] = value;
    });
  }

  setNumberFormat(row: number, col: number, format: string): void {
    this.put(row, col, (grid, r, c) => {
      grid.numberFormats ??= grid.values.map(() => []);
      while (grid.numberFormats.length <= r) grid.numberFormats.push([]);
      (grid.numberFormats[r] as (string | null | undefined)[])[c] = format === "General" ? undefined : format;
    });
  }

  /** Cells inside what the grid holds (status cells always are); the grid's rows grow to reach the column. */
  private put(row: number, col: number, write: (grid: SheetGrid, r: number, c: number) => void): void {
    const r = row - this.grid.origin.row;
    const c = col - this.grid.origin.col;
    if (r < 0 || c < 0) throw new Error(`the fake writes only inside the sheet's table, not at row ${row}, column ${col}`);
    while (this.grid.values.length <= r) this.grid.values.push([]);
    const line = this.grid.values[r] as CellValue[];
    while (line.length <= c) line.push(null);
    write(this.grid, r, c);
  }
}

type Queue = (action: () => void) => void;

function cellsOf(rect: CellRange): { row: number; col: number; address: string }[] {
  const cells = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) cells.push({ row, col, address: columnLetter(col) + row });
  }
  return cells;
}

function notLoaded(name: string): never {
  throw new Error(`PropertyNotLoaded: ${name} was read before it was loaded and synced`);
}

const FILL_PROPERTIES = ["color", "pattern", "patternColor", "patternTintAndShade", "tintAndShade"] as const;

/** Range.format.fill: loads answer for the whole range (null where its cells differ), sets and clear() change it. */
export class FakeFill {
  private loaded?: Partial<Record<keyof FillState, unknown>>;

  constructor(
    private readonly state: CellState,
    private readonly rect: CellRange,
    private readonly queue: Queue,
    private readonly gate: Gate,
  ) {}

  load(what: string | string[]): this {
    const names = (Array.isArray(what) ? what : what.split(",")).map((name) => name.trim()) as (keyof FillState)[];
    for (const name of names) if (!FILL_PROPERTIES.includes(name)) throw new Error(`RangeFill has no ${name}`);
    for (const name of names) this.gate("RangeFill", name);
    this.queue(() => {
      const fills = cellsOf(this.rect).map((cell) => this.state.fill(cell.address));
      this.loaded = Object.fromEntries(
        names.map((name) => [name, fills.every((fill) => fill[name] === fills[0]?.[name]) ? fills[0]?.[name] : null]),
      );
    });
    return this;
  }

  clear(): void {
    this.gate("RangeFill", "clear");
    this.queue(() => {
      this.state.guard("format");
      for (const cell of cellsOf(this.rect)) this.state.fills.delete(cell.address);
    });
  }

  private set(name: keyof FillState, value: unknown): void {
    this.gate("RangeFill", name);
    this.queue(() => {
      this.state.guard("format");
      for (const cell of cellsOf(this.rect)) {
        const fill = { ...this.state.fill(cell.address), [name]: value };
        // Giving a cell without a fill a colour makes it a solid fill, as in Excel.
        if (name === "color" && fill.pattern === "None") fill.pattern = "Solid";
        this.state.fills.set(cell.address, fill);
      }
    });
  }

  private get(name: keyof FillState): unknown {
    if (!this.loaded || !(name in this.loaded)) return notLoaded(`fill.${name}`);
    return this.loaded[name];
  }

  get color(): unknown {
    return this.get("color");
  }
  set color(value: unknown) {
    this.set("color", value);
  }
  get pattern(): unknown {
    return this.get("pattern");
  }
  set pattern(value: unknown) {
    this.set("pattern", value);
  }
  get patternColor(): unknown {
    return this.get("patternColor");
  }
  set patternColor(value: unknown) {
    this.set("patternColor", value);
  }
  get patternTintAndShade(): unknown {
    return this.get("patternTintAndShade");
  }
  set patternTintAndShade(value: unknown) {
    this.set("patternTintAndShade", value);
  }
  get tintAndShade(): unknown {
    return this.get("tintAndShade");
  }
  set tintAndShade(value: unknown) {
    this.set("tintAndShade", value);
  }
}

/** Range.dataValidation: `type` as Excel sums up the range, `rule` set on every cell, clear() removes them. */
export class FakeDataValidation {
  private loadedType?: string;

  constructor(
    private readonly state: CellState,
    private readonly rect: CellRange,
    private readonly queue: Queue,
    /** Every rule set, in order: for the tests to see what was sent. */
    private readonly sent: { address: string; rule: ValidationRule }[],
    private readonly gate: Gate,
  ) {}

  load(what: string | string[]): this {
    const names = Array.isArray(what) ? what : what.split(",").map((name) => name.trim());
    if (names.some((name) => name !== "type")) throw new Error("the fake loads only dataValidation.type");
    this.gate("DataValidation", "type");
    this.queue(() => {
      const rules = cellsOf(this.rect).map((cell) => this.state.validations.get(cell.address));
      const set = rules.filter((rule) => rule !== undefined);
      if (set.length === 0) this.loadedType = "None";
      else if (set.length < rules.length) this.loadedType = "MixedCriteria";
      else if (set.some((rule) => JSON.stringify(rule) !== JSON.stringify(set[0]))) this.loadedType = "Inconsistent";
      else this.loadedType = "list" in (set[0] as ValidationRule) ? "List" : "Custom";
    });
    return this;
  }

  get type(): string {
    return this.loadedType ?? notLoaded("dataValidation.type");
  }

  set rule(rule: ValidationRule) {
    this.gate("DataValidation", "rule");
    this.sent.push({ address: `${columnLetter(this.rect.left)}${this.rect.top}:${columnLetter(this.rect.right)}${this.rect.bottom}`, rule });
    this.queue(() => {
      this.state.guard("cells");
      for (const cell of cellsOf(this.rect)) this.state.validations.set(cell.address, JSON.parse(JSON.stringify(rule)));
    });
  }

  clear(): void {
    this.gate("DataValidation", "clear");
    this.queue(() => {
      this.state.guard("cells");
      for (const cell of cellsOf(this.rect)) this.state.validations.delete(cell.address);
    });
  }
}

/**
 * Makes `values` and `numberFormat` of an office-addin-mock range writable in order: an assignment from the code
 * under test is queued (typed into the cells at the sync); the mock's own assignments (loads, syncs) pass through.
 */
export function writableCells(
  mock: Record<string, unknown>,
  state: CellState,
  rect: CellRange,
  queue: Queue,
  /** Whether an assignment is the mock's own: its error strings and the cells the fake served for a load. */
  internal: (value: unknown) => boolean,
  gate: Gate,
  /** Told the bytes each assignment sends, for the request's 5 MB limit. */
  sent: (bytes: number) => void,
  /** Told each change of the cells' values or formulas when it is carried out (Excel's onChanged then fires). */
  changed: () => void = () => {},
): void {
  for (const name of ["values", "numberFormat", "formulas"] as const) {
    let held = mock[name];
    Object.defineProperty(mock, name, {
      configurable: true,
      enumerable: true,
      get: () => held,
      set: (value: unknown) => {
        if (internal(value)) {
          held = value;
          return;
        }
        gate("Range", name);
        sent(Buffer.byteLength(JSON.stringify(value)));
        const rows = value as unknown[][];
        queue(() => {
          state.guard("cells");
          for (const cell of cellsOf(rect)) {
            const input = rows[cell.row - rect.top]?.[cell.col - rect.left];
            if (name === "numberFormat") state.setNumberFormat(cell.row, cell.col, String(input));
            else state.type(cell.row, cell.col, input);
          }
          // A number format is formatting: Excel tells it by onFormatChanged, not onChanged.
          if (name !== "numberFormat") changed();
        });
      },
    });
  }
}
