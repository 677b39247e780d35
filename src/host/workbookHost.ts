/**
 * WorkbookHost: the only thing the task pane knows about the workbook it checks. The Excel host (src/excel) and the
 * file host (src/harness, over an .xlsx opened in the browser) implement it, so the same pane runs in both.
 */
import type { SheetGrid } from "../core/grid";
import type { SheetPlan } from "../core/summary/plan";
import type { CellMark, DropDown, DropDownResult, Revert, TextWrite } from "./edits";

/** How far a long read has got, for the pane's progress bar. */
export interface ReadProgress {
  rowsRead: number;
  rowsTotal: number;
}

/** What the host can do beyond reading and selecting; the pane shows a note for what is switched off. */
export interface HostFeatures {
  /** Merged areas are read (Excel: ExcelApi 1.13). Without them a goal merged over rows reads as continuation rows. */
  merges: boolean;
  /** The status drop-down (a list data validation) can be added (Excel: ExcelApi 1.8); the pane hides it otherwise. */
  dropDowns: boolean;
  /**
   * Cells can be highlighted so that clearing finds them again after rows are inserted or the sheet is renamed
   * (Excel: names, ExcelApi 1.4); the pane offers only clearing highlights made before otherwise.
   */
  highlights: boolean;
  /**
   * The user's edits are told as they happen (onEdit; Excel: a worksheet's onChanged, ExcelApi 1.7), and the pane
   * checks again by itself. Without it the pane says, once the selection moves (onSelectionChange), that its results
   * may be out of date.
   */
  liveEdits?: boolean;
}

/** The sheet to check, and the plan it is reconciled with when another sheet of the workbook is its plan (issue 15). */
export interface FormRead {
  grid: SheetGrid;
  /** Only when `grid` is a report and another sheet is its plan (isPlanSheetFor): that sheet. */
  plan?: SheetGrid;
}

/** What a host may have to leave out of a sheet it adds, when the workbook's program cannot make it. */
export type LeftOut = "merges" | "dropDowns";

/** A sheet a host added (a report made from a plan): its name, how to remove it again, and what it had to leave out. */
export interface SheetAdded {
  sheet: string;
  /** Removes exactly the sheet that was added (by its identity, also when renamed since); nothing else. */
  revert: Revert;
  leftOut: readonly LeftOut[];
}

/** Stops a subscription. */
export type Unsubscribe = () => void;

export interface WorkbookHost {
  readonly features: HostFeatures;
  /**
   * Reads the sheet to check: the active sheet when it holds the form, else the first sheet that does, else the
   * active sheet (the check then says the form was not found). Throws HostError for what the user can fix.
   */
  read(onProgress?: (progress: ReadProgress) => void): Promise<SheetGrid>;
  /**
   * Reads the sheet to check as read() does and, when it is a report and another sheet of the workbook is its plan,
   * that sheet too: the pane reconciles the two by itself. Sheets read while looking for the form are not read again.
   */
  readWithPlan(onProgress?: (progress: ReadProgress) => void): Promise<FormRead>;
  /** Selects one cell (A1 address) on a sheet, switching to that sheet when needed. */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Adds a new sheet written from the plan (the report made from a plan sheet), named plan.name or "name (2)" when
   * that is taken; never touches an existing sheet. Shows it. Merged cells and drop-downs the workbook's program cannot
   * make are left out and said so in leftOut.
   */
  addSheet(plan: SheetPlan): Promise<SheetAdded>;
  /**
   * Writes the summary sheet: replaces the add-in's own summary sheet when there is one (it is marked in the
   * DocumentStore), else adds a new sheet, named plan.name or, when a sheet of the user's has that name, "name (2)".
   * Shows it and gives back its name.
   */
  writeSummary(plan: SheetPlan): Promise<string>;
  /**
   * Fills the marked cells by severity, keeping each cell's own fill in the DocumentStore first, so that
   * clearHighlights() restores it exactly, also after the workbook is saved and reopened. Highlighting again keeps
   * the originals already kept and restores the cells no longer marked.
   */
  highlight(marks: readonly CellMark[]): Promise<void>;
  /** Restores every highlighted cell's own fill and forgets the originals. */
  clearHighlights(): Promise<void>;
  /** Whether the workbook holds highlights the add-in made (the pane then offers to clear them). */
  highlighted(): boolean;
  /** Writes texts into cells as text (never as a formula); the Revert writes back exactly what was there. */
  writeTexts(writes: readonly TextWrite[]): Promise<Revert>;
  /** Adds the drop-down unless the range already has a validation rule, which it never overwrites. */
  addDropDown(dropDown: DropDown): Promise<DropDownResult>;
  /** Calls `listener` with the sheet's name each time the user changes cell values there (when features.liveEdits). */
  onEdit?(listener: (sheet: string) => void): Unsubscribe;
  /** Calls `listener` each time the user selects other cells (the add-in's own selecting excepted). */
  onSelectionChange?(listener: () => void): Unsubscribe;
}
