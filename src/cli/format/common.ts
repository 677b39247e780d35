/** What the output formats share: severity order, totals over many files, amounts written for the reader. */
import type { Lang, Rollup, Severity } from "../../core";
import { formatNumber, formatPercent } from "../../core/i18n/numbers";
import { sectionCounts, text } from "../../core/i18n/strings";
import type { FileResult } from "../checkFiles";
import type { Pairing, SheetRef } from "../pairing";

export { formatNumber, formatPercent } from "../../core/i18n/numbers";

/** Makes the number formatters the text and Markdown output use (Intl's are slow to make, quick to use). */
export function prepareNumbers(lang: Lang): void {
  formatNumber(0, lang);
  formatPercent(0, lang);
}

/** The goals and their statuses in one line; a plan's says that completion is the report's to tell. */
export function goalsLine(rollup: Rollup, lang: Lang): string {
  if (rollup.completionPercent === null) return text(lang, "cli.goals.plan", { goals: rollup.goals });
  return text(lang, "cli.goals", { ...rollup.byStatus, goals: rollup.goals, completion: formatPercent(rollup.completionPercent, lang) });
}

/** One responsible unit's goals, and its completion in a report. */
export function unitLine(unit: Rollup["byUnit"][number], lang: Lang): string {
  if (unit.completionPercent === null) return text(lang, "cli.unitLine.plan", { unit: unit.unit, goals: unit.goals });
  const { completionPercent, ...counts } = unit;
  return text(lang, "cli.unitLine", { ...counts, completion: formatPercent(completionPercent, lang) });
}

/** One heading's goals and how many are fulfilled (a plan's: how many goals). */
export function sectionLine(section: Rollup["bySection"][number], rollup: Rollup, lang: Lang): string {
  return text(lang, "cli.sectionLine", { section: section.section, counts: sectionCounts(section, rollup.completionPercent !== null, lang) });
}

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function totals(results: FileResult[]) {
  const sum = { files: results.length, reports: 0, error: 0, warning: 0, info: 0, unreadable: 0 };
  for (const result of results) {
    if ("error" in result) {
      sum.unreadable++;
      continue;
    }
    for (const report of result.reports) {
      sum.reports++;
      for (const severity of SEVERITIES) sum[severity] += report.counts[severity];
    }
  }
  return sum;
}

/** What the pairing left unpaired, as headed lists of sheets, for the formats that show the pairing as text. */
export function pairingLists(pairing: Pairing, lang: Lang): { heading: string; items: string[] }[] {
  const sheet = (ref: SheetRef) => text(lang, "cli.pairs.sheet", { ...ref });
  const lists = [
    {
      heading: text(lang, "cli.pairs.manyPlans"),
      items: pairing.manyPlans.map(({ report, plans }) => `${sheet(report)} ← ${plans.map(sheet).join("; ")}`),
    },
    {
      heading: text(lang, "cli.pairs.tooLarge"),
      items: pairing.tooLarge.map(({ report, plan, goals }) => `${sheet(report)} ← ${sheet(plan)} (${text(lang, "cli.pairs.goals", { goals })})`),
    },
    {
      heading: text(lang, "cli.pairs.changed"),
      items: pairing.changed.map(({ report, plan }) => `${sheet(report)} ← ${sheet(plan)}`),
    },
    { heading: text(lang, "cli.pairs.reportsAlone"), items: pairing.reportsAlone.map(sheet) },
    { heading: text(lang, "cli.pairs.plansAlone"), items: pairing.plansAlone.map(sheet) },
  ];
  return lists.filter(({ items }) => items.length > 0);
}
