/**
 * What the ribbon's "Обобщение" tells the user when it fails: it has no pane, so the message goes into an Office
 * dialog (DialogApi 1.1), message.html, which words it in the user's language from the dictionary. The address
 * carries only a dictionary key of the host's messages and its parameters, never text to show as it is.
 */
import type { Lang, Params } from "../core/i18n/format";
import { HOST_STRINGS } from "../core/i18n/host";
import type { StringKey } from "../core/i18n/strings";
import { HostError } from "../host/hostError";

/** The page the dialog shows, beside commands.html. */
export const MESSAGE_PAGE = "message.html";

/** The host's messages: the only keys the page shows; anything else is shown as host.failed. */
export type HostKey = keyof typeof HOST_STRINGS;

export function isHostKey(key: string): key is HostKey {
  return Object.prototype.hasOwnProperty.call(HOST_STRINGS, key);
}

/** Longest parameter value carried (a sheet name has 31 characters at most; Excel's detail is one short line). */
const MAX_PARAM = 200;

/** The dialog's address for an error: message.html?key=…&lang=…&<params>, next to the page `from`. */
export function messageUrl(from: string, error: HostError, lang: Lang): string {
  const url = new URL(MESSAGE_PAGE, from);
  url.search = "";
  url.hash = "";
  url.searchParams.set("key", error.key);
  url.searchParams.set("lang", lang);
  for (const [name, value] of Object.entries(error.params)) {
    if (value !== undefined && name !== "key" && name !== "lang") url.searchParams.set(name, String(value).slice(0, MAX_PARAM));
  }
  return url.toString();
}

/** The message an address asks for: a host key and its parameters, or host.failed for anything else. */
export function messageOf(search: string): { key: StringKey; lang: Lang; params: Params } {
  const query = new URLSearchParams(search);
  const asked = query.get("key") ?? "";
  const lang: Lang = query.get("lang") === "en" ? "en" : "bg";
  const params: Params = {};
  for (const [name, value] of query) if (name !== "key" && name !== "lang") params[name] = value.slice(0, MAX_PARAM);
  if (isHostKey(asked)) return { key: asked, lang, params };
  return { key: "host.failed", lang, params: { detail: params.detail ?? asked } };
}

type Ui = Pick<Office.UI, "displayDialogAsync">;

/**
 * Opens the dialog and resolves when the user has closed it (or at once when it cannot open: an old Office without
 * the dialog API, another dialog open). The command may only complete after that: completing ends its runtime.
 */
export function showFailure(ui: Ui | undefined, url: string): Promise<void> {
  return new Promise((resolve) => {
    if (!ui?.displayDialogAsync) {
      resolve();
      return;
    }
    ui.displayDialogAsync(url, { height: 35, width: 30, displayInIframe: true }, (result) => {
      const dialog = result.value as Office.Dialog | undefined;
      if (String(result.status) !== "succeeded" || !dialog) {
        resolve();
        return;
      }
      const done = () => {
        dialog.close();
        resolve();
      };
      // The page's "OK" button messages its parent; the dialog's own close button is an event. (The values of
      // Office.EventType, spelt out: the enum exists only where office.js has loaded.)
      dialog.addEventHandler("dialogMessageReceived" as unknown as Office.EventType, done);
      dialog.addEventHandler("dialogEventReceived" as unknown as Office.EventType, () => resolve());
    });
  });
}
