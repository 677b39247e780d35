/**
 * The summary sheet "Обобщение" of one report, laid out once for every host (SPEC §5, issue 4): title with
 * administration, year and time made; the status table with counts and shares — live formulas (formulas.ts) over the
 * report's status column when the host can point at it, numbers otherwise; completion; per heading (when the report
 * groups its goals under headings); per unit; per strategic document; financing by source; the issues with links to their cells; a chart of the status shares.
 */
import type { StatusKey } from "../fields";
import { STATUSES } from "../fields";
import { formatDateTime } from "../i18n/dates";
import type { Lang } from "../i18n/format";
import { text, type StringKey } from "../i18n/strings";
import type { Report, Rollup } from "../report";
import { cellLink, countStatus } from "./formulas";
import { fileName, plannedNotReported } from "./planAccount";
import type { PlanStyle, PlanValue, SheetPlan } from "./plan";
import { PlanBuilder, type CellInput } from "./planBuilder";
import type { StatusCells } from "./statusCells";

export interface SummaryInput {
  report: Report;
  /** Where the report's status cells are; without them (a summary in another workbook) the counts are numbers. */
  statusCells?: StatusCells;
  /**
   * Where the issues' links lead: by default to the report's sheet in the summary's own workbook (the add-in, the
   * harness); `{ file }` to the report's file, relative to the summary's folder (p2check --summary); "none" when the
   * summary cannot reach the report, and the cells are plain text.
   */
  links?: { file: string } | "none";
  made: Date;
  lang: Lang;
}

const WIDTHS = [48, 12, 12, 14, 14, 13];
const PERCENT = "0.0%";
const MONEY = "#,##0.00";
const BAR_LENGTH = 20;
const TITLE: PlanStyle = { bold: true, size: 14 };
const HEADING: PlanStyle = { bold: true, size: 12 };
const HEADER: PlanStyle = { bold: true, fill: "DDEBF7", wrap: true };
const NOTE: PlanStyle = { italic: true, color: "595959" };
const WRAP: PlanStyle = { wrap: true };
const STATUS_ORDER: StatusKey[] = ["fulfilled", "inProgress", "notFulfilled"];
/** The title and the administration's line head every printed page. */
const TITLE_ROWS = { first: 1, last: 2 };

export function summaryPlan(input: SummaryInput): SheetPlan {
  const { lang } = input;
  const sheet = new PlanBuilder(text(lang, "summarySheet.name"), WIDTHS);
  sheet.repeatOnEveryPage(TITLE_ROWS);
  writeTitle(sheet, input);
  writeStatusTable(sheet, input);
  writePlanAccount(sheet, input);
  const { rollup } = input.report;
  if (rollup.bySection.length > 0) writeSections(sheet, rollup, lang);
  if (rollup.byUnit.length > 0) writeUnits(sheet, rollup.byUnit, lang);
  if (rollup.byStrategicDocument.length > 0) writeDocuments(sheet, rollup.byStrategicDocument, lang);
  if (rollup.financing.bySource.length > 0 || rollup.goals > 0) writeFinancing(sheet, rollup.financing, lang);
  writeIssues(sheet, input);
  return sheet.build();
}

function writeTitle(sheet: PlanBuilder, { report, statusCells, made, lang }: SummaryInput): void {
  const { administration, year, firstDataRow, lastDataRow } = report.layout;
  sheet.line([text(lang, "summarySheet.title")], TITLE);
  sheet.line([
    text(lang, "summarySheet.subject", {
      administration: administration ?? text(lang, "summarySheet.noAdministration"),
      year: year ?? text(lang, "summarySheet.noYear"),
    }),
  ], { bold: true });
  sheet.line([
    text(lang, "summarySheet.source", { sheet: report.sheet, first: firstDataRow ?? "—", last: lastDataRow ?? "—" }),
  ]);
  const asOf: StringKey = statusCells ? "summarySheet.asOf" : "summarySheet.asOfStatic";
  sheet.line([text(lang, asOf, { time: formatDateTime(made) })], NOTE);
  sheet.skip();
}

