/**
 * Running a check from the pane: draw the spinner, read the sheet through the host (with progress), then check it
 * with the core. The last result stays on screen while a re-check runs, so the user keeps their place in it. The
 * grid is kept, so switching the language re-words the same Report without reading the sheet again.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import { checkSheet, checkSheetWithPlan, formOf, type PlanSheet } from "../core/check";
import type { Lang } from "../core/i18n/format";
import type { Report } from "../core/report";
import { HostError } from "../host/hostError";
import type { FormRead, ReadProgress, WorkbookHost } from "../host/workbookHost";

export interface CheckState {
  /** The last check's result; undefined before the first one and after a failed one. */
  report?: Report;
  /** Set while a check runs (the report, if any, is the one before it). */
  busy?: { progress?: ReadProgress };
  error?: HostError;
  /** How many checks have finished: each one is announced. */
  finished: number;
}

/**
 * `planFile`: a plan opened from disk ("Сравни с плана…"); a report is reconciled with it, else with the plan sheet
 * of its own workbook when there is one. The comparison is kept apart from the read, so a re-check keeps it.
 */
export function useCheck(host: WorkbookHost, lang: Lang, onError?: (error: unknown) => void, planFile?: PlanSheet) {
  const [read, setRead] = useState<FormRead>();
  const [busy, setBusy] = useState<{ progress?: ReadProgress }>();
  const [error, setError] = useState<HostError>();
  const [finished, setFinished] = useState(0);
  const running = useRef(false);

  const run = useCallback(async () => {
    if (running.current) return; // a second click while reading would only read the same sheet twice
    running.current = true;
    setBusy({});
    try {
      // Reading and checking hold the page's only thread; the spinner is drawn first, or it would never be seen.
      await nextPaint();
      const found = await host.readWithPlan((progress) => setBusy({ progress }));
      setError(undefined);
      setRead(found);
    } catch (caught) {
      onError?.(caught);
      setError(asHostError(caught));
    } finally {
      running.current = false;
      setBusy(undefined);
      setFinished((count) => count + 1);
    }
  }, [host, onError]);

  const plan = read && formOf(read.grid) === "report" ? (planFile ?? (read.plan && { grid: read.plan })) : undefined;
  const report = useMemo(
    () => read && (plan ? checkSheetWithPlan(read.grid, plan, { lang }) : checkSheet(read.grid, { lang })),
    [read, plan?.grid, lang],
  );
  const state: CheckState = { report: error ? undefined : report, busy, error, finished };
  return { state, run, grid: error ? undefined : read?.grid, plan: error ? undefined : plan };
}

/**
 * Resolves after the browser has drawn the next frame: a frame callback runs just before the drawing, a timer just
 * after it. A hidden page draws no frames, so a tenth of a second is the longest it waits.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== "function") return resolve();
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/** Anything that is not already a HostError is a fault of ours: say so in words, keep the detail short. */
export function asHostError(caught: unknown): HostError {
  if (caught instanceof HostError) return caught;
  const detail = caught instanceof Error ? caught.message : String(caught);
  return new HostError("pane.unexpected", { detail: detail.slice(0, 200) }, detail);
}
