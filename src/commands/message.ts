/** message.html: the ribbon command's failure, in words, in a dialog (see failureDialog.ts). Text only, never HTML. */
import { text } from "../core/i18n/strings";
import { markLoaded, setPageLanguage } from "../taskpane/page";
import { messageOf } from "./failureDialog";

markLoaded();
const { key, lang, params } = messageOf(window.location.search);
setPageLanguage(document, lang);
document.title = text(lang, "pane.summaryFailed");
const title = document.getElementById("title");
const body = document.getElementById("message");
const ok = document.getElementById("ok");
if (title) title.textContent = text(lang, "pane.summaryFailed");
if (body) body.textContent = text(lang, key, params);
if (ok) {
  ok.textContent = lang === "bg" ? "Добре" : "OK";
  ok.addEventListener("click", () => {
    const office = (globalThis as { Office?: typeof Office }).Office;
    office?.context?.ui?.messageParent?.("close");
  });
}