/**
 * Status rows, the "other" row, the total and completion. Live: each count is a formula over the status cells, the
 * other row is what the three leave of the goals, shares and completion divide by the goals' cell.
 */
function writeStatusTable(sheet: PlanBuilder, { report, statusCells, lang }: SummaryInput): void {
  const { rollup } = report;
  sheet.line(
    [
      text(lang, "summarySheet.status"),
      text(lang, "summarySheet.count"),
      text(lang, "summarySheet.share"),
      text(lang, "summarySheet.bar"),
    ],
    HEADER,
  );
  const first = sheet.row;
  const goalsRow = first + STATUS_ORDER.length + 1;
  const goalsCell = `$B$${goalsRow}`;
  const share = (count: number) => fraction(count, rollup.goals);
  const shareCells = (row: number, count: number): CellInput[] => [
    formula(`IF(${goalsCell}=0,0,B${row}/${goalsCell})`, share(count)),
    formula(`REPT("█",ROUND(C${row}*${BAR_LENGTH},0))`, "█".repeat(Math.round(share(count) * BAR_LENGTH))),
  ];
  for (const key of STATUS_ORDER) {
    const count = rollup.byStatus[key];
    const row = sheet.row;
    const live = statusCells && countStatus(report.sheet, statusCells.ranges, STATUSES[key]);
    const counted = live ? formula(live, count) : count;
    sheet.line([STATUSES[key], counted, ...shareCells(row, count)], percentIn(3));
  }
  const other = rollup.byStatus.missing + rollup.byStatus.invalid;
  const otherRow = sheet.row;
  const otherValue = statusCells ? formula(`${goalsCell}-SUM(B${first}:B${otherRow - 1})`, other) : other;
  sheet.line([text(lang, "summarySheet.other"), otherValue, ...shareCells(otherRow, other)], percentIn(3));
  sheet.line([text(lang, "summarySheet.goals"), rollup.goals, share(rollup.goals)], (col) => ({
    bold: true,
    ...(col === 3 && { numFmt: PERCENT }),
  }));
  sheet.skip();
  const completion = share(rollup.byStatus.fulfilled);
  const completionValue = statusCells ? formula(`IF(${goalsCell}=0,0,B${first}/${goalsCell})`, completion) : completion;
  sheet.line([text(lang, "summarySheet.completion"), completionValue], (col) => ({
    bold: true,
    size: 12,
    ...(col === 2 && { numFmt: PERCENT }),
  }));
  sheet.addChart({
    title: text(lang, "summarySheet.chart"),
    source: `A${first}:B${otherRow}`,
    from: "H5",
    to: "N20",
  });
  sheet.skip();
}

/** For a report reconciled with its plan: how many of the plan's goals it leaves out, and which plan that is. */
function writePlanAccount(sheet: PlanBuilder, { report, lang }: SummaryInput): void {
  const missing = plannedNotReported(report);
  if (missing === undefined || !report.plan) return;
  const { file, sheet: planSheet } = report.plan;
  const own = file === undefined || file === report.file;
  sheet.line([text(lang, "summarySheet.planMissing"), missing], { bold: true });
  sheet.line([own ? text(lang, "summarySheet.plan", { sheet: planSheet }) : text(lang, "summarySheet.planInFile", { sheet: planSheet, file: fileName(file) })], NOTE);
  sheet.skip();
}

/** The goals per heading, as the report groups them; a plan's headings have goals, and no completion yet. */
function writeSections(sheet: PlanBuilder, rollup: Rollup, lang: Lang): void {
  const completes = rollup.completionPercent !== null;
  const columns: StringKey[] = completes
    ? ["summarySheet.section", "summary.col.goals", "summary.col.fulfilled", "summarySheet.completion"]
    : ["summarySheet.section", "summary.col.goals"];
  startTable(sheet, lang, text(lang, "summarySheet.sections"), columns);
  for (const section of rollup.bySection) {
    const counts = completes ? [section.goals, section.fulfilled, fraction(section.fulfilled, section.goals)] : [section.goals];
    sheet.line([section.section, ...counts], namedRow(4));
  }
  sheet.skip();
}

