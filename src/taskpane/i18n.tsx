/** The pane's language, given once at the top and read by every component through `useText()`. */
import { createContext, useContext, type ReactNode } from "react";
import type { Lang, Params } from "../core/i18n/format";
import { text, type StringKey } from "../core/i18n/strings";

const LangContext = createContext<Lang>("bg");

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `t("pane.check")` in the pane's language. */
export function useText(): (key: StringKey, params?: Params) => string {
  const lang = useLang();
  return (key, params) => text(lang, key, params);
}
