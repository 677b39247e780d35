/**
 * The Report: the contract between the core, the add-in, the command line and the tests (SPEC §4), defined once as
 * a zod schema; the TypeScript types are inferred from it.
 */
import { z } from "zod";
import { FIELD_KEYS } from "./fields";
import { RULE_IDS } from "./rules/table";

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export const FieldKeySchema = z.enum(FIELD_KEYS);
const A1 = z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/);
const Count = z.number().int().nonnegative();
const Percent = z.number().min(0).max(100);

export const IssueSchema = z.object({
  rule: z.enum(RULE_IDS as [string, ...string[]]),
  severity: SeveritySchema,
  sheet: z.string(),
  cell: A1,
  field: FieldKeySchema.optional(),
  message: z.string().min(1),
  suggestion: z.string().optional(),
  /** Where else the issue points: for plan.*, the plan goal in the plan's file and sheet. */
  source: z.object({ file: z.string().optional(), sheet: z.string(), cell: A1 }).optional(),
});

export const StatusCountsSchema = z.object({
  fulfilled: Count,
  inProgress: Count,
  notFulfilled: Count,
  missing: Count,
  invalid: Count,
});

export const RollupSchema = z.object({
  goals: Count,
  byStatus: StatusCountsSchema,
  /** Fulfilled goals in % of all; null for a plan, which has no statuses to count. */
  completionPercent: Percent.nullable(),
  byUnit: z.array(
    z.object({
      unit: z.string(),
      goals: Count,
      fulfilled: Count,
      inProgress: Count,
      notFulfilled: Count,
      completionPercent: Percent.nullable(),
    }),
  ),
  byStrategicDocument: z.array(z.object({ document: z.string(), goals: Count, fulfilled: Count })),
  /** Goals per heading, for a table that groups its goals under headings ("Приоритет 1. …"); empty otherwise. */
  bySection: z.array(z.object({ section: z.string(), cell: A1, goals: Count, fulfilled: Count })),
  financing: z.object({
    currency: z.enum(["BGN", "EUR"]),
    total: z.number(),
    bySource: z.array(z.object({ source: z.string(), total: z.number() })),
    goalsWithoutAmount: Count,
  }),
});

export const ReportSchema = z.object({
  file: z.string().optional(),
  sheet: z.string(),
  form: z.enum(["report", "plan", "unknown"]),
  /**
   * The plan this report was reconciled with (its plan.* issues come from it): a plan sheet of the same workbook, the
   * plan given with `p2check --plan`, or the plan p2check paired with it among the files it checked. The file is
   * absent when the host has none (a workbook open in Excel).
   */
  plan: z.object({ file: z.string().optional(), sheet: z.string() }).optional(),
  layout: z.object({
    found: z.boolean(),
    headerRows: z.array(z.number().int().positive()),
    firstDataRow: z.number().int().positive().optional(),
    lastDataRow: z.number().int().positive().optional(),
    year: z.number().int().optional(),
    administration: z.string().optional(),
    preparedBy: z.string().optional(),
    columns: z.partialRecord(FieldKeySchema, z.string().regex(/^[A-Z]{1,3}$/)),
  }),
  issues: z.array(IssueSchema),
  counts: z.object({ error: Count, warning: Count, info: Count }),
  rollup: RollupSchema,
});

/** A file that could not be read at all, as JSON output shows it. */
export const UnreadableFileSchema = z.object({ file: z.string(), error: z.string() });

export type Severity = z.infer<typeof SeveritySchema>;
export type Issue = z.infer<typeof IssueSchema>;
export type Rollup = z.infer<typeof RollupSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type UnreadableFile = z.infer<typeof UnreadableFileSchema>;
