/**
 * Each issue's identity across checks: its rule, sheet and cell (and which of several alike it is). A re-check makes
 * new Issue objects; the pane finds the user's place again by these keys.
 */
import type { Issue } from "../../core/report";

export interface KeyedIssue {
  key: string;
  issue: Issue;
}

export function keyIssues(issues: readonly Issue[]): KeyedIssue[] {
  const seen = new Map<string, number>();
  return issues.map((issue) => {
    const base = `${issue.rule}@${issue.sheet}!${issue.cell}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { key: count === 0 ? base : `${base}#${count + 1}`, issue };
  });
}
