/** The task pane: the same component in Excel and in the harness; all it knows of the workbook is a WorkbookHost. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../core/i18n/format";
import type { WorkbookHost } from "../host/workbookHost";
import { AnnounceProvider } from "./announce";
import { LangProvider } from "./i18n";
import { Pane } from "./Pane";

export interface AppProps {
  host: WorkbookHost;
  lang: Lang;
  dark?: boolean;
  /** Check at once when the pane opens (the ribbon's "Провери" opens it to check). */
  checkOnOpen?: boolean;
  /** Where the host's faults go besides the screen (the console in Excel). */
  onError?: (error: unknown) => void;
  /** Each finished check, once its results are drawn (the harness draws its preview of the sheet after the first). */
  onChecked?: () => void;
}

export function App({ host, lang, dark = false, checkOnOpen = true, onError, onChecked }: AppProps) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === "bg" ? "bg-BG" : "en"}>
      <LangProvider lang={lang}>
        <AnnounceProvider>
          <Pane host={host} checkOnOpen={checkOnOpen} onError={onError} onChecked={onChecked} />
        </AnnounceProvider>
      </LangProvider>
    </FluentProvider>
  );
}
