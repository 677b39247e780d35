/**
 * The ribbon's function file (manifest FunctionFile). "Обобщение" runs here, without the task pane: read the sheet
 * that holds the report, and write the summary sheet beside it. "Провери" opens the pane itself.
 */
import type { Lang } from "../core/i18n/format";
import { logError, displayLang } from "../excel/environment";
import { officeContext } from "../excel/officeContext";
import { toHostError } from "../excel/officeErrors";
import { OfficeHost } from "../excel/officeHost";
import { writeSummarySheet } from "../host/summary";
import type { WorkbookHost } from "../host/workbookHost";
import { markLoaded } from "../taskpane/page";
import { messageUrl, showFailure } from "./failureDialog";

/** The manifest's FunctionName of the "Обобщение" button. */
export const SUMMARY_FUNCTION = "writeSummary";

/** What the command needs from Office besides Excel: the dialog for a failure, and where its own page is. */
export interface CommandUi {
  ui?: Pick<Office.UI, "displayDialogAsync">;
  /** The address of commands.html, beside which message.html lies. */
  page: string;
  lang: Lang;
}

const officeUi = (): CommandUi => ({ ui: officeContext()?.ui, page: globalThis.location?.href ?? "", lang: displayLang() });

/**
 * Writes the summary sheet, then tells Office the command is done, whatever happened: a command that never calls
 * completed() leaves Excel waiting. A failure is logged and shown in a dialog in the user's language (a protected
 * workbook, a cell being edited…, and what to do); the command completes when the user has closed it.
 */
export async function summaryCommand(
  event: Pick<Office.AddinCommands.Event, "completed">,
  host: WorkbookHost = new OfficeHost(),
  { ui, page, lang }: CommandUi = officeUi(),
): Promise<void> {
  try {
    await writeSummarySheet(host, await host.read(), lang);
  } catch (error) {
    logError(error);
    if (page) await showFailure(ui, messageUrl(page, toHostError(error), lang));
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
