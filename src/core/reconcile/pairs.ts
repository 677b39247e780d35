/**
 * Which plan goes with which report, among sheets of many files: a plan and a report of the same administration and
 * year, as their headers name them. Names are compared as goal texts are (goalText.ts): case, spaces, punctuation,
 * quotes and look-alike letters do not matter, so "Областна администрация – Хасково" is "ОБЛАСТНА АДМИНИСТРАЦИЯ ХАСКОВО".
 */
import type { Report } from "../report";
import { wordingKey } from "./goalText";

/**
 * Whether a checked sheet may pair with a sheet of another file: a plan, or a report not reconciled inside its own
 * workbook, whose header names the administration and the year.
 */
export function mayPair({ form, plan, layout }: Report): boolean {
  return (form === "plan" || (form === "report" && !plan)) && layout.administration !== undefined && layout.year !== undefined;
}

export interface PairableSheet {
  form: "plan" | "report";
  administration?: string;
  year?: number;
}

export interface SheetPairing {
  /** A plan's index and a report's; one plan may serve several reports (a report and its corrected copy). */
  pairs: [plan: number, report: number][];
  /** Reports with two or more plans of their administration and year: paired with none, as either could be wrong. */
  manyPlans: { report: number; plans: number[] }[];
  /** Reports with no plan of theirs among the sheets, and plans with no report. */
  reportsAlone: number[];
  plansAlone: number[];
}

/** The key two sheets share when they are of one administration and year; undefined when the header lacks either. */
export function pairingKey(sheet: Omit<PairableSheet, "form">): string | undefined {
  const name = sheet.administration === undefined ? "" : wordingKey(sheet.administration);
  return name === "" || sheet.year === undefined ? undefined : `${name}\u0000${sheet.year}`;
}

export function pairSheets(sheets: PairableSheet[]): SheetPairing {
  const plansByKey = new Map<string, number[]>();
  sheets.forEach((sheet, i) => {
    const key = pairingKey(sheet);
    if (sheet.form !== "plan" || key === undefined) return;
    plansByKey.set(key, [...(plansByKey.get(key) ?? []), i]);
  });
  const pairing: SheetPairing = { pairs: [], manyPlans: [], reportsAlone: [], plansAlone: [] };
  const usedPlans = new Set<number>();
  sheets.forEach((sheet, i) => {
    if (sheet.form !== "report") return;
    const key = pairingKey(sheet);
    const plans = (key !== undefined && plansByKey.get(key)) || [];
    for (const plan of plans) usedPlans.add(plan);
    if (plans.length === 1) pairing.pairs.push([plans[0] as number, i]);
    else if (plans.length > 1) pairing.manyPlans.push({ report: i, plans });
    else pairing.reportsAlone.push(i);
  });
  sheets.forEach((sheet, i) => {
    if (sheet.form === "plan" && !usedPlans.has(i)) pairing.plansAlone.push(i);
  });
  return pairing;
}
