/**
 * The ExcelApi requirement set of every office.js member the fake Excel implements, as @types/office-js documents it
 * (apiSets.test.ts reads the typings and checks each entry). The fake refuses a member above the version it plays with
 * ApiNotFound, as an older Excel does; a member missing here is a fault of the fake and fails the test that used it.
 */

/** ExcelApi 1.N → N; a parameter's own set beside its method's where the two differ. */
export const EXCEL_API_SETS: Record<string, Record<string, number>> = {
  Workbook: { worksheets: 1, protection: 7, names: 1, getSelectedRange: 1 },
  NamedItemCollection: { add: 4, getItem: 1 },
  NamedItem: { name: 1, value: 1, visible: 1, delete: 4 },
  WorkbookProtection: { protected: 7 },
  WorksheetCollection: { getActiveWorksheet: 1, getItem: 1, add: 1 },
  Worksheet: {
    name: 1,
    id: 1,
    getRange: 1,
    getUsedRange: 1,
    "getUsedRange(valuesOnly)": 2,
    activate: 1,
    delete: 1,
    charts: 1,
    protection: 2,
    pageLayout: 9,
    onChanged: 7,
  },
  PageLayout: {
    paperSize: 9,
    orientation: 9,
    zoom: 9,
    leftMargin: 9,
    rightMargin: 9,
    topMargin: 9,
    bottomMargin: 9,
    headerMargin: 9,
    footerMargin: 9,
    setPrintTitleRows: 9,
  },
  WorksheetProtection: { protected: 2, options: 2 },
  Range: {
    address: 1,
    rowIndex: 1,
    columnIndex: 1,
    rowCount: 1,
    columnCount: 1,
    values: 1,
    numberFormat: 1,
    formulas: 1,
    format: 1,
    dataValidation: 8,
    getIntersection: 1,
    getBoundingRect: 1,
    getRow: 1,
    getMergedAreasOrNullObject: 13,
    merge: 2,
    select: 1,
  },
  RangeAreas: { address: 9, areaCount: 9 },
  RangeFormat: { fill: 1, font: 1, columnWidth: 2, wrapText: 1, verticalAlignment: 1, autofitRows: 2 },
  RangeFill: { color: 1, clear: 1, pattern: 9, patternColor: 9, patternTintAndShade: 9, tintAndShade: 9 },
  RangeFont: { bold: 1, italic: 1, size: 1, color: 1 },
  DataValidation: { type: 8, rule: 8, clear: 8 },
  ChartCollection: { add: 1 },
  Chart: { title: 1, setPosition: 1 },
  ChartTitle: { text: 1 },
};

/** The versions the office-js tests run at: Office 2016 without updates, 2019-era, 2021-era, and the newest. */
export const EXCEL_API_VERSIONS = ["1.1", "1.7", "1.12", "1.14", "latest"] as const;
export type ExcelApiVersion = (typeof EXCEL_API_VERSIONS)[number];

/** "1.12" → 12; "latest" → every set there is. */
export function minorOf(version: ExcelApiVersion | string): number {
  if (version === "latest") return Number.POSITIVE_INFINITY;
  const match = /^1\.(\d+)$/.exec(version);
  if (!match) throw new Error(`not an ExcelApi version: ${version}`);
  return Number(match[1]);
}

/** The set `member` of `className` needs; throws for a member the table lacks (the fake must not guess). */
export function setOf(className: string, member: string): number {
  const minor = EXCEL_API_SETS[className]?.[member];
  if (minor === undefined) throw new Error(`the fake Excel has no requirement set for ${className}.${member}: add it to apiSets.ts`);
  return minor;
}
