/**
 * The pane's changes to the workbook — highlights, status fixes, the drop-down — each made only on a click, each
 * with its undo on the pane's stack. The stack lives with the pane, not with one check's result, so it outlives the
 * re-check that follows every change.
 */
import { useCallback, useRef, useState } from "react";
import type { SheetGrid } from "../core/grid";
import type { Report } from "../core/report";
import type { HostError } from "../host/hostError";
import { addReportFromPlan } from "../host/newReport";
import type { LeftOut, WorkbookHost } from "../host/workbookHost";
import { marksOf, popUndo, pushUndo, statusDropDown, type StatusFix, type UndoEntry } from "./model/edits";
import { asHostError } from "./useCheck";

export type ActionNote = "dropDownDone" | "dropDownExists";

export interface ActionsState {
  busy: boolean;
  highlighted: boolean;
  undo: readonly UndoEntry[];
  error?: HostError;
  note?: ActionNote;
  /** The report sheet just made from the plan, and what the host had to leave out of it. */
  made?: { sheet: string; leftOut: readonly LeftOut[] };
}

export function useActions(host: WorkbookHost, recheck: () => Promise<void>, onError?: (error: unknown) => void) {
  const [state, setState] = useState<ActionsState>(() => ({ busy: false, highlighted: host.highlighted(), undo: [] }));
  const nextId = useRef(1);
  const working = useRef(false);

  /** Runs one change: busy while it runs, the host's words when it fails, then the check again when asked. */
  const change = useCallback(
    async (work: () => Promise<Partial<ActionsState> | void>, thenCheck: boolean) => {
      if (working.current) return;
      working.current = true;
      setState((now) => ({ ...now, busy: true, error: undefined, note: undefined, made: undefined }));
      try {
        const after = (await work()) ?? {};
        setState((now) => ({ ...now, ...after, busy: false }));
        if (thenCheck) await recheck();
      } catch (caught) {
        onError?.(caught);
        setState((now) => ({ ...now, busy: false, error: asHostError(caught) }));
      } finally {
        working.current = false;
      }
    },
    [recheck, onError],
  );

  const remember = (label: UndoEntry["label"], revert: UndoEntry["revert"]) =>
    setState((now) => ({ ...now, undo: pushUndo(now.undo, { id: nextId.current++, label, revert }) }));

  const toggleHighlight = useCallback(
    (report: Report) =>
      change(async () => {
        if (host.highlighted()) await host.clearHighlights();
        else await host.highlight(marksOf(report));
        return { highlighted: host.highlighted() };
      }, false),
    [host, change],
  );

  const fix = useCallback(
    (fixes: readonly StatusFix[]) =>
      change(async () => {
        if (fixes.length === 0) return;
        const revert = await host.writeTexts(fixes.map(({ sheet, cell, text }) => ({ sheet, cell, text })));
        const label: UndoEntry["label"] =
          fixes.length === 1
            ? { key: "pane.change.fixOne", params: { cell: (fixes[0] as StatusFix).cell } }
            : { key: "pane.change.fixAll", params: { count: fixes.length } };
        remember(label, revert);
      }, true),
    [host, change],
  );

  const addDropDown = useCallback(
    (report: Report) =>
      change(async () => {
        const dropDown = statusDropDown(report);
        if (!dropDown) return;
        const result = await host.addDropDown(dropDown);
        if (!result.added) return { note: "dropDownExists" };
        remember({ key: "pane.change.dropDown", params: {} }, result.revert);
        return { note: "dropDownDone" };
      }, false),
    [host, change],
  );

  /** "Нов отчет от плана": the report sheet is added and shown, then checked (with the plan, by itself). */
  const newReport = useCallback(
    (plan: SheetGrid) =>
      change(async () => {
        const added = await addReportFromPlan(host, plan);
        remember({ key: "pane.change.newReport", params: { sheet: added.sheet } }, added.revert);
        return { made: { sheet: added.sheet, leftOut: added.leftOut } };
      }, true),
    [host, change],
  );

  const undo = useCallback(
    () =>
      change(async () => {
        const { entry, rest } = popUndo(state.undo);
        if (!entry) return;
        await entry.revert();
        return { undo: rest };
      }, true),
    [change, state.undo],
  );

  return { actions: state, toggleHighlight, fix, addDropDown, newReport, undo };
}

export type Actions = ReturnType<typeof useActions>;

