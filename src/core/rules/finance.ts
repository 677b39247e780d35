/** finance.*: amounts that are numbers in the table's currency, each with its funding source. */
import { isBlank } from "../grid";
import { fieldFormat, fieldValue, ownValue, type Table } from "../table";
import { oncePerObject } from "../memo";
import { money } from "../rollup";
import { parseAmount, valueIn, type Amount } from "../values";
import type { Emit } from "./finding";

/**
 * Every amount in the table, one per cell (a merged amount once, at its first row); read once per table, as the
 * finance rules and the roll-up both need them.
 */
export const amountsOf = oncePerObject(readAmounts);

function readAmounts(table: Table): { row: number; amount: Amount }[] {
  if (table.layout.header.columns.amount === undefined) return [];
  return table.goals.flatMap((goal) =>
    goal.rows.map((row) => ({ row, amount: parseAmount(ownValue(table, row, "amount"), fieldFormat(table, row, "amount")) })),
  );
}

export function checkFinance(table: Table, emit: Emit): void {
  const columns = table.layout.header.columns;
  const col = columns.amount as number;
  checkStatedTotal(table, emit);
  for (const { row, amount } of amountsOf(table)) {
    if (amount.kind === "unparsed") {
      emit({ rule: "finance.amountUnparsed", row, col, params: { value: amount.text.trim() } });
    }
    if (amount.kind !== "money") continue;
    if (amount.value !== 0 && columns.fundingSource !== undefined && isBlank(fieldValue(table, row, "fundingSource"))) {
      emit({ rule: "finance.sourceMissing", row, col: columns.fundingSource });
    }
    if (amount.currency && amount.currency !== table.layout.currency) {
      emit({
        rule: "finance.currencyMixed",
        row,
        col,
        params: { amountCurrency: { ref: `currency.${amount.currency}` }, tableCurrency: { ref: `currency.${table.layout.currency}` } },
      });
    }
  }
}

/** The goals' amounts added up in the table's currency, as the roll-up adds them. */
export function sumOfAmounts(table: Table): number {
  let sum = 0;
  for (const { amount } of amountsOf(table)) {
    if (amount.kind !== "money") continue;
    sum += valueIn(amount, table.layout.currency);
  }
  return money(sum);
}

/** finance.totalMismatch: the "ОБЩО:" row under the table states an amount the goals' amounts do not add up to. */
function checkStatedTotal(table: Table, emit: Emit): void {
  const col = table.layout.header.columns.amount;
  const total = table.totals[table.totals.length - 1];
  if (col === undefined || !total) return;
  const stated = parseAmount(ownValue(table, total.row, "amount"), fieldFormat(table, total.row, "amount"));
  if (stated.kind !== "money") return;
  const statedValue = money(valueIn(stated, table.layout.currency));
  const sum = sumOfAmounts(table);
  if (Math.abs(statedValue - sum) >= 0.01) {
    emit({ rule: "finance.totalMismatch", row: total.row, col, params: { stated: { amount: statedValue }, sum: { amount: sum } } });
  }
}
