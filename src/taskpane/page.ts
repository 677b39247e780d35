/**
 * The task pane's page around the React app: the plain notices taskpane.html holds for when the pane cannot run
 * (legacy.js shows most of them; this bundle shows "open this in Excel"), and the page's language and title.
 */
import type { Lang } from "../core/i18n/format";
import { text } from "../core/i18n/strings";

declare global {
  interface Window {
    /** Set by legacy.js in Internet Explorer and EdgeHTML, where the bundles must not start. */
    p2checkUnsupported?: boolean;
    /** Set by each bundle as it starts: legacy.js takes its absence at the page's load as a web view too old for it. */
    p2checkLoaded?: boolean;
  }
}

/** Tells legacy.js that this bundle parsed and runs (outside a browser, in tests, there is no window). */
export function markLoaded(): void {
  if (typeof window !== "undefined") window.p2checkLoaded = true;
}

/** The reasons taskpane.html has a notice for (its element is #notice-<reason>). */
export type Notice = "ie" | "edge" | "old" | "no-office" | "outside";

export function showNotice(page: Pick<Document, "getElementById">, notice: Notice): void {
  const element = page.getElementById(`notice-${notice}`);
  if (element) element.style.display = "block";
}

/** `<html lang>` and the title follow the pane's language (screen readers in WebView2 read the title aloud). */
export function setPageLanguage(page: { documentElement: { lang: string }; title: string }, lang: Lang): void {
  page.documentElement.lang = lang;
  page.title = text(lang, "pane.title");
}
