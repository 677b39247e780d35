/** The task pane's entry in Excel: wait for Office, then show the App over the office-js host. */
import { createRoot } from "react-dom/client";
import { OfficeHost } from "../excel/officeHost";
import { displayLang, logError, prefersDark } from "../excel/environment";
import { App } from "./App";

declare global {
  interface Window {
    /** Set by legacy.js in Internet Explorer, where this bundle must not start. */
    p2checkUnsupported?: boolean;
  }
}

if (!window.p2checkUnsupported) {
  void Office.onReady(() => {
    const root = document.getElementById("root");
    if (!root) return;
    createRoot(root).render(
      <App host={new OfficeHost()} lang={displayLang()} dark={prefersDark()} onError={logError} />,
    );
  });
}
