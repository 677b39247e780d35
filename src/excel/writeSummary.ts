/**
 * Writes a SheetPlan as the summary sheet in Excel, so that a failure at any point leaves either the old summary as
 * it was or the new one complete and marked, never a half-written or unmarked sheet (Excel carries out the part of a
 * failed batch before the failure, so the order of the commands is what makes this hold):
 *   1. one sync lists the sheets and checks that the workbook's structure is not protected;
 *   2. the new summary is written under a temporary name, one sync for a typical report (more, in row blocks, for a
 *      summary too big for one request); if that fails, the temporary sheet is deleted again;
 *   3. one sync swaps it in: the add-in's old summary (marked by its id in the document's settings) and sheets left
 *      by an earlier failed swap are deleted, the new one takes the name, is shown, and is marked. If that fails, the
 *      swap is tried once more from what the workbook holds then.
 *
 * The sheet itself is written by planSheet.ts, as every sheet the add-in adds is.
 */
import type { SheetPlan } from "../core/summary/plan";
import type { DocumentStore } from "../host/documentStore";
import { freeSheetName } from "../host/sheetNames";
import { deleteSheetNamed, listSheets, writePlanSheet } from "./planSheet";
import type { Requirements } from "./requirements";
import { queueWriteCheck } from "./writeGuard";

/** The DocumentStore key that holds the add-in's summary sheet. */
export const SUMMARY_SHEET_KEY = "summarySheet";

interface SummaryMark {
  id: string;
}

/** The summary's name while it is written: the add-in's own, so that one left by a failed swap is known as such. */
const TEMPORARY = /^p2check~[0-9a-z]{6}$/;

export function temporaryName(): string {
  return `p2check~${Math.random().toString(36).slice(2, 8).padEnd(6, "0")}`;
}

export function isTemporaryName(name: string): boolean {
  return TEMPORARY.test(name);
}

export async function writeSummary(
  context: Excel.RequestContext,
  plan: SheetPlan,
  store: DocumentStore,
  requirements: Requirements,
): Promise<string> {
  await store.refresh();
  const listed = await listSheets(context, () => queueWriteCheck(context, { sheets: [], structure: true }, requirements));
  const mark = store.get<SummaryMark>(SUMMARY_SHEET_KEY);
  const old = listed.filter((sheet) => sheet.id === mark?.id || isTemporaryName(sheet.name));
  const names = listed.map((sheet) => sheet.name);
  const temporary = freeSheetName(temporaryName(), names);
  const name = freeSheetName(plan.name, listed.filter((sheet) => !old.includes(sheet)).map((sheet) => sheet.name));

  let id: string;
  try {
    id = (await writePlanSheet(context, temporary, plan, requirements)).id;
  } catch (error) {
    await deleteQuietly(context, temporary);
    throw error;
  }
  const swapped = await swap(context, id, name, old.map((sheet) => sheet.id)).catch(async (error: unknown) => {
    // Part of the swap may have been carried out: finish it from what the workbook holds now, or give its error.
    const now = await listSheets(context).catch(() => undefined);
    const still = now?.filter((sheet) => old.some((gone) => gone.id === sheet.id)).map((sheet) => sheet.id);
    if (!now?.some((sheet) => sheet.id === id) || !still) throw error;
    return swap(context, id, name, still).catch(() => Promise.reject(error));
  });
  store.set(SUMMARY_SHEET_KEY, { id } satisfies SummaryMark);
  await store.save();
  return swapped;
}

/** One sync: the old sheets go, the new one takes the summary's name and is shown. Gives back the name it got. */
async function swap(context: Excel.RequestContext, id: string, name: string, old: readonly string[]): Promise<string> {
  const worksheets = context.workbook.worksheets;
  for (const sheet of old) worksheets.getItem(sheet).delete();
  const sheet = worksheets.getItem(id);
  sheet.name = name;
  sheet.activate();
  sheet.load("name");
  await context.sync();
  return sheet.name;
}

/** After a failed write: the temporary sheet goes, if it was made. A failure here leaves it for the next run. */
async function deleteQuietly(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    await deleteSheetNamed(context, name);
  } catch {
    // Excel refuses still (a cell being edited): the next summary deletes it, as its name shows it is ours.
  }
}
