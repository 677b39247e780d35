/**
 * The one place requirement sets are checked. The core check needs ExcelApi 1.1 only; anything newer is a feature
 * switched on when Excel says it has it, and off (the pane says so, or the add-in does without) when it does not.
 * Every office.js member the add-in uses above ExcelApi 1.1 is behind one of these (the tests' fake Excel refuses
 * it otherwise, as an older Excel does).
 */
import { officeContext } from "./officeContext";

/** Which ExcelApi version each feature needs. */
export const EXCEL_API = {
  /** Values, number formats, formulas, fills' colours, selecting, adding sheets: without it nothing works. */
  baseline: "1.1",
  /** `getUsedRange(true)`, so that cells that are merely formatted do not stretch the range read. */
  valuesOnlyUsedRange: "1.2",
  /** `RangeFormat.columnWidth`, for the summary's column widths; without it the columns keep Excel's width. */
  columnWidths: "1.2",
  /** `Worksheet.protection`: a protected sheet is named before anything is written to it. */
  sheetProtection: "1.2",
  /** `Range.format.autofitRows`, so that the summary's wrapped messages get rows as tall as they need. */
  autofitRows: "1.2",
  /** `Range.merge`, for the merged cells of the report made from a plan; without it they are left unmerged. */
  mergeCells: "1.2",
  /**
   * Names (`workbook.names.add`): each highlighted cell gets a hidden name, which Excel moves with the cell when rows
   * or columns are inserted and the sheet renamed, so clearing puts each fill back on its own cell. Without them the
   * add-in does not highlight: it could not be sure to clear the right cells.
   */
  namedRanges: "1.4",
  /** `Workbook.protection`: a protected workbook structure is named before a sheet is added. */
  workbookProtection: "1.7",
  /**
   * `Worksheet.onChanged`: the user's edits are told as they happen, and the pane checks again by itself. Without it
   * the pane says its results may be out of date once the selection moves (DocumentSelectionChanged, common API).
   */
  liveEdits: "1.7",
  /** `Range.dataValidation`, for the status drop-down; without it the pane does not offer it. */
  dataValidation: "1.8",
  /**
   * A fill's pattern, pattern colour and tint. Without them a highlight keeps and restores the fill colour alone (a
   * white fill then reads as no fill, as Excel reports both as #FFFFFF).
   */
  fillPatterns: "1.9",
  /** `Worksheet.pageLayout`, so that the summary sheet prints on A4 landscape, one page wide. */
  pageLayout: "1.9",
  /** `Range.getMergedAreasOrNullObject`; without it a goal merged over rows reads as several rows. */
  merges: "1.13",
  /**
   * `WorksheetChangedEventArgs.triggerSource`: Excel says which changes the add-in made itself. Without it the add-in
   * remembers the cells it wrote (see liveEvents.ts).
   */
  changeTriggerSource: "1.14",
} as const;

export type Requirements = Record<keyof typeof EXCEL_API, boolean>;

export const NO_REQUIREMENTS: Requirements = requirementsFrom(() => false);

/** The part of Office.context.requirements asked here; tests hand in their own Excel's. */
export interface RequirementSupport {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** What the running Excel supports; all false outside Office or when Office cannot say. */
export function detectRequirements(support: RequirementSupport | undefined = officeContext()?.requirements): Requirements {
  if (!support || typeof support.isSetSupported !== "function") return NO_REQUIREMENTS;
  return requirementsFrom((version) => {
    try {
      return support.isSetSupported("ExcelApi", version) === true;
    } catch {
      // Some hosts throw for a set they have never heard of rather than answering false.
      return false;
    }
  });
}

function requirementsFrom(has: (version: string) => boolean): Requirements {
  const entries = Object.entries(EXCEL_API).map(([feature, version]) => [feature, has(version)]);
  return Object.fromEntries(entries) as Requirements;
}
