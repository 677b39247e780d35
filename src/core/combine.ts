/**
 * Several roll-ups as one (the command line's summary over many files): counts summed, percentages recomputed from
 * the sums (never averaged), units, documents and funding sources merged by name, money in one currency. Headings
 * (bySection) belong to one report's table and are not combined.
 */
import type { Rollup } from "./report";
import { emptyRollup, money, percent, Tally } from "./rollup";
import { foldKey } from "./text";
import { unitKey } from "./units";
import { convert, type Currency } from "./values";

type StatusBucket = keyof Rollup["byStatus"];
type UnitCounts = Omit<Rollup["byUnit"][number], "unit" | "completionPercent">;
type DocumentCounts = Omit<Rollup["byStrategicDocument"][number], "document">;

const BUCKETS: StatusBucket[] = ["fulfilled", "inProgress", "notFulfilled", "missing", "invalid"];

export function combineRollups(rollups: Rollup[], currency: Currency): Rollup {
  const combined = emptyRollup(currency);
  for (const rollup of rollups) {
    combined.goals += rollup.goals;
    for (const bucket of BUCKETS) combined.byStatus[bucket] += rollup.byStatus[bucket];
  }
  combined.completionPercent = percent(combined.byStatus.fulfilled, combined.goals);
  combined.byUnit = combineUnits(rollups);
  combined.byStrategicDocument = combineDocuments(rollups);
  combined.financing = combineFinancing(rollups, currency);
  return combined;
}

/** Units keyed as the roll-up keys them, so "Дирекция АПОФУС" in one report and "АПОФУС" in another meet. */
function combineUnits(rollups: Rollup[]): Rollup["byUnit"] {
  const units = new Tally<UnitCounts>();
  for (const { unit, ...counts } of rollups.flatMap((rollup) => rollup.byUnit)) {
    const sum = units.get({ key: unitKey(unit), name: unit }, () => ({
      goals: 0,
      fulfilled: 0,
      inProgress: 0,
      notFulfilled: 0,
    }));
    sum.goals += counts.goals;
    sum.fulfilled += counts.fulfilled;
    sum.inProgress += counts.inProgress;
    sum.notFulfilled += counts.notFulfilled;
  }
  return units.entries().map(([unit, c]) => ({ unit, ...c, completionPercent: percent(c.fulfilled, c.goals) }));
}

function combineDocuments(rollups: Rollup[]): Rollup["byStrategicDocument"] {
  const documents = new Tally<DocumentCounts>();
  for (const { document, goals, fulfilled } of rollups.flatMap((rollup) => rollup.byStrategicDocument)) {
    const sum = documents.get({ key: foldKey(document), name: document }, () => ({ goals: 0, fulfilled: 0 }));
    sum.goals += goals;
    sum.fulfilled += fulfilled;
  }
  return documents.entries().map(([document, c]) => ({ document, ...c }));
}

/** Each report's money converted to the chosen currency at the fixed rate; rounded to cents once, after summing. */
function combineFinancing(rollups: Rollup[], currency: Currency): Rollup["financing"] {
  const sources = new Tally<{ total: number }>();
  let total = 0;
  let goalsWithoutAmount = 0;
  for (const { financing } of rollups) {
    total += convert(financing.total, financing.currency, currency);
    goalsWithoutAmount += financing.goalsWithoutAmount;
    for (const { source, total: amount } of financing.bySource) {
      const sum = sources.get({ key: foldKey(source), name: source }, () => ({ total: 0 }));
      sum.total += convert(amount, financing.currency, currency);
    }
  }
  return {
    currency,
    total: money(total),
    bySource: sources.entries().map(([source, t]) => ({ source, total: money(t.total) })),
    goalsWithoutAmount,
  };
}
