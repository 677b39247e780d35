/**
 * A plan (Приложение №1) opened from disk in the pane ("Сравни с плана…"): the file's bytes read with the project's
 * own reader (readWorkbook: fflate + saxes, within its limits), and its first sheet laid out as the plan. The pane
 * loads this module with import() only when the user opens a file, so the reader is a script of its own, never part
 * of what Excel loads with the pane.
 */
import { formOf } from "../core/check";
import type { SheetGrid } from "../core/grid";
import type { Params } from "../core/i18n/format";
import type { StringKey } from "../core/i18n/strings";
import { UnreadableWorkbookError } from "./errors";
import { readWorkbook } from "./readWorkbook";

/** The plan sheet found, or why there is none; the pane says it in the user's language, naming the file. */
export type PlanFileRead =
  | { plan: SheetGrid }
  | { problem: "unreadable"; reason: { key: StringKey; params: Params } }
  | { problem: "notAPlan" };

export async function readPlanFile(bytes: Uint8Array): Promise<PlanFileRead> {
  let grids: SheetGrid[];
  try {
    grids = await readWorkbook(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    return { problem: "unreadable", reason: { key: error.reason, params: error.params } };
  }
  const plan = grids.find((grid) => formOf(grid) === "plan");
  return plan ? { plan } : { problem: "notAPlan" };
}
