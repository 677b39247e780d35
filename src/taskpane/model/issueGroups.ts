/**
 * The pane's issue list, the way Excel's own checker lays its findings out: errors, then warnings, then notes; inside
 * each severity, one group per rule (or, when the user asks, per column), titled and counted. Groups keep the rule
 * table's order (columns the template's, general issues first); issues keep the sheet's reading order. Filtered
 * severities are left out.
 */
import { FIELD_KEYS, type FieldKey } from "../../core/fields";
import type { Lang } from "../../core/i18n/format";
import { text } from "../../core/i18n/strings";
import type { Severity } from "../../core/report";
import { RULE_IDS, RULES, type RuleId } from "../../core/rules";
import type { KeyedIssue } from "./issueKeys";

export type GroupBy = "rule" | "field";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface IssueGroup {
  /** Unique in the list, stable across checks: the severity and the rule id or field key ("error:status.invalid"). */
  key: string;
  /** The rule id or the field key ("general" for issues about no column). */
  by: string;
  severity: Severity;
  title: string;
  issues: KeyedIssue[];
}

export interface SeveritySection {
  severity: Severity;
  /** Unique in the list and stable: "severity:error". */
  key: string;
  count: number;
  groups: IssueGroup[];
}

export function groupIssues(
  issues: readonly KeyedIssue[],
  by: GroupBy,
  shown: ReadonlySet<Severity>,
  lang: Lang,
): SeveritySection[] {
  return SEVERITIES.flatMap((severity) => {
    if (!shown.has(severity)) return [];
    const members = issues.filter(({ issue }) => issue.severity === severity);
    if (members.length === 0) return [];
    const groups = by === "rule" ? byRule(members, severity, lang) : byField(members, severity, lang);
    return [{ severity, key: `severity:${severity}`, count: members.length, groups }];
  });
}

export const GENERAL = "general";

function byRule(issues: KeyedIssue[], severity: Severity, lang: Lang): IssueGroup[] {
  const buckets = bucket(issues, ({ issue }) => issue.rule);
  return RULE_IDS.flatMap((rule: RuleId) => {
    const members = buckets.get(rule);
    return members ? [group(severity, rule, RULES[rule].title[lang], members)] : [];
  });
}

function byField(issues: KeyedIssue[], severity: Severity, lang: Lang): IssueGroup[] {
  const buckets = bucket(issues, ({ issue }) => issue.field ?? GENERAL);
  return [GENERAL, ...FIELD_KEYS].flatMap((field) => {
    const members = buckets.get(field);
    if (!members) return [];
    const title = field === GENERAL ? text(lang, "pane.general") : text(lang, `field.${field as FieldKey}`);
    return [group(severity, field, title, members)];
  });
}

function group(severity: Severity, by: string, title: string, issues: KeyedIssue[]): IssueGroup {
  return { key: `${severity}:${by}`, by, severity, title, issues };
}

function bucket(issues: KeyedIssue[], keyOf: (keyed: KeyedIssue) => string): Map<string, KeyedIssue[]> {
  const buckets = new Map<string, KeyedIssue[]>();
  for (const keyed of issues) {
    const key = keyOf(keyed);
    const members = buckets.get(key);
    if (members) members.push(keyed);
    else buckets.set(key, [keyed]);
  }
  return buckets;
}

