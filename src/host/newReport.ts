/**
 * "Нов отчет от плана": the report form made from a plan sheet already read (core/newReport/fromPlan.ts, the same
 * form `p2check --new-report` writes), added to the same workbook by the host as a new sheet.
 */
import { detectLayout } from "../core/layout";
import type { SheetGrid } from "../core/grid";
import { reportFromPlan } from "../core/newReport/fromPlan";
import { HostError } from "./hostError";
import type { SheetAdded, WorkbookHost } from "./workbookHost";

export function addReportFromPlan(host: WorkbookHost, plan: SheetGrid): Promise<SheetAdded> {
  const layout = detectLayout(plan);
  if (layout?.form !== "plan") return Promise.reject(new HostError("host.notAPlan"));
  return host.addSheet(reportFromPlan(plan, layout));
}
