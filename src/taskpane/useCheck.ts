/**
 * Running a check from the pane: read the sheet through the host (with progress), then check it with the core.
 * The grid is kept, so switching the language re-words the same Report without reading the sheet again.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import { checkSheet } from "../core/check";
import type { SheetGrid } from "../core/grid";
import type { Lang } from "../core/i18n/format";
import type { Report } from "../core/report";
import { HostError } from "../host/hostError";
import type { ReadProgress, WorkbookHost } from "../host/workbookHost";

export type CheckState =
  | { phase: "idle" }
  | { phase: "reading"; progress?: ReadProgress }
  | { phase: "done"; report: Report }
  | { phase: "failed"; error: HostError };

export function useCheck(host: WorkbookHost, lang: Lang, onError?: (error: unknown) => void) {
  const [grid, setGrid] = useState<SheetGrid>();
  const [busy, setBusy] = useState<{ progress?: ReadProgress }>();
  const [error, setError] = useState<HostError>();
  const running = useRef(false);

  const run = useCallback(async () => {
    if (running.current) return; // a second click while reading would only read the same sheet twice
    running.current = true;
    setBusy({});
    setError(undefined);
    try {
      setGrid(await host.read((progress) => setBusy({ progress })));
    } catch (caught) {
      onError?.(caught);
      setError(asHostError(caught));
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }, [host, onError]);

  const report = useMemo(() => (grid ? checkSheet(grid, { lang }) : undefined), [grid, lang]);
  const state: CheckState = busy
    ? { phase: "reading", progress: busy.progress }
    : error
      ? { phase: "failed", error }
      : report
        ? { phase: "done", report }
        : { phase: "idle" };
  return { state, run, grid: busy || error ? undefined : grid };
}

/** Anything that is not already a HostError is a fault of ours: say so in words, keep the detail short. */
export function asHostError(caught: unknown): HostError {
  if (caught instanceof HostError) return caught;
  const detail = caught instanceof Error ? caught.message : String(caught);
  return new HostError("pane.unexpected", { detail: detail.slice(0, 200) }, detail);
}
