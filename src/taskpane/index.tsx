/**
 * The task pane's entry in Excel: wait for Office, then show the App over the office-js host. Where it cannot run,
 * the page says why in plain words (see legacy.js and page.ts): Internet Explorer and EdgeHTML never start this
 * bundle, a missing office.js is legacy.js's to report, and a plain browser (no Office host) gets "open this in Excel".
 */
import { createRoot } from "react-dom/client";
import { OfficeHost } from "../excel/officeHost";
import { displayLang, logError, prefersDark } from "../excel/environment";
import { App } from "./App";
import { markLoaded, setPageLanguage, showNotice } from "./page";

markLoaded();
const office = (globalThis as { Office?: typeof Office }).Office;
if (!window.p2checkUnsupported && office) void office.onReady((info) => start(info.host));

function start(host: Office.HostType | null | undefined): void {
  // Outside Office, office.js still loads and becomes ready, with no host.
  if (!host) {
    showNotice(document, "outside");
    return;
  }
  const root = document.getElementById("root");
  if (!root) return;
  const lang = displayLang();
  setPageLanguage(document, lang);
  createRoot(root).render(<App host={new OfficeHost()} lang={lang} dark={prefersDark()} onError={logError} />);
}
