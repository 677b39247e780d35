/**
 * "Обобщение" from a sheet already read: check it, lay out the summary and have the host write it. The pane's button
 * and the ribbon's command both come here, so the two make the same sheet.
 */
import { checkSheet, checkSheetWithPlan, type PlanSheet } from "../core/check";
import type { SheetGrid } from "../core/grid";
import type { Lang } from "../core/i18n/format";
import { statusCells } from "../core/summary/statusCells";
import { summaryPlan } from "../core/summary/summarySheet";
import type { WorkbookHost } from "./workbookHost";

/**
 * Writes the summary sheet of `grid` and gives back the sheet's name. With the plan the pane reconciles the report
 * with, the summary counts the planned goals the report leaves out.
 */
export function writeSummarySheet(host: WorkbookHost, grid: SheetGrid, lang: Lang, made = new Date(), plan?: PlanSheet): Promise<string> {
  const report = plan ? checkSheetWithPlan(grid, plan, { lang }) : checkSheet(grid, { lang });
  return host.writeSummary(summaryPlan({ report, statusCells: statusCells(grid), made, lang }));
}