function writeUnits(sheet: PlanBuilder, units: Rollup["byUnit"], lang: Lang): void {
  startTable(sheet, lang, text(lang, "summarySheet.units"), [
    "summarySheet.unit",
    "summary.col.goals",
    "summary.col.fulfilled",
    "summary.col.inProgress",
    "summary.col.notFulfilled",
    "summarySheet.completion",
  ]);
  for (const unit of units) {
    // The exact share, shown rounded by the format: the roll-up's percentage is already rounded to one decimal.
    const completion = fraction(unit.fulfilled, unit.goals);
    sheet.line([unit.unit, unit.goals, unit.fulfilled, unit.inProgress, unit.notFulfilled, completion], namedRow(6));
  }
  sheet.skip();
}

function writeDocuments(sheet: PlanBuilder, documents: Rollup["byStrategicDocument"], lang: Lang): void {
  startTable(sheet, lang, text(lang, "summarySheet.documents"), [
    "summarySheet.document",
    "summary.col.goals",
    "summary.col.fulfilled",
    "summarySheet.completion",
  ]);
  for (const entry of documents) {
    sheet.line([entry.document, entry.goals, entry.fulfilled, fraction(entry.fulfilled, entry.goals)], namedRow(4));
  }
  sheet.skip();
}

function writeFinancing(sheet: PlanBuilder, financing: Rollup["financing"], lang: Lang): void {
  const currency = text(lang, `summary.currency.${financing.currency}`);
  const money = (col: number) => (col === 2 ? { numFmt: MONEY } : undefined);
  sheet.line([text(lang, "summarySheet.financing")], HEADING);
  sheet.line([text(lang, "summarySheet.source.funding"), text(lang, "summarySheet.amount", { currency })], HEADER);
  for (const source of financing.bySource) sheet.line([source.source, source.total], (col) => (col === 1 ? WRAP : money(col)));
  sheet.line([text(lang, "summary.total"), financing.total], (col) => ({ bold: true, ...money(col) }));
  sheet.line([text(lang, "summarySheet.withoutAmount"), financing.goalsWithoutAmount]);
  sheet.skip();
}

function writeIssues(sheet: PlanBuilder, { report, links, lang }: SummaryInput): void {
  sheet.line([text(lang, "summarySheet.issues", { count: report.issues.length })], HEADING);
  if (report.issues.length === 0) {
    sheet.line([text(lang, "summarySheet.noIssues")]);
    return;
  }
  sheet.line(
    (["summarySheet.message", "summarySheet.cell", "summarySheet.severity", "summarySheet.suggestion"] as const).map(
      (key) => text(lang, key),
    ),
    HEADER,
  );
  for (const issue of report.issues) {
    const link = links === "none" ? undefined : cellLink({ file: links?.file, sheet: issue.sheet, cell: issue.cell }, issue.cell);
    sheet.line(
      [issue.message, link ? formula(link, issue.cell) : issue.cell, text(lang, `cli.severityName.${issue.severity}`), issue.suggestion],
      // Every cell wraps, and so sits at the top of the row as tall as the longest message.
      WRAP,
    );
  }
}

/** A section's heading and the header row of its table. */
function startTable(sheet: PlanBuilder, lang: Lang, heading: string, columns: StringKey[]): void {
  sheet.line([heading], HEADING);
  sheet.line(
    columns.map((key) => text(lang, key)),
    HEADER,
  );
}

/** part / whole, the exact share (0 for nothing to divide), for a cell formatted as a percentage. */
export function fraction(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function formula(formula: string, result: number | string): PlanValue {
  return { kind: "formula", formula, result };
}

/**
 * A row of a table of names (units, documents): the name in column A wraps, as names run long ("Актуализирана
 * стратегия за развитие на електронното управление…"); column `percent` shows a fraction as a percentage.
 */
function namedRow(percent: number): (c: number) => PlanStyle | undefined {
  return (c) => (c === 1 ? WRAP : c === percent ? { numFmt: PERCENT } : undefined);
}

/** A row's style: column `col` shows a fraction as a percentage. */
function percentIn(col: number): (c: number) => PlanStyle | undefined {
  return (c) => (c === col ? { numFmt: PERCENT } : undefined);
}
