/**
 * Markdown: a section per file and sheet with the roll-up and a table of issues, for e-mails and wikis; the totals
 * after the last of several files. Every text that comes from a file goes through markdownText.
 */
import type { Lang, Report } from "../../core";
import { text } from "../../core/i18n/strings";
import type { Issue } from "../../core";
import type { FileResult } from "../checkFiles";
import type { Pairing } from "../pairing";
import { goalsLine, pairingLists, prepareNumbers, totals } from "./common";
import { markdownText as escape } from "./escape";
import type { OutputFormat } from "./index";
import { inPlan } from "./source";

export const MARKDOWN: OutputFormat = {
  start: () => "",
  prepare: prepareNumbers,
  file: (result, lang, index) => (index > 0 ? "\n" : "") + fileSections(result, lang) + "\n",
  pairing: (pairing, lang) => pairingSection(pairing, lang),
  showsPairs: true,
  end: (results, lang) => (results.length > 1 ? [`\n${escape(text(lang, "cli.total", totals(results)))}\n`] : []),
};

function fileSections(result: FileResult, lang: Lang): string {
  return "error" in result
    ? `## ${escape(result.file)}\n\n**${escape(text(lang, "cli.unreadable", { reason: result.error }))}**`
    : result.reports.map((report) => section(result.file, report, lang)).join("\n\n");
}

function section(file: string, report: Report, lang: Lang): string {
  const { rollup, layout } = report;
  const lines = [`## ${escape(file)} — ${text(lang, "cli.sheet")} „${escape(report.sheet)}“`, ""];
  if (layout.administration) lines.push(`${text(lang, "cli.administration")}: ${escape(layout.administration)}  `);
  if (layout.year) lines.push(`${text(lang, "cli.year")}: ${layout.year}  `);
  if (layout.found) {
    lines.push(
      escape(goalsLine(rollup, lang)) +
        "  ",
    );
  }
  lines.push(escape(text(lang, "cli.counts", report.counts)), "");
  if (report.issues.length === 0) return [...lines, text(lang, "cli.noIssues")].join("\n");
  return [...lines, ...issueTable(report.issues, lang)].join("\n");
}

function issueTable(issues: Issue[], lang: Lang): string[] {
  const columns = (["cell", "severity", "rule", "message"] as const).map((column) => text(lang, `column.${column}`));
  const lines = [`| ${columns.join(" | ")} |`, `|${"---|".repeat(columns.length)}`];
  for (const issue of issues) {
    const suggestion = issue.suggestion ? ` (${text(lang, "cli.suggestion", { value: issue.suggestion })})` : "";
    const plan = inPlan(issue, lang);
    const severity = text(lang, `cli.severityName.${issue.severity}`);
    lines.push(`| ${issue.cell} | ${severity} | \`${issue.rule}\` | ${escape(issue.message + suggestion + (plan ? ` (${plan})` : ""))} |`);
  }
  return lines;
}

/** After the files: each pair with the issues reconciling it, then what was not paired. */
function pairingSection(pairing: Pairing, lang: Lang): string {
  const lines = ["", `## ${escape(text(lang, "cli.pairs.title"))}`];
  for (const pair of pairing.pairs) {
    lines.push(
      "",
      `### ${escape(text(lang, "cli.pairs.subject", { administration: pair.administration, year: pair.year }))}`,
      "",
      `${escape(text(lang, "cli.pairs.report", { ...pair.report }))}  `,
      `${escape(text(lang, "cli.pairs.plan", { ...pair.plan }))}  `,
    );
    if (pair.issues.length === 0) lines.push(escape(text(lang, "cli.pairs.clean")));
    else lines.push(escape(text(lang, "cli.counts", pair.counts)), "", ...issueTable(pair.issues, lang));
  }
  for (const { heading, items } of pairingLists(pairing, lang)) {
    lines.push("", `**${escape(heading)}**`, "", ...items.map((item) => `- ${escape(item)}`));
  }
  return lines.join("\n") + "\n";
}

