/**
 * "Сравни с плана…": a plan (Приложение №1) chosen from disk with the page's own file input, which works in every
 * web view Office runs the pane in. Its bytes are read with the project's reader, which is loaded by import() only
 * now — webpack puts it in a script of its own, so the pane Excel loads stays small. The plan stays until the user
 * stops comparing or opens another file; re-checks keep it.
 */
import { useCallback, useRef, useState } from "react";
import type { PlanSheet } from "../core/check";
import type { PlanFileRead } from "../file/planFile";

export type PlanFileState =
  | { phase: "none" }
  | { phase: "reading"; file: string }
  | { phase: "loaded"; file: string; plan: PlanSheet }
  | { phase: "failed"; file: string; problem: Exclude<PlanFileRead, { plan: unknown }> | { problem: "unexpected"; detail: string } };

export function usePlanFile(onError?: (error: unknown) => void) {
  const [state, setState] = useState<PlanFileState>({ phase: "none" });
  // Only the last file chosen counts: one read that ends after a later one is dropped.
  const latest = useRef(0);

  const open = useCallback(
    async (file: File) => {
      const ticket = ++latest.current;
      const settle = (next: PlanFileState) => ticket === latest.current && setState(next);
      setState({ phase: "reading", file: file.name });
      try {
        const [bytes, { readPlanFile }] = await Promise.all([
          file.arrayBuffer(),
          import(/* webpackChunkName: "plan-reader" */ "../file/planFile"),
        ]);
        const read = await readPlanFile(new Uint8Array(bytes));
        settle(
          "plan" in read
            ? { phase: "loaded", file: file.name, plan: { grid: read.plan, file: file.name } }
            : { phase: "failed", file: file.name, problem: read },
        );
      } catch (error) {
        onError?.(error);
        const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
        settle({ phase: "failed", file: file.name, problem: { problem: "unexpected", detail } });
      }
    },
    [onError],
  );

  const clear = useCallback(() => {
    latest.current++;
    setState({ phase: "none" });
  }, []);

  return { planFile: state, openPlanFile: open, clearPlanFile: clear };
}

export type PlanFile = ReturnType<typeof usePlanFile>;
