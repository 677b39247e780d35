/** One workbook's bytes → its reports, or the reason it cannot be read; runs inside the check worker. */
// From the checker itself, not the core's index, which also brings zod and the Report schemas the worker never uses.
import { checkWorkbook, checkWorkbookForPairing, checkWorkbookWithPlan } from "../core/check";
import type { Lang } from "../core/i18n/format";
import { text } from "../core/i18n/strings";
import { UnreadableWorkbookError } from "../file/errors";
import { readWorkbook } from "../file/readWorkbook";
import type { FileResult } from "./checkFiles";

/** The plan a report is reconciled with (`--plan`): its file and bytes. */
export interface PlanFile {
  file: string;
  bytes: Uint8Array;
}

/** Which sheets' goals a result holds for pairing (pairing.ts): the plans' alone, or every sheet's that may pair. */
export type GoalsWanted = "plans" | "all";

/** With `goals`, the result also holds the goals of those sheets that may pair with another file's (pairing.ts). */
export async function checkBytes(file: string, bytes: Uint8Array, lang: Lang, plan?: PlanFile, goals?: GoalsWanted): Promise<FileResult> {
  try {
    const grids = await readWorkbook(bytes);
    if (plan) {
      const planGrids = await readWorkbook(plan.bytes).catch((error: unknown) => {
        if (error instanceof UnreadableWorkbookError) throw new PlanUnreadable(plan.file, error.describe(lang));
        throw error;
      });
      const reconciled = checkWorkbookWithPlan(grids, planGrids, { lang, file, planFile: plan.file });
      if (!reconciled) return { file, error: text(lang, "cli.planNotAPlan", { plan: plan.file }) };
      return { file, reports: reconciled };
    }
    if (goals) return { file, ...checkWorkbookForPairing(grids, { lang, file }, goals) };
    return { file, reports: checkWorkbook(grids, { lang, file }) };
  } catch (error) {
    if (error instanceof PlanUnreadable) return { file, error: text(lang, "cli.planUnreadable", { plan: error.file, reason: error.reason }) };
    if (error instanceof UnreadableWorkbookError) return { file, error: error.describe(lang) };
    // A fault of ours on one odd workbook must not cost the user the other files of the batch.
    const detail = error instanceof Error ? error.message : String(error);
    return { file, error: text(lang, "file.checkFailed", { detail }) };
  }
}

/** The plan, not the report, could not be read: said so, so that the user does not look for fault in the report. */
class PlanUnreadable extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}
