/**
 * The file host: a WorkbookHost over a workbook held in memory (the harness's open .xlsx, or a test's): read with the
 * project's reader, written with ExcelJS, which is loaded at the first write (see fileWorkbook.ts). "Active sheet" and
 * "selection" belong to whoever shows the workbook (the harness page), so they are passed in.
 */
import type ExcelJS from "exceljs";
import type { SheetGrid } from "../core/grid";
import type { SheetPlan } from "../core/summary/plan";
import type { DocumentStore } from "../host/documentStore";
import type { CellMark, DropDown, DropDownResult, Revert, TextWrite } from "../host/edits";
import { HostError } from "../host/hostError";
import { formSheetOrActive, formSheetWithPlan } from "../host/formSheet";
import { freeSheetName } from "../host/sheetNames";
import type { FormRead, HostFeatures, ReadProgress, SheetAdded, Unsubscribe, WorkbookHost } from "../host/workbookHost";
import { addCellDropDown, writeCellTexts } from "./cellEdits";
import { clearCells, highlightCells, isHighlighted, SheetMissing } from "./highlight";
import { FileWorkbook } from "./fileWorkbook";
import { SheetStore } from "./sheetStore";
import { writePlan } from "./writePlan";

/** The store key of the add-in's own summary sheet, marked by name (ExcelJS ids are not kept across saves). */
const SUMMARY_SHEET_KEY = "summarySheet";

export interface FileHostView {
  /** The sheet the user is looking at. */
  activeSheet(): string;
  /** Show the sheet and put the selection on the cell. */
  select(sheet: string, cell: string): void;
  /** The host changed the workbook (a sheet added, cells written): whoever shows it shows it again. */
  changed?(): void;
}

export interface FileHostOptions {
  /** Tell the user's edits as they happen, as Excel with ExcelApi 1.7 does (the default); false plays an older Excel. */
  liveEdits?: boolean;
}

export class FileHost implements WorkbookHost {
  /** Merged areas are read from the file, so a file never loses them. */
  readonly features: HostFeatures;
  readonly store: DocumentStore;
  private readonly book: FileWorkbook;
  private readonly editListeners = new Set<(sheet: string) => void>();
  private readonly selectionListeners = new Set<() => void>();

  constructor(
    workbook: FileWorkbook | ExcelJS.Workbook,
    private readonly view: FileHostView,
    store?: DocumentStore,
    options: FileHostOptions = {},
  ) {
    this.book = FileWorkbook.of(workbook);
    this.store = store ?? new SheetStore(this.book);
    this.features = { merges: true, dropDowns: true, highlights: true, liveEdits: options.liveEdits ?? true };
  }

