/** The checking core: pure TypeScript and zod, shared by the Excel add-in, the command line and the harness. */
export {
  checkSheet,
  checkSheetWithPlan,
  checkWorkbook,
  checkWorkbookForPairing,
  checkWorkbookWithPlan,
  countBySeverity,
  holdsForm,
  reconcileWithPlan,
  type CheckOptions,
  type PlanSheet,
} from "./check";
export * from "./grid";
export type { GoalSheet } from "./reconcile";
export { pairSheets, type PairableSheet, type SheetPairing } from "./reconcile/pairs";
export { FIELD_KEYS, STATUSES, type FieldKey, type StatusKey } from "./fields";
export type { Lang } from "./i18n/format";
export * from "./report";
export { RULES, RULE_IDS, type RuleId } from "./rules";
