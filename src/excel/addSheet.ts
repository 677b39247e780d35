/**
 * A new sheet from a SheetPlan beside the user's sheets (the report made from a plan, issue 15), never touching one of
 * them, and its undo, which removes exactly that sheet:
 *   1. one sync lists the sheets (the new one takes a free name: "Отчет 2024", else "Отчет 2024 (2)"…) and checks
 *      that the workbook's structure is not protected, so a protected workbook is named before anything is made;
 *   2. the sheet is written and shown (planSheet.ts: one sync for a plan of a few hundred goals, more in blocks).
 * Excel carries out the part of a failed batch before the failure, so a write that fails part-way may leave the sheet
 * half made: it is deleted again at once. If Excel refuses that too, the user is told which sheet was left unfinished.
 *
 * The undo finds the sheet by its id, which Excel keeps when the user renames it, and deletes it: one sync to list the
 * sheets (and check the structure again), one to delete. A sheet the user already deleted is simply gone.
 */
import type { SheetPlan } from "../core/summary/plan";
import { HostError } from "../host/hostError";
import { freeSheetName } from "../host/sheetNames";
import type { SheetAdded } from "../host/workbookHost";
import { deleteSheetNamed, listSheets, writePlanSheet } from "./planSheet";
import type { Requirements } from "./requirements";
import { queueWriteCheck } from "./writeGuard";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export async function addPlanSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  run: Run,
  requirements: Requirements,
): Promise<SheetAdded> {
  const structure = () => queueWriteCheck(context, { sheets: [], structure: true }, requirements);
  const name = freeSheetName(plan.name, (await listSheets(context, structure)).map((sheet) => sheet.name));
  let written;
  try {
    written = await writePlanSheet(context, name, plan, requirements, { activate: true });
  } catch (error) {
    await deleteHalfMade(context, name);
    throw error;
  }
  const { id, leftOut } = written;
  return { sheet: name, leftOut, revert: () => run((again) => deleteSheet(again, id, requirements)) };
}

/** After a failed write: the sheet goes again if it was made; if Excel will not say or will not delete it, say so. */
async function deleteHalfMade(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    await deleteSheetNamed(context, name);
  } catch (error) {
    throw new HostError("host.sheetLeft", { sheet: name }, error instanceof Error ? error.message : String(error));
  }
}

/** The undo: the sheet with this id, whatever it is called now, is deleted; one already gone is left so. */
async function deleteSheet(context: Excel.RequestContext, id: string, requirements: Requirements): Promise<void> {
  const structure = () => queueWriteCheck(context, { sheets: [], structure: true }, requirements);
  const listed = await listSheets(context, structure);
  if (!listed.some((sheet) => sheet.id === id)) return;
  context.workbook.worksheets.getItem(id).delete();
  await context.sync();
}
