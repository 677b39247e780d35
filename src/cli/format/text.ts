/**
 * Text for a person at a terminal: per file and sheet, what was found, the roll-up, then the issues by severity; a
 * blank line between files, and the totals after the last of several. Every string from a file (names, cell text in
 * messages) has its control characters shown as escapes, so none reaches the terminal.
 */
import type { Issue, Lang, Report } from "../../core";
import { text } from "../../core/i18n/strings";
import type { FileResult } from "../checkFiles";
import type { Pairing } from "../pairing";
import { formatNumber, goalsLine, pairingLists, prepareNumbers, sectionLine, SEVERITIES, totals, unitLine } from "./common";
import { showControlsIn } from "./escape";
import type { OutputFormat } from "./index";
import { inPlan } from "./source";

export const TEXT: OutputFormat = {
  start: () => "",
  prepare: prepareNumbers,
  file: (result, lang, index) => (index > 0 ? "\n" : "") + fileBlock(showControlsIn(result), lang) + "\n",
  pairing: (pairing, lang) => pairingBlock(showControlsIn(pairing), lang),
  showsPairs: true,
  end: (results, lang) => (results.length > 1 ? [`\n${text(lang, "cli.total", totals(results))}\n`] : []),
};

function fileBlock(result: FileResult, lang: Lang): string {
  return "error" in result
    ? `${text(lang, "column.file")}: ${result.file}\n  ${text(lang, "cli.unreadable", { reason: result.error })}`
    : result.reports.map((report) => reportBlock(result.file, report, lang)).join("\n\n");
}

function reportBlock(file: string, report: Report, lang: Lang): string {
  const { layout, rollup } = report;
  const lines = [`${text(lang, "column.file")}: ${file} — ${text(lang, "cli.sheet")} „${report.sheet}“`];
  if (layout.found) {
    const about = [
      layout.administration && `${text(lang, "cli.administration")}: ${layout.administration}`,
      layout.year && `${text(lang, "cli.year")}: ${layout.year}`,
      report.form === "plan" && text(lang, "cli.form.plan"),
    ].filter(Boolean);
    if (about.length > 0) lines.push(`  ${about.join(" · ")}`);
    lines.push(`  ${goalsLine(rollup, lang)}`);
    for (const unit of rollup.byUnit) lines.push(`    ${unitLine(unit, lang)}`);
    if (rollup.bySection.length > 0) lines.push(`  ${text(lang, "cli.sections")}`);
    for (const section of rollup.bySection) lines.push(`    ${sectionLine(section, rollup, lang)}`);
    const { financing } = rollup;
    lines.push(
      `  ${text(lang, "cli.financing", {
        total: formatNumber(financing.total, lang),
        currency: text(lang, `currency.${financing.currency}`),
        without: financing.goalsWithoutAmount,
      })}`,
    );
  }
  lines.push(`  ${text(lang, "cli.counts", report.counts)}`);
  if (report.issues.length === 0) lines.push(`  ${text(lang, "cli.noIssues")}`);
  lines.push(...bySeverity(report.issues, lang, "  "));
  return lines.join("\n");
}

/** The issues under a heading per severity, errors first; `indent` is the headings'. */
function bySeverity(all: Issue[], lang: Lang, indent: string): string[] {
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const issues = all.filter((issue) => issue.severity === severity);
    if (issues.length === 0) continue;
    lines.push("", `${indent}${text(lang, `cli.severity.${severity}`)} (${issues.length})`);
    for (const issue of issues) lines.push(`${indent}  ${issueLine(issue, lang)}`);
  }
  return lines;
}

function issueLine(issue: Issue, lang: Lang): string {
  const suggestion = issue.suggestion ? ` — ${text(lang, "cli.suggestion", { value: issue.suggestion })}` : "";
  const plan = inPlan(issue, lang);
  return `${issue.cell.padEnd(6)} ${issue.message}${suggestion}${plan ? ` — ${plan}` : ""}  [${issue.rule}]`;
}

/**
 * After the files: each plan and report paired, with the issues reconciling them added to the report (which its own
 * part, printed before the plan could be known, does not show), then what was not paired and why.
 */
function pairingBlock(pairing: Pairing, lang: Lang): string {
  const lines = ["", text(lang, "cli.pairs.title")];
  for (const pair of pairing.pairs) {
    lines.push(
      "",
      `  ${text(lang, "cli.pairs.subject", { administration: pair.administration, year: pair.year })}`,
      `    ${text(lang, "cli.pairs.report", { ...pair.report })}`,
      `    ${text(lang, "cli.pairs.plan", { ...pair.plan })}`,
    );
    if (pair.issues.length === 0) lines.push(`    ${text(lang, "cli.pairs.clean")}`);
    else lines.push(`    ${text(lang, "cli.counts", pair.counts)}`, ...bySeverity(pair.issues, lang, "    "));
  }
  for (const { heading, items } of pairingLists(pairing, lang)) lines.push("", `  ${heading}`, ...items.map((item) => `    ${item}`));
  return lines.join("\n") + "\n";
}