  onEdit(listener: (sheet: string) => void): Unsubscribe {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  onSelectionChange(listener: () => void): Unsubscribe {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Whoever shows the workbook calls this after the user typed into a cell of `sheet` (Excel's onChanged). */
  userEdited(sheet: string): void {
    if (!this.features.liveEdits) return;
    for (const listener of this.editListeners) listener(sheet);
  }

  /** Whoever shows the workbook calls this when the user selected another cell (Excel's DocumentSelectionChanged). */
  userSelected(): void {
    for (const listener of this.selectionListeners) listener();
  }

  async read(onProgress?: (progress: ReadProgress) => void): Promise<SheetGrid> {
    const { active, others } = await this.sheetsToRead();
    const grid = await formSheetOrActive(this.gridNamed(active), others, async (name) => this.gridNamed(name));
    const rows = grid.values.length;
    onProgress?.({ rowsRead: rows, rowsTotal: rows });
    return grid;
  }

  /** The sheet shown (the first one when none is) and the user's other sheets, by name. */
  private async sheetsToRead(): Promise<{ active: string; others: string[] }> {
    await this.book.settled(); // a cell typed while ExcelJS was loading for it is in what is read
    const sheets = this.book.sheets();
    const active = sheets.find((sheet) => sheet.name === this.view.activeSheet()) ?? sheets[0];
    if (!active) throw new Error("the workbook has no worksheets");
    return { active: active.name, others: sheets.filter((sheet) => sheet !== active).map((sheet) => sheet.name) };
  }

  /** As read(), with the plan sheet of a report when the workbook holds one (every sheet is at hand in a file). */
  async readWithPlan(onProgress?: (progress: ReadProgress) => void): Promise<FormRead> {
    const { active, others } = await this.sheetsToRead();
    const read = await formSheetWithPlan(this.gridNamed(active), others, async (name) => this.gridNamed(name));
    const rows = read.grid.values.length;
    onProgress?.({ rowsRead: rows, rowsTotal: rows });
    return read;
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.view.select(sheet, cell);
  }

  /** Replaces the add-in's own summary sheet or adds one beside the user's sheets, then shows it. */
  async writeSummary(plan: SheetPlan): Promise<string> {
    const workbook = await this.book.editable();
    const mark = this.store.get<{ name: string }>(SUMMARY_SHEET_KEY);
    const own = mark ? workbook.getWorksheet(mark.name) : undefined;
    const taken = workbook.worksheets.filter((sheet) => sheet !== own).map((sheet) => sheet.name);
    if (own) workbook.removeWorksheet(own.id);
    const sheet = addPlanSheet(workbook, plan, taken);
    this.store.set(SUMMARY_SHEET_KEY, { name: sheet.name });
    await this.store.save();
    this.show(sheet.name);
    return sheet.name;
  }

  /**
   * Adds the plan as a new sheet beside all the others (ExcelJS makes merged cells and drop-downs, so nothing is left
   * out) and shows it; its Revert removes that sheet, found by its id, also when renamed since.
   */
  async addSheet(plan: SheetPlan): Promise<SheetAdded> {
    const workbook = await this.book.editable();
    const sheet = addPlanSheet(workbook, plan, workbook.worksheets.map((each) => each.name));
    const { id } = sheet;
    this.show(sheet.name);
    const revert = async () => {
      if (!workbook.getWorksheet(id)) return;
      workbook.removeWorksheet(id);
      // As Excel does when the sheet shown is deleted, another one is shown.
      const first = workbook.worksheets.find((each) => each.state === "visible");
      if (first) this.show(first.name);
      else this.view.changed?.();
    };
    return { sheet: sheet.name, leftOut: [], revert };
  }

  /** The workbook changed: whoever shows it shows it again, at this sheet. */
  private show(sheet: string): void {
    this.view.changed?.();
    this.view.select(sheet, "A1");
  }

  /** Fills the marked cells; their own fills are kept in the store sheet (see highlight.ts). */
  async highlight(marks: readonly CellMark[]): Promise<void> {
    const workbook = await this.book.editable();
    this.edit(() => highlightCells(workbook, marks, this.store));
    await this.store.save();
    this.view.changed?.();
  }

  async clearHighlights(): Promise<void> {
    const workbook = await this.book.editable();
    this.edit(() => clearCells(workbook, this.store));
    await this.store.save();
    this.view.changed?.();
  }

  highlighted(): boolean {
    return isHighlighted(this.store);
  }

  async writeTexts(writes: readonly TextWrite[]): Promise<Revert> {
    const workbook = await this.book.editable();
    const revert = this.edit(() => writeCellTexts(workbook, writes));
    this.view.changed?.();
    return async () => {
      await revert();
      this.view.changed?.();
    };
  }

  async addDropDown(dropDown: DropDown): Promise<DropDownResult> {
    const workbook = await this.book.editable();
    return this.edit(() => addCellDropDown(workbook, dropDown, () => this.view.changed?.()));
  }

  /** A sheet that has gone since the check is said in the same words as in Excel. */
  private edit<T>(change: () => T): T {
    try {
      return change();
    } catch (error) {
      if (error instanceof SheetMissing) throw new HostError("host.notFound", {}, error.message);
      throw error;
    }
  }

  private gridNamed(name: string): SheetGrid {
    const grid = this.book.grid(name);
    if (!grid) throw new Error(`no sheet named ${name}`);
    return grid;
  }
}

function addPlanSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, taken: readonly string[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(freeSheetName(plan.name, taken));
  writePlan(sheet, plan);
  return sheet;
}
