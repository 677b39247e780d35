/**
 * The file host: a WorkbookHost over an ExcelJS workbook held in memory (the harness's open .xlsx, or a test's).
 * "Active sheet" and "selection" belong to whoever shows the workbook (the harness page), so they are passed in.
 */
import type ExcelJS from "exceljs";
import type { SheetGrid } from "../core/grid";
import { formSheetOrActive } from "../host/formSheet";
import type { HostFeatures, ReadProgress, WorkbookHost } from "../host/workbookHost";
import { gridOf } from "./readWorkbook";

export interface FileHostView {
  /** The sheet the user is looking at. */
  activeSheet(): string;
  /** Show the sheet and put the selection on the cell. */
  select(sheet: string, cell: string): void;
}

export class FileHost implements WorkbookHost {
  /** ExcelJS reads merged areas from the file, so a file never loses them. */
  readonly features: HostFeatures = { merges: true };

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly view: FileHostView,
  ) {}

  async read(onProgress?: (progress: ReadProgress) => void): Promise<SheetGrid> {
    const activeName = this.view.activeSheet();
    const active = this.workbook.getWorksheet(activeName) ?? this.workbook.worksheets[0];
    if (!active) throw new Error("the workbook has no worksheets");
    const others = this.workbook.worksheets.filter((sheet) => sheet !== active).map((sheet) => sheet.name);
    const grid = await formSheetOrActive(this.gridNamed(active.name), others, async (name) => this.gridNamed(name));
    const rows = grid.values.length;
    onProgress?.({ rowsRead: rows, rowsTotal: rows });
    return grid;
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.view.select(sheet, cell);
  }

  private gridNamed(name: string): SheetGrid {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return gridOf(this.workbook, sheet);
  }
}
