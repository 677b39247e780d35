/**
 * Checking again while the user works. Where the host tells edits as they happen (Excel with ExcelApi 1.7), an edit
 * on the checked sheet checks again once the user has paused for LIVE_PAUSE_MS: typing into several cells makes one
 * check, not a storm of them. Where it cannot, the pane says its results may be out of date as soon as the user
 * moves the selection, and offers to check again. Highlights follow every check: cells that are now clean lose theirs.
 */
import { useEffect, useRef, useState } from "react";
import type { Report } from "../core/report";
import type { WorkbookHost } from "../host/workbookHost";
import { marksOf } from "./model/edits";

/** About how long a user pauses between one cell and the next; a check waits for that pause. */
export const LIVE_PAUSE_MS = 400;

export function useLiveCheck(
  host: WorkbookHost,
  run: () => Promise<void>,
  report: Report | undefined,
  finished: number,
  onError?: (error: unknown) => void,
): { stale: boolean } {
  const [stale, setStale] = useState(false);
  const checked = useRef<string>();
  checked.current = report?.layout.found ? report.sheet : undefined;

  useEffect(() => {
    if (host.features.liveEdits && host.onEdit) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stop = host.onEdit((sheet) => {
        if (checked.current !== undefined && sheet !== checked.current) return;
        clearTimeout(timer);
        timer = setTimeout(() => void run(), LIVE_PAUSE_MS);
      });
      return () => {
        clearTimeout(timer);
        stop();
      };
    }
    return host.onSelectionChange?.(() => {
      if (checked.current !== undefined) setStale(true);
    });
  }, [host, run]);

  useEffect(() => {
    setStale(false);
    // Highlights follow the new result: the host restores each cell no longer marked.
    if (report && host.features.highlights && host.highlighted()) {
      host.highlight(marksOf(report)).catch((error: unknown) => onError?.(error));
    }
  }, [finished]); // once per finished check
  return { stale };
}
