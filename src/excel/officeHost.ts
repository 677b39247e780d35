/**
 * WorkbookHost over office.js: the task pane's one door into Excel. Every office.js call goes through `run`
 * (Excel.run, or a stand-in in tests) and every failure comes out as a HostError, never as a crash.
 */
import type { SheetGrid } from "../core/grid";
import type { SheetPlan } from "../core/summary/plan";
import type { DocumentStore } from "../host/documentStore";
import type { CellMark, DropDown, DropDownResult, Revert, TextWrite } from "../host/edits";
import { formSheetOrActive, formSheetWithPlan } from "../host/formSheet";
import { HostError } from "../host/hostError";
import type { FormRead, HostFeatures, ReadProgress, SheetAdded, Unsubscribe, WorkbookHost } from "../host/workbookHost";
import { addPlanSheet } from "./addSheet";
import { addDropDown, writeTexts } from "./cellEdits";
import { logError } from "./environment";
import { clearHighlights, highlight, isHighlighted } from "./highlight";
import { LiveEvents, type SelectionEvents } from "./liveEvents";
import { officeContext } from "./officeContext";
import { toHostError } from "./officeErrors";
import { readSheet, type ReadSheetOptions } from "./readSheet";
import { detectRequirements, type Requirements } from "./requirements";
import { SettingsStore } from "./settingsStore";
import { documentIsReadOnly } from "./writeGuard";
import { writeSummary } from "./writeSummary";

/** Excel.run's shape: a batch function gets a fresh request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  run?: ExcelRun;
  requirements?: Requirements;
  store?: DocumentStore;
  /** Whether Office opened the document read-only; asked before every change. */
  readOnly?: () => boolean;
  /** Where selection changes come from (Office.context.document); tests hand in their own Excel's. */
  selectionEvents?: () => SelectionEvents | undefined;
  /** Where faults of the live events go, which no button press is waiting for (the console). */
  onError?: (error: unknown) => void;
}

// Looked up at call time, so that merely constructing the host outside Excel does not touch the missing global.
const excelRun: ExcelRun = (batch) => Excel.run(batch);

export class OfficeHost implements WorkbookHost {
  readonly features: HostFeatures;
  private readonly run: ExcelRun;
  private readonly requirements: Requirements;
  readonly store: DocumentStore;
  private readonly readOnly: () => boolean;
  private readonly live: LiveEvents;

  constructor(options: OfficeHostOptions = {}) {
    this.run = options.run ?? excelRun;
    this.requirements = options.requirements ?? detectRequirements();
    this.features = {
      merges: this.requirements.merges,
      dropDowns: this.requirements.dataValidation,
      highlights: this.requirements.namedRanges,
      liveEdits: this.requirements.liveEdits,
    };
    this.store = options.store ?? new SettingsStore();
    this.readOnly = options.readOnly ?? documentIsReadOnly;
    const selectionEvents = options.selectionEvents ?? (() => officeContext()?.document);
    this.live = new LiveEvents((batch) => this.excel(batch), this.requirements, selectionEvents, options.onError ?? logError);
  }

  /**
   * The active sheet with the names of all sheets in the same sync; other sheets are read (a sync each, for a
   * typical one) only when the active sheet does not hold the form.
   */
  read(onProgress?: (progress: ReadProgress) => void): Promise<SheetGrid> {
    return this.excel(async (context) => {
      const { grid, others, readOther } = await this.readActive(context, onProgress);
      return formSheetOrActive(grid, others, readOther);
    });
  }

  /**
   * As read(), and when the sheet found is a report, the other sheets in tab order until one is its plan: a sync for
   * each sheet not read already (two in all for a workbook of a plan and its report).
   */
  readWithPlan(onProgress?: (progress: ReadProgress) => void): Promise<FormRead> {
    return this.excel(async (context) => {
      const { grid, others, readOther } = await this.readActive(context, onProgress);
      return formSheetWithPlan(grid, others, readOther);
    });
  }

