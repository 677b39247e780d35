/**
 * The one place requirement sets are checked. The core check needs ExcelApi 1.1 only; anything newer is a feature
 * switched on when Excel says it has it, and off (the pane says so) when it does not.
 */
import { officeContext } from "./officeContext";

export interface Requirements {
  /** ExcelApi 1.1: values, number formats, selecting a cell; without it the add-in cannot work at all. */
  baseline: boolean;
  /** ExcelApi 1.2: `getUsedRange(true)`, so that cells that are merely formatted do not stretch the range read. */
  valuesOnlyUsedRange: boolean;
  /** ExcelApi 1.13: `Range.getMergedAreasOrNullObject`; without it a goal merged over rows reads as several rows. */
  merges: boolean;
  /** ExcelApi 1.8: `Range.dataValidation`, for the status drop-down; without it the pane does not offer it. */
  dataValidation: boolean;
  /**
   * ExcelApi 1.9: a fill's pattern, pattern colour and tint. Without them a highlight keeps and restores the fill
   * colour alone (a white fill then reads as no fill, as Excel reports both as #FFFFFF).
   */
  fillPatterns: boolean;
  /** ExcelApi 1.2: `Range.format.autofitRows`, so that the summary's wrapped messages get rows as tall as they need. */
  autofitRows: boolean;
  /** ExcelApi 1.9: `Worksheet.pageLayout`, so that the summary sheet prints on A4 landscape, one page wide. */
  pageLayout: boolean;
}

/** Which ExcelApi version each feature needs. */
export const EXCEL_API: Record<keyof Requirements, string> = {
  baseline: "1.1",
  valuesOnlyUsedRange: "1.2",
  merges: "1.13",
  dataValidation: "1.8",
  fillPatterns: "1.9",
  autofitRows: "1.2",
  pageLayout: "1.9",
};

export const NO_REQUIREMENTS: Requirements = {
  baseline: false,
  valuesOnlyUsedRange: false,
  merges: false,
  dataValidation: false,
  fillPatterns: false,
  autofitRows: false,
  pageLayout: false,
};

/** What the running Excel supports; all false outside Office or when Office cannot say. */
export function detectRequirements(): Requirements {
  const support = officeContext()?.requirements;
  if (!support || typeof support.isSetSupported !== "function") return NO_REQUIREMENTS;
  const has = (version: string): boolean => {
    try {
      return support.isSetSupported("ExcelApi", version) === true;
    } catch {
      // Some hosts throw for a set they have never heard of rather than answering false.
      return false;
    }
  };
  return {
    baseline: has(EXCEL_API.baseline),
    valuesOnlyUsedRange: has(EXCEL_API.valuesOnlyUsedRange),
    merges: has(EXCEL_API.merges),
    dataValidation: has(EXCEL_API.dataValidation),
    fillPatterns: has(EXCEL_API.fillPatterns),
    autofitRows: has(EXCEL_API.autofitRows),
    pageLayout: has(EXCEL_API.pageLayout),
  };
}
