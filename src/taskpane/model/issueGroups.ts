/**
 * The pane's issue list: filtered by severity and grouped by column (field) or by rule. Groups with errors come
 * first, since those must be fixed before the report goes out; among equals, columns keep the template's order
 * (general issues first) and rules the rule table's. Within a group, issues keep the sheet's reading order.
 */
import { FIELD_KEYS, type FieldKey } from "../../core/fields";
import type { Lang } from "../../core/i18n/format";
import { text } from "../../core/i18n/strings";
import type { Issue, Severity } from "../../core/report";
import { RULE_IDS, RULES, type RuleId } from "../../core/rules";

export type GroupBy = "field" | "rule";

export interface IssueGroup {
  key: string;
  title: string;
  issues: Issue[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function groupIssues(
  issues: readonly Issue[],
  by: GroupBy,
  shown: ReadonlySet<Severity>,
  lang: Lang,
): IssueGroup[] {
  const kept = issues.filter((issue) => shown.has(issue.severity));
  return by === "field" ? byField(kept, lang) : byRule(kept, lang);
}

const GENERAL = "general";

function byField(issues: Issue[], lang: Lang): IssueGroup[] {
  const buckets = bucket(issues, (issue) => issue.field ?? GENERAL);
  const groups = [GENERAL, ...FIELD_KEYS].flatMap((key) => {
    const members = buckets.get(key);
    if (!members) return [];
    const title = key === GENERAL ? text(lang, "pane.general") : text(lang, `field.${key as FieldKey}`);
    return [{ key, title, issues: members }];
  });
  return mostSeriousFirst(groups);
}

function byRule(issues: Issue[], lang: Lang): IssueGroup[] {
  const buckets = bucket(issues, (issue) => issue.rule);
  const groups = RULE_IDS.flatMap((rule: RuleId) => {
    const members = buckets.get(rule);
    return members ? [{ key: rule, title: RULES[rule].title[lang], issues: members }] : [];
  });
  return mostSeriousFirst(groups);
}

/** A stable sort by each group's most serious issue keeps the given order among groups of the same severity. */
function mostSeriousFirst(groups: IssueGroup[]): IssueGroup[] {
  const rank = (group: IssueGroup) => Math.min(...group.issues.map((issue) => SEVERITY_RANK[issue.severity]));
  return groups.sort((a, b) => rank(a) - rank(b));
}

function bucket(issues: Issue[], keyOf: (issue: Issue) => string): Map<string, Issue[]> {
  const buckets = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = keyOf(issue);
    const members = buckets.get(key);
    if (members) members.push(issue);
    else buckets.set(key, [issue]);
  }
  return buckets;
}
