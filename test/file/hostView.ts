/**
 * A FileHost over a workbook with a view that records what the harness page would show: the active sheet, the cell
 * selected and how many times the workbook was changed.
 */
import type ExcelJS from "exceljs";
import { FileHost } from "../../src/file/fileHost";

export function hostOver(workbook: ExcelJS.Workbook, active = workbook.worksheets[0]?.name ?? "") {
  const view = { active, selected: "", changes: 0 };
  const host = new FileHost(workbook, {
    activeSheet: () => view.active,
    select: (sheet, cell) => {
      view.active = sheet;
      view.selected = `${sheet}!${cell}`;
    },
    changed: () => view.changes++,
  });
  return { host, view };
}
