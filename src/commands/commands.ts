/**
 * The ribbon's function file (manifest FunctionFile). "Обобщение" runs here, without the task pane: read the sheet
 * that holds the report, and write the summary sheet beside it. "Провери" opens the pane itself.
 */
import { logError, displayLang } from "../excel/environment";
import { OfficeHost } from "../excel/officeHost";
import { writeSummarySheet } from "../host/summary";
import type { WorkbookHost } from "../host/workbookHost";
import { markLoaded } from "../taskpane/page";

/** The manifest's FunctionName of the "Обобщение" button. */
export const SUMMARY_FUNCTION = "writeSummary";

/**
 * Writes the summary sheet, then tells Office the command is done, whatever happened: a command that never calls
 * completed() leaves Excel waiting. A failure is logged; the absent sheet is what the user sees.
 */
export async function summaryCommand(
  event: Pick<Office.AddinCommands.Event, "completed">,
  host: WorkbookHost = new OfficeHost(),
): Promise<void> {
  try {
    await writeSummarySheet(host, await host.read(), displayLang());
  } catch (error) {
    logError(error);
  } finally {
    event.completed();
  }
}

/** Office finds a command's function by name: through Office.actions where it exists, as a global elsewhere. */
export function registerCommands(office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office): void {
  const run = (event: Office.AddinCommands.Event) => void summaryCommand(event);
  (globalThis as Record<string, unknown>)[SUMMARY_FUNCTION] = run;
  office?.actions?.associate?.(SUMMARY_FUNCTION, run);
}

markLoaded();
const office = (globalThis as { Office?: typeof Office }).Office;
// In Internet Explorer and EdgeHTML legacy.js has registered its own command, which says why this one cannot run.
const unsupported = (globalThis as { p2checkUnsupported?: boolean }).p2checkUnsupported;
if (office && !unsupported) void office.onReady(() => registerCommands(office));
