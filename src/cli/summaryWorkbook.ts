/**
 * The summary workbook of `p2check --summary` (SPEC §6): one row per checked sheet with its roll-up and counts and the
 * combined roll-up under them, the responsible units of each report, every issue, and a sheet per report with the
 * same summary the add-in makes (src/core/summary), its numbers fixed because the report is not in this workbook.
 * Every issue's cell is a link that opens the report's file at that cell, by a path relative to the summary's folder,
 * so the links still work when the folder is copied or shared; a cell that cannot be linked is plain text.
 * Text copied from a report is written as plain text, never as a formula (see sheetTable.ts).
 */
import path from "node:path";
import ExcelJS from "../file/exceljs";
import type { Issue, Lang, Report, Rollup } from "../core";
import { combineRollups } from "../core/combine";
import { formatDateTime } from "../core/i18n/dates";
import type { LinkTarget } from "../core/summary/formulas";
import { plannedNotReported } from "../core/summary/planAccount";
import { fraction, summaryPlan } from "../core/summary/summarySheet";
import { font } from "../file/font";
import { writePlan } from "../file/writePlan";
import { freeSheetName } from "../host/sheetNames";
import { text } from "../core/i18n/strings";
import { convert } from "../core/values";
import { isUnreadable, type FileResult } from "./checkFiles";
import { Link, plain, writeRow, writeTable, type Column } from "./sheetTable";
import { sourcePlace } from "./format/source";

type Currency = Rollup["financing"]["currency"];

/** One row of the overview: a report, a file that could not be read, or the total. */
interface Line {
  file: string;
  sheet?: string;
  administration?: string;
  year?: number;
  rollup?: Rollup;
  counts?: Report["counts"];
  /** The plan's goals the report leaves out; "—" for a report reconciled with no plan. */
  planMissing?: number | typeof NO_PLAN;
  note?: string;
  unreadable?: boolean;
  /** A plan (Приложение №1): its goals are planned, not done, so it has no statuses and stays out of the total. */
  plan?: boolean;
}

interface Checked {
  file: string;
  report: Report;
}

const NO_PLAN = "—";

/** The overview's header row: under the title and the date made. */
const HEADER_ROW = 4;
const PERCENT = "0.0%";
const MONEY = "#,##0.00";

export interface SummaryOptions {
  lang: Lang;
  /** The folder the summary is written to: links to the reports are relative to it. */
  folder: string;
  made?: Date;
}

