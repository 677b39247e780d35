/**
 * How the user looks at the issues — grouping, the severities shown, the groups closed, the issue they are on. It
 * lives with the pane, not with one check's result, so a fix, an undo or a re-check leaves it as it was.
 */
import { useCallback, useState } from "react";
import type { Severity } from "../core/report";
import { SEVERITIES, type GroupBy } from "./model/issueGroups";

export function useIssueView() {
  const [groupBy, setGroupBy] = useState<GroupBy>("rule");
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [current, setCurrent] = useState<string>();

  const toggleShown = useCallback((severity: Severity) => setShown((now) => toggled(now, severity)), []);
  const toggleCollapsed = useCallback((key: string) => setCollapsed((now) => toggled(now, key)), []);
  /** Opens the headings given (those above an issue the user goes to). */
  const expand = useCallback(
    (keys: readonly string[]) =>
      setCollapsed((now) => (keys.some((key) => now.has(key)) ? new Set([...now].filter((key) => !keys.includes(key))) : now)),
    [],
  );
  return { groupBy, setGroupBy, shown, toggleShown, collapsed, toggleCollapsed, expand, current, setCurrent };
}

export type IssueView = ReturnType<typeof useIssueView>;

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
