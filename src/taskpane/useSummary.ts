/** The pane's "Обобщение": write the summary sheet of the sheet last checked, and say how it went. */
import { useCallback, useState } from "react";
import type { PlanSheet } from "../core/check";
import type { SheetGrid } from "../core/grid";
import type { Lang } from "../core/i18n/format";
import type { HostError } from "../host/hostError";
import { writeSummarySheet } from "../host/summary";
import type { WorkbookHost } from "../host/workbookHost";
import { asHostError, nextPaint } from "./useCheck";

export type SummaryState =
  | { phase: "idle" }
  | { phase: "writing" }
  | { phase: "done"; sheet: string }
  | { phase: "failed"; error: HostError };

export function useSummary(host: WorkbookHost, lang: Lang, onError?: (error: unknown) => void) {
  const [state, setState] = useState<SummaryState>({ phase: "idle" });
  const write = useCallback(
    async (grid: SheetGrid, plan?: PlanSheet) => {
      setState({ phase: "writing" });
      try {
        // The summary checks the sheet again and builds its rows on the page's only thread: the spinner is drawn first.
        await nextPaint();
        setState({ phase: "done", sheet: await writeSummarySheet(host, grid, lang, new Date(), plan) });
      } catch (caught) {
        onError?.(caught);
        setState({ phase: "failed", error: asHostError(caught) });
      }
    },
    [host, lang, onError],
  );
  return { summary: state, writeSummary: write };
}

export type Summary = ReturnType<typeof useSummary>;
