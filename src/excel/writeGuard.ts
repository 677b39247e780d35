/**
 * Before the add-in writes: is the workbook open read-only, is a sheet it writes to protected, is the workbook's
 * structure protected (when it adds or deletes sheets)? Asked in the sync before the writes, so that nothing is half
 * written into a workbook that would refuse the rest, and the user is told plainly what is protected. Without
 * ExcelApi 1.2 (sheets) or 1.7 (the workbook) Excel cannot say; its AccessDenied then says it (officeErrors.ts).
 */
import { HostError } from "../host/hostError";
import { officeContext } from "./officeContext";
import type { Requirements } from "./requirements";

export interface WriteTarget {
  /** The sheets written to. */
  sheets: Iterable<string>;
  /** Sheets are added, deleted or renamed: the workbook's structure must not be protected. */
  structure?: boolean;
  /** Only fills change: a sheet protected with "Format cells" allowed takes them. */
  formatOnly?: boolean;
}

/** Queues what the check needs to know; the function it returns, called after the sync, throws what is protected. */
export function queueWriteCheck(
  context: Excel.RequestContext,
  target: WriteTarget,
  requirements: Requirements,
): () => void {
  const sheets = requirements.sheetProtection
    ? [...new Set(target.sheets)].map((name) => ({
        name,
        protection: context.workbook.worksheets.getItem(name).protection.load(target.formatOnly ? "protected,options" : "protected"),
      }))
    : [];
  const workbook =
    target.structure && requirements.workbookProtection ? context.workbook.protection.load("protected") : undefined;
  return () => {
    if (workbook?.protected) throw new HostError("host.workbookProtected");
    for (const { name, protection } of sheets) {
      const formatAllowed = target.formatOnly === true && protection.options.allowFormatCells === true;
      if (protection.protected && !formatAllowed) throw new HostError("host.sheetProtected", { sheet: name });
    }
  };
}

/** Whether Office opened the document read-only (Excel on the web in view mode, a file opened read-only). */
export function documentIsReadOnly(): boolean {
  return String(officeContext()?.document?.mode ?? "").toLowerCase() === "readonly";
}
