/**
 * The grouped issues as the flat list of rows the pane draws (windowed: only the rows in view are in the page):
 * a heading per severity, a heading per group, then the group's issues, each heading collapsible.
 */
import type { Issue, Severity } from "../../core/report";
import type { IssueGroup, SeveritySection } from "./issueGroups";

export type IssueRow =
  | { kind: "severity"; key: string; severity: Severity; count: number; expanded: boolean }
  | { kind: "group"; key: string; group: IssueGroup; expanded: boolean }
  | { kind: "issue"; key: string; issue: Issue };

/** `collapsed` holds the keys of the severities and groups the user closed. */
export function issueRows(sections: readonly SeveritySection[], collapsed: ReadonlySet<string>): IssueRow[] {
  const rows: IssueRow[] = [];
  for (const section of sections) {
    const open = !collapsed.has(section.key);
    rows.push({ kind: "severity", key: section.key, severity: section.severity, count: section.count, expanded: open });
    if (!open) continue;
    for (const group of section.groups) {
      const groupOpen = !collapsed.has(group.key);
      rows.push({ kind: "group", key: group.key, group, expanded: groupOpen });
      if (groupOpen) for (const { key, issue } of group.issues) rows.push({ kind: "issue", key, issue });
    }
  }
  return rows;
}

/** The keys of every issue shown by the filters, in the list's order, whether its group is open or not. */
export function issueOrder(sections: readonly SeveritySection[]): string[] {
  return sections.flatMap((section) => section.groups.flatMap((group) => group.issues.map(({ key }) => key)));
}

/** The severity and group headings that hold an issue, so that going to it can open them. */
export function headingsOf(sections: readonly SeveritySection[], key: string): string[] {
  for (const section of sections) {
    for (const group of section.groups) {
      if (group.issues.some((keyed) => keyed.key === key)) return [section.key, group.key];
    }
  }
  return [];
}
