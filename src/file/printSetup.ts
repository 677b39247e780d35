/**
 * The page set-up of every sheet written with ExcelJS (the command line's summary workbook, the harness's summary
 * sheet), as src/core/summary/print.ts decides it: A4 landscape, one page wide, title rows repeated.
 */
import type ExcelJS from "exceljs";
import { PRINT, type TitleRows } from "../core/summary/print";

/** The paper's number in the file format (ECMA-376's ST_PaperSize). */
const PAPER_SIZE = { A4: 9 } as const;

export function setPrint(sheet: ExcelJS.Worksheet, titleRows?: TitleRows): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_SIZE[PRINT.paper],
    orientation: PRINT.orientation,
    fitToPage: true,
    fitToWidth: PRINT.pagesWide,
    // 0: as many pages down as the rows need.
    fitToHeight: 0,
    margins: { ...PRINT.margins },
    // "4:4": ExcelJS adds the "$" signs itself.
    ...(titleRows && { printTitlesRow: `${titleRows.first}:${titleRows.last}` }),
  };
}
