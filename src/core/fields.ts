/** The fourteen logical fields of the form, in the official template's order (SPEC §1). */
export const FIELD_KEYS = [
  "no",
  "goal",
  "strategicDocuments",
  "strategicGoal",
  "strategicIndicator",
  "indicator",
  "currentValue",
  "targetValue",
  "amount",
  "fundingSource",
  "activities",
  "responsible",
  "status",
  "progressInfo",
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

/** Fields the plan form (Приложение №1) does not have. */
export const REPORT_ONLY_FIELDS: readonly FieldKey[] = ["status", "progressInfo"];

/** The three allowed statuses, exactly as the template's drop-down has them. */
export const STATUSES = {
  fulfilled: "Изпълнена",
  notFulfilled: "Неизпълнена",
  inProgress: "В процес на изпълнение",
} as const;

export type StatusKey = keyof typeof STATUSES;
