/**
 * What a summary says of a report's plan (issue 15): how many of the plan's goals the report leaves out — its
 * plan.goalNotReported issues — or nothing, when the report was reconciled with no plan.
 */
import type { Report } from "../report";

/** The plan's goals missing from the report: 0 when all are accounted for; undefined when no plan was reconciled. */
export function plannedNotReported(report: Report): number | undefined {
  if (!report.plan) return undefined;
  return report.issues.filter((issue) => issue.rule === "plan.goalNotReported").length;
}

/** The file's own name, without its folders (a host may give a path with either slash). */
export function fileName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
}