  /** The active sheet and, in the same sync, the names of the others; and a way to read one of those, by name. */
  private async readActive(context: Excel.RequestContext, onProgress?: (progress: ReadProgress) => void) {
    const options: ReadSheetOptions = { requirements: this.requirements, onProgress };
    const { grid, also: sheets } = await readSheet(
      context,
      (batch) => {
        const sheets = batch.workbook.worksheets.load("items/name,items/id");
        return { sheet: batch.workbook.worksheets.getActiveWorksheet(), also: sheets };
      },
      options,
    );
    this.live.remember(sheets.items);
    const others = sheets.items.map((sheet) => sheet.name).filter((name) => name !== grid.name);
    const readOther = async (name: string) =>
      (await readSheet(context, (batch) => ({ sheet: batch.workbook.worksheets.getItem(name), also: null }), options)).grid;
    return { grid, others, readOther };
  }

  /** Activates the sheet (a cell can only be selected on the sheet shown) and selects the cell, in one sync. */
  select(sheet: string, cell: string): Promise<void> {
    this.live.selecting(sheet, cell);
    return this.excel(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  /**
   * Two syncs for a plan of a few hundred goals: list the sheets (and check the workbook's structure), then write and
   * show the new sheet (see addSheet.ts). Its Revert deletes that sheet, two syncs.
   */
  addSheet(plan: SheetPlan): Promise<SheetAdded> {
    return this.change((context) => addPlanSheet(context, plan, (batch) => this.change(batch), this.requirements));
  }

  /** Three syncs: list the sheets; write the summary under a temporary name; swap it in (see writeSummary.ts). */
  writeSummary(plan: SheetPlan): Promise<string> {
    return this.change((context) => writeSummary(context, plan, this.store, this.requirements));
  }

  /**
   * Three syncs for a real report: the names' addresses, then per block of 2,000 cells two: read and keep the cells'
   * own fills, then set the highlights (see highlight.ts).
   */
  highlight(marks: readonly CellMark[]): Promise<void> {
    if (!this.requirements.namedRanges) return Promise.reject(new HostError("host.unsupported"));
    return this.change((context) => highlight(context, marks, this.store, this.requirements));
  }

  /**
   * Three syncs for a real report: the names' addresses, a check of the sheets (none without ExcelApi 1.2), then
   * every highlighted cell's own fill back, a sync per block of 2,000 cells.
   */
  clearHighlights(): Promise<void> {
    return this.change((context) => clearHighlights(context, this.store, this.requirements));
  }

  highlighted(): boolean {
    return isHighlighted(this.store);
  }

  /** Two syncs: read what the cells hold, then write; its Revert is one sync. */
  writeTexts(writes: readonly TextWrite[]): Promise<Revert> {
    this.live.writing(writes);
    const writeAgain = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
      this.live.writing(writes); // the Revert writes the same cells
      return this.change(batch);
    };
    return this.change((context) => writeTexts(context, writes, writeAgain, this.requirements));
  }

  /** ExcelApi 1.8; two syncs (is a rule there already? then the list). */
  addDropDown(dropDown: DropDown): Promise<DropDownResult> {
    if (!this.requirements.dataValidation) return Promise.reject(new HostError("host.unsupported"));
    return this.change((context) => addDropDown(context, dropDown, (batch) => this.change(batch), this.requirements));
  }

  /** ExcelApi 1.7: every sheet's onChanged, the add-in's own writes excepted (see liveEvents.ts). */
  onEdit(listener: (sheet: string) => void): Unsubscribe {
    if (!this.features.liveEdits) return () => {};
    return this.live.onEdit(listener);
  }

  /** DocumentSelectionChanged (every Excel), the add-in's own selecting excepted. */
  onSelectionChange(listener: () => void): Unsubscribe {
    return this.live.onSelectionChange(listener);
  }

  /** A batch that changes the workbook: refused at once, in words, when Office opened the document read-only. */
  private change<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (this.readOnly()) return Promise.reject(new HostError("host.readOnly"));
    return this.excel(batch);
  }

  private async excel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    // Excel 2013 and older builds have no Excel.run at all; say so rather than fail on a missing function.
    if (!this.requirements.baseline) throw new HostError("host.unsupported");
    try {
      return await this.run(batch);
    } catch (error) {
      throw toHostError(error);
    }
  }
}
