/**
 * A finding as a check function reports it: which rule, where, with which parameters. Words come later, from the
 * rule table and the dictionary, in the user's language.
 */
import type { FieldKey } from "../fields";
import { fill, type Lang } from "../i18n/format";
import { formatNumber } from "../i18n/numbers";
import { oncePerKey } from "../memo";
import { text, type StringKey } from "../i18n/strings";
import { RULES, type RuleId, type Severity } from "./table";

/** A parameter: plain text or a number, a dictionary entry to translate, or a list of them. */
export type ParamValue =
  | string
  | number
  | { ref: StringKey; params?: Record<string, string | number> }
  /** A number written the language's way: "146 305,48" in Bulgarian, "146,305.48" in English. */
  | { amount: number }
  | ParamValue[];

/** Where else a finding points: the plan goal a report lacks, in the plan's file. */
export interface FindingSource {
  file?: string;
  sheet: string;
  cell: string;
}

export interface Finding {
  rule: RuleId;
  row: number;
  col: number;
  source?: FindingSource;
  /** Defaults to the rule's field. */
  field?: FieldKey;
  params?: Record<string, ParamValue>;
  /** Overrides the rule's severity where the rule says it depends (progress.missing). */
  severity?: Severity;
  suggestion?: string;
}

export type Emit = (finding: Finding) => void;

export function messageOf(finding: Finding, lang: Lang): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(finding.params ?? {})) params[name] = paramText(value, lang);
  return fill(RULES[finding.rule].message[lang], params, lang);
}

function paramText(value: ParamValue, lang: Lang): string {
  if (Array.isArray(value)) {
    // "име, телефон и ел. поща": the language's own way of listing.
    return listFormat(lang).format(value.map((v) => paramText(v, lang)));
  }
  if (typeof value === "object") return "amount" in value ? formatNumber(value.amount, lang) : text(lang, value.ref, value.params);
  return String(value);
}

const listFormat = oncePerKey((lang: Lang) => new Intl.ListFormat(lang, { type: "conjunction" }));

/** The dictionary entry naming a field. */
export function fieldRef(field: FieldKey): ParamValue {
  return { ref: `field.${field}` };
}
