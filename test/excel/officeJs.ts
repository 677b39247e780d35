/**
 * The real office.js (the npm package @microsoft/office-js, Excel for Windows' build) in a Node sandbox, with a
 * recording executor in place of Excel: every sync's request is built by office.js itself, exactly as Excel would get
 * it, and kept for the tests to weigh. Excel's answers are stand-ins: every load comes back as an empty workbook
 * would answer it (collections with no items, a sheet unprotected, a cell empty and unfilled), which is enough for the
 * add-in's code to go on and send its next batch.
 */
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import type { ExcelRun } from "../../src/excel/officeHost";

interface Sandbox {
  Excel: typeof Excel;
}

let loaded: Sandbox | undefined;

/** office.js's Excel namespace, loaded once per test file (about 1 MB of script). */
function officeJs(): Sandbox {
  if (loaded) return loaded;
  const file = require.resolve("@microsoft/office-js/dist/excel-win32-16.01.js");
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, Promise, navigator: { userAgent: "node" } };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  createContext(sandbox);
  runInContext(readFileSync(file, "utf8"), sandbox, { filename: file });
  loaded = sandbox as unknown as Sandbox;
  return loaded;
}

/** office.js's request for one sync, as it sends it: the JSON body (Actions and ObjectPaths). */
export interface RecordedRequest {
  bytes: number;
  actions: number;
  /** Excel.run's own last request, which only lets go of the objects kept between syncs. */
  cleanup: boolean;
}

/** office.js's ActionTypes that get an answer: making an object ("Instantiate") and a load ("Query"). */
const INSTANTIATE = 1;
const QUERY = 2;

/** What an empty, unprotected workbook answers for a property; on the wire property names start with a capital. */
const ANSWERS: Record<string, unknown> = {
  protected: false,
  options: { allowFormatCells: false },
  values: [[""]],
  formulas: [[""]],
  numberFormat: [["General"]],
  color: "#FFFFFF",
  pattern: "None",
  patternColor: "#000000",
  patternTintAndShade: 0,
  tintAndShade: 0,
  type: "None",
  id: "{00000000-0001-0000-0000-000000000000}",
  name: "Обобщение",
};

interface Action {
  Id: number;
  ActionType: number;
  Name?: string;
  ObjectPathId: number;
  QueryInfo?: { Select?: string[] };
}

/**
 * A made object gets a reference id, as Excel gives one, so that office.js can use it again in the run's next sync (a
 * sheet added, then written in several blocks); a load gets the properties it selected.
 */
function answer(query: Action): { ActionId: number; Value: Record<string, unknown> } {
  if (query.ActionType === INSTANTIATE) return { ActionId: query.Id, Value: { _ReferenceId: `reference-${query.ObjectPathId}` } };
  const selected = query.QueryInfo?.Select ?? [];
  const value: Record<string, unknown> = { _Items: [] };
  for (const name of selected) value[name.charAt(0).toUpperCase() + name.slice(1)] = ANSWERS[name] ?? null;
  return { ActionId: query.Id, Value: value };
}

/**
 * A request context whose syncs are recorded, and office.js's own Excel.run over it: proxies stay valid from one sync
 * to the next only inside a run, as in Excel.
 */
export function recordingExcel(): { run: ExcelRun; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const executor = {
    executeAsync(_customData: unknown, _flags: unknown, message: { Body: unknown }) {
      const body = JSON.stringify(message.Body);
      const actions = (message.Body as { Actions?: Action[] }).Actions ?? [];
      const cleanup = actions.every((action) => action.ActionType === INSTANTIATE || action.Name === "_RemoveReference");
      requests.push({ bytes: Buffer.byteLength(body), actions: actions.length, cleanup });
      const Results = actions.filter((action) => action.ActionType === QUERY || action.ActionType === INSTANTIATE).map(answer);
      return Promise.resolve({ ErrorCode: "", ErrorMessage: "", Headers: {}, Body: { Results } });
    },
  };
  const resolver = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "https://excel.invalid/", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
  const { Excel: excel } = officeJs();
  const context = new excel.RequestContext(resolver as unknown as string);
  const run: ExcelRun = (batch) => excel.run(context, batch);
  return { run, requests };
}
