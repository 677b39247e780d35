/**
 * How every sheet the add-in and the command line write is printed (issue 16). Bulgaria prints on A4; the sheets are
 * wide tables, so landscape, scaled to one page wide and as many pages long as they need, with their header rows
 * repeated at the top of each page. Each host says this in its own terms (ExcelJS's page setup, office.js's
 * pageLayout); this is the one place that decides it.
 */
export const PRINT = {
  paper: "A4",
  orientation: "landscape",
  pagesWide: 1,
  /** Margins in inches (Excel's unit), narrower than Excel's "Normal" so that the tables print larger. */
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
} as const;

/** Rows repeated at the top of every printed page, 1-based and inclusive. */
export interface TitleRows {
  first: number;
  last: number;
}

/** "$4:$4": the rows as Excel names them for print titles. */
export function titleRowsReference({ first, last }: TitleRows): string {
  return `$${first}:$${last}`;
}