export async function writeSummaryWorkbook(results: FileResult[], options: SummaryOptions): Promise<Uint8Array> {
  const { lang, folder, made = new Date() } = options;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "p2check";
  workbook.created = made;
  const checked: Checked[] = results.flatMap((result) =>
    isUnreadable(result) ? [] : result.reports.map((report) => ({ file: result.file, report })),
  );
  addOverview(workbook.addWorksheet(text(lang, "summary.sheet.overview")), results, lang, made);
  addUnits(workbook.addWorksheet(text(lang, "summary.sheet.units")), checked, lang);
  addIssues(workbook.addWorksheet(text(lang, "summary.sheet.issues")), checked, lang, folder);
  for (const { file, report } of checked) {
    if (!report.layout.found) continue;
    const taken = workbook.worksheets.map((sheet) => sheet.name);
    const sheet = workbook.addWorksheet(freeSheetName(reportSheetName(report, file), taken));
    const link = linkPath(folder, file);
    writePlan(sheet, summaryPlan({ report, made, lang, links: link === undefined ? "none" : { file: link } }));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addOverview(sheet: ExcelJS.Worksheet, results: FileResult[], lang: Lang, made: Date): void {
  sheet.getCell("A1").value = text(lang, "summary.title");
  sheet.getCell("A1").font = font({ bold: true, size: 14 });
  sheet.getCell("A2").value = text(lang, "summary.made", { date: formatDateTime(made) });
  sheet.getCell("A2").font = font({ italic: true, color: { argb: "FF595959" } });
  const lines = results.flatMap((result) => linesOf(result, lang));
  const currency = summaryCurrency(lines);
  const columns = overviewColumns(lang, currency);
  // The total goes under the table, out of the filter's range, so sorting the reports leaves it at the bottom.
  const totalRow = writeTable(sheet, HEADER_ROW, columns, lines);
  writeRow(sheet, totalRow, columns, totalLine(lines, lang, currency));
  sheet.getRow(totalRow).font = font({ bold: true });
  lines.forEach((line, i) => {
    if (line.unreadable) sheet.getRow(HEADER_ROW + 1 + i).font = font({ color: { argb: "FFC00000" } });
  });
}

function linesOf(result: FileResult, lang: Lang): Line[] {
  const file = path.basename(result.file);
  if (isUnreadable(result)) {
    return [{ file, note: text(lang, "summary.note.unreadable", { reason: result.error }), unreadable: true }];
  }
  return result.reports.map((report) => ({
    file,
    sheet: report.sheet,
    administration: report.layout.administration,
    year: report.layout.year,
    // A sheet without the table has no roll-up to show: empty cells say so better than zeros.
    rollup: report.layout.found ? report.rollup : undefined,
    counts: report.counts,
    ...(report.form === "report" && report.layout.found && { planMissing: plannedNotReported(report) ?? NO_PLAN }),
    ...(report.form === "plan" && { plan: true }),
    note: noteOf(report, lang),
  }));
}

function noteOf(report: Report, lang: Lang): string | undefined {
  if (!report.layout.found) return text(lang, "summary.note.notFound");
  return report.form === "plan" ? text(lang, "cli.form.plan") : undefined;
}

/**
 * Counts summed over the reports; completion from the combined roll-up, never an average of percentages. Plans are
 * left out of it: a report and its plan hold the same goals, once done and once planned.
 */
function totalLine(lines: Line[], lang: Lang, currency: Currency): Line {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const line of lines) {
    for (const severity of ["error", "warning", "info"] as const) counts[severity] += line.counts?.[severity] ?? 0;
  }
  const rollup = combineRollups(rollupsOf(lines.filter((line) => !line.plan)), currency);
  return { file: text(lang, "summary.total"), rollup, counts, ...planMissingTotal(lines) };
}

/** The plans' goals left out, over the reports reconciled with a plan; "—" when none was, nothing without reports. */
function planMissingTotal(lines: Line[]): Pick<Line, "planMissing"> {
  const counted = lines.flatMap((line) => (typeof line.planMissing === "number" ? [line.planMissing] : []));
  if (counted.length > 0) return { planMissing: counted.reduce((sum, count) => sum + count, 0) };
  return lines.some((line) => line.planMissing === NO_PLAN) ? { planMissing: NO_PLAN } : {};
}

/** The roll-ups of the sheets where the table was found. */
function rollupsOf(lines: Line[]): Rollup[] {
  return lines.flatMap((line) => (line.rollup ? [line.rollup] : []));
}

/** The reports' own currency when they agree; the euro, Bulgaria's currency since 2026, when they mix. */
function summaryCurrency(lines: Line[]): Currency {
  const currencies = [...new Set(rollupsOf(lines).map((rollup) => rollup.financing.currency))];
  if (currencies.length > 1) return "EUR";
  return currencies[0] ?? "BGN";
}

/** The overview's status columns, in the form's order, with the roll-up's count each shows. */
const STATUS_COLUMNS = [
  ["summary.col.fulfilled", "fulfilled"],
  ["summary.col.inProgress", "inProgress"],
  ["summary.col.notFulfilled", "notFulfilled"],
  ["summary.col.missing", "missing"],
  ["summary.col.invalid", "invalid"],
] as const satisfies readonly (readonly [string, keyof Rollup["byStatus"]])[];

function overviewColumns(lang: Lang, currency: Currency): Column<Line>[] {
  const count = (header: string, value: (line: Line) => number | undefined): Column<Line> => ({
    header,
    width: 9,
    value: (line) => value(line) ?? null,
  });
  return [
    { header: text(lang, "column.file"), width: 22, value: (line) => plain(line.file) },
    { header: text(lang, "column.sheet"), width: 14, value: (line) => plain(line.sheet) },
    { header: text(lang, "cli.administration"), width: 30, value: (line) => plain(line.administration) },
    { header: text(lang, "cli.year"), width: 7, value: (line) => line.year ?? null },
    count(text(lang, "summary.col.goals"), (line) => line.rollup?.goals),
    // A plan's goals have no status yet: its status cells stay empty rather than counting every goal "without status".
    ...STATUS_COLUMNS.map(([header, bucket]) =>
      count(text(lang, header), (line) => (line.plan ? undefined : line.rollup?.byStatus[bucket])),
    ),
    completionColumn(lang, (line) => completionOf(line.rollup)),
    count(text(lang, "cli.severity.error"), (line) => line.counts?.error),
    count(text(lang, "cli.severity.warning"), (line) => line.counts?.warning),
    count(text(lang, "cli.severity.info"), (line) => line.counts?.info),
    { header: text(lang, "summary.col.planMissing"), width: 11, value: (line) => line.planMissing ?? null },
    {
      header: text(lang, "summary.col.amount", { currency: text(lang, `summary.currency.${currency}`) }),
      width: 14,
      numFmt: MONEY,
      value: (line) => (line.rollup ? amountIn(line.rollup, currency) : null),
    },
    count(text(lang, "summary.col.withoutAmount"), (line) => line.rollup?.financing.goalsWithoutAmount),
    { header: text(lang, "summary.col.note"), width: 24, value: (line) => plain(line.note) },
  ];
}

/** A report's total in the summary's currency, so that the column can be summed and sorted. */
function amountIn(rollup: Rollup, currency: Currency): number {
  const { total, currency: own } = rollup.financing;
  return Math.round(convert(total, own, currency) * 100) / 100;
}

/**
 * Completion as Excel keeps a percentage: the exact fraction, shown with "0.0%", so that it sorts and computes as it
 * is (the roll-up's percentage is rounded to one decimal). Empty where completion does not apply: no table, a plan.
 */
function completionColumn<T>(lang: Lang, counts: (row: T) => { goals: number; fulfilled: number } | undefined): Column<T> {
  return {
    header: text(lang, "summary.col.completion"),
    width: 11,
    numFmt: PERCENT,
    value: (row) => {
      const of = counts(row);
      return of ? fraction(of.fulfilled, of.goals) : null;
    },
  };
}

/** The goals and fulfilled goals of a roll-up whose completion applies (not a plan's). */
function completionOf(rollup: Rollup | undefined): { goals: number; fulfilled: number } | undefined {
  if (!rollup || rollup.completionPercent === null) return undefined;
  return { goals: rollup.goals, fulfilled: rollup.byStatus.fulfilled };
}

interface UnitLine {
  administration: string;
  year?: number;
  unit: Rollup["byUnit"][number];
}

/**
 * The units of each report, as its roll-up folded them; a unit of one administration is not one of another's. A plan's
 * units are not among them: nothing of a plan is fulfilled yet.
 */
function addUnits(sheet: ExcelJS.Worksheet, checked: Checked[], lang: Lang): void {
  const reports = checked.filter(({ report }) => report.form !== "plan");
  const lines: UnitLine[] = reports.flatMap(({ file, report }) =>
    report.rollup.byUnit.map((unit) => ({
      administration: report.layout.administration ?? path.basename(file),
      year: report.layout.year,
      unit,
    })),
  );
  const columns: Column<UnitLine>[] = [
    { header: text(lang, "cli.administration"), width: 40, value: (line) => plain(line.administration) },
    { header: text(lang, "cli.year"), width: 8, value: (line) => line.year ?? null },
    { header: text(lang, "field.responsible"), width: 36, value: (line) => plain(line.unit.unit) },
    { header: text(lang, "summary.col.goals"), width: 12, value: (line) => line.unit.goals },
    { header: text(lang, "summary.col.fulfilled"), width: 12, value: (line) => line.unit.fulfilled },
    { header: text(lang, "summary.col.inProgress"), width: 12, value: (line) => line.unit.inProgress },
    { header: text(lang, "summary.col.notFulfilled"), width: 12, value: (line) => line.unit.notFulfilled },
    completionColumn(lang, (line) => line.unit),
  ];
  writeTable(sheet, 1, columns, lines);
}

interface IssueLine {
  file: string;
  /** The file as a link from the summary's folder reaches it; none when it cannot. */
  link?: string;
  issue: Issue;
  /** Where the plan's goal the issue speaks of is (plan.* issues). */
  source?: string | Link;
}

/**
 * Every issue with its place; the cell opens the report at that cell, and a plan's goal the issue speaks of opens the
 * plan at that goal.
 */
function addIssues(sheet: ExcelJS.Worksheet, checked: Checked[], lang: Lang, folder: string): void {
  const lines: IssueLine[] = checked.flatMap(({ file, report }) => {
    const link = linkPath(folder, file);
    return report.issues.map((issue) => ({
      file: path.basename(file),
      issue,
      ...(link !== undefined && { link }),
      ...(issue.source && { source: sourceOf(issue, file, folder, lang) }),
    }));
  });
  const columns: Column<IssueLine>[] = [
    { header: text(lang, "column.file"), width: 20, value: (line) => plain(line.file) },
    { header: text(lang, "column.sheet"), width: 14, value: (line) => plain(line.issue.sheet) },
    { header: text(lang, "column.cell"), width: 8, value: (line) => cellOf(line) },
    {
      header: text(lang, "column.severity"),
      width: 16,
      value: (line) => text(lang, `cli.severityName.${line.issue.severity}`),
    },
    { header: text(lang, "column.rule"), width: 27, value: (line) => plain(line.issue.rule) },
    { header: text(lang, "column.message"), width: 60, value: (line) => plain(line.issue.message) },
    { header: text(lang, "column.suggestion"), width: 22, value: (line) => plain(line.issue.suggestion) },
    { header: text(lang, "column.source"), width: 30, value: (line) => line.source ?? null },
  ];
  writeTable(sheet, 1, columns, lines);
}

/** Where the plan's goal is, as a link to it when the plan's file can be reached from the summary's folder. */
function sourceOf(issue: Issue, reportFile: string, folder: string, lang: Lang): string | Link {
  const place = sourcePlace(issue, lang, (file) => path.basename(file)) ?? "";
  const source = issue.source as NonNullable<Issue["source"]>;
  // No file: the plan is a sheet of the report's own workbook.
  const link = linkPath(folder, source.file ?? reportFile);
  return link === undefined ? place : Link.to({ file: link, sheet: source.sheet, cell: source.cell }, place);
}

function cellOf({ link, issue }: IssueLine): string | Link {
  if (link === undefined) return issue.cell;
  const target: LinkTarget = { file: link, sheet: issue.sheet, cell: issue.cell };
  return Link.to(target, issue.cell);
}

/**
 * The report's file as a link in the summary names it: relative to the summary's folder, with "/" between folders
 * (Excel and LibreOffice read both, and it survives the trip between Windows and elsewhere). Undefined when no
 * relative path exists — another drive on Windows — as an absolute one would break when the folder travels.
 */
export function linkPath(folder: string, file: string): string | undefined {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  if (relative === "" || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join("/");
}

/**
 * A report's sheet is named after its administration ("ОА Благоевград 2024"), or its file when the administration is
 * not stated; without the characters Excel forbids in sheet names.
 */
function reportSheetName(report: Report, file: string): string {
  const who = report.layout.administration ?? path.basename(file, path.extname(file));
  const short = who.replace(/^областна администрация\s+/i, "ОА ");
  const name = report.layout.year ? `${short} ${report.layout.year}` : short;
  return name.replace(/[:\\/?*[\]']/g, " ").replace(/\s+/g, " ").trim() || "Отчет";
}
