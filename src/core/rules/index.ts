/** All checks, in the order their findings are best read: the layout first, then the rows. */
import type { Layout } from "../layout";
import type { Table } from "../table";
import { checkFinance } from "./finance";
import type { Emit } from "./finding";
import { checkIndicators } from "./indicator";
import { checkLayout } from "./layout";
import { checkMeta } from "./meta";
import { checkProgress } from "./progress";
import { checkRows } from "./rows";
import { checkStatus } from "./status";
import { checkText } from "./text";

export function checkForm(layout: Layout, emit: Emit): void {
  checkLayout(layout, emit);
  checkMeta(layout, emit);
}

const TABLE_CHECKS: ((table: Table, emit: Emit) => void)[] = [
  checkRows,
  checkStatus,
  checkProgress,
  checkIndicators,
  checkFinance,
  checkText,
];

export function checkTable(table: Table, emit: Emit): void {
  for (const check of TABLE_CHECKS) check(table, emit);
}

export { RULES, RULE_IDS, type RuleId, type Severity } from "./table";
export { messageOf, type Finding, type Emit } from "./finding";
