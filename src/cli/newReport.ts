/**
 * `p2check --new-report OUT.xlsx PLAN.xlsx`: the report form made from a plan (core/newReport/fromPlan.ts), written
 * to OUT. The plan is only read; OUT is never one of the inputs, is not replaced unless --force says so, and is
 * written whole or not at all.
 */
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../core";
import { text } from "../core/i18n/strings";
import { detectLayout } from "../core/layout";
import { reportFromPlan } from "../core/newReport/fromPlan";
import { readTable } from "../core/table";
import { UnreadableWorkbookError } from "../file/errors";
import { readWorkbook } from "../file/readWorkbook";
import { readBytes, refusalText } from "./checkFiles";
import { writeAtomic } from "./writeAtomic";

export interface NewReportResult {
  written: boolean;
  message: string;
}

export async function writeNewReport(target: string, planFile: string, force: boolean, lang: Lang): Promise<NewReportResult> {
  const refused = (key: Parameters<typeof text>[1], params = {}) => ({ written: false, message: text(lang, key, params) });
  // Excel opens a workbook by its extension: one written under another name would not open as one.
  if (!/\.xlsx$/i.test(target)) return refused("cli.newReport.notXlsx", { path: target });
  if (sameFile(target, planFile)) return refused("cli.newReport.isInput", { path: target });
  if (existsSync(target) && !force) return refused("cli.newReport.exists", { path: target });
  const read = await readBytes(planFile);
  if (!("bytes" in read)) return refused("cli.planUnreadable", { plan: planFile, reason: refusalText(read.why, lang) });
  let grids;
  try {
    grids = await readWorkbook(read.bytes);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return refused("cli.planUnreadable", { plan: planFile, reason: error.describe(lang) });
    throw error;
  }
  const found = grids.map((grid) => ({ grid, layout: detectLayout(grid) })).find(({ layout }) => layout?.form === "plan");
  if (!found?.layout) return refused("cli.planNotAPlan", { plan: planFile });
  const plan = reportFromPlan(found.grid, found.layout);
  // ExcelJS is loaded only here, to write.
  const [{ default: ExcelJS }, { writePlan }] = await Promise.all([import("../file/exceljs"), import("../file/writePlan")]);
  const workbook = new ExcelJS.Workbook();
  writePlan(workbook.addWorksheet(plan.name), plan);
  await writeAtomic(target, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const goals = readTable(found.grid, found.layout).goals.length;
  return { written: true, message: text(lang, "cli.newReport.written", { path: target, goals }) };
}

/** The same file, also through a link or another spelling of its path. */
function sameFile(a: string, b: string): boolean {
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return real(a) === real(b);
}
