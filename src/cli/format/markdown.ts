/**
 * Markdown: a section per file and sheet with the roll-up and a table of issues, for e-mails and wikis; the totals
 * after the last of several files. Every text that comes from a file goes through markdownText.
 */
import type { Lang, Report } from "../../core";
import { text } from "../../core/i18n/strings";
import type { FileResult } from "../checkFiles";
import { goalsLine, totals } from "./common";
import { markdownText as escape } from "./escape";
import type { OutputFormat } from "./index";

export const MARKDOWN: OutputFormat = {
  start: () => "",
  file: (result, lang, index) => (index > 0 ? "\n" : "") + fileSections(result, lang) + "\n",
  end: (results, lang) => (results.length > 1 ? `\n${escape(text(lang, "cli.total", totals(results)))}\n` : ""),
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
  const columns = (["cell", "severity", "rule", "message"] as const).map((column) => text(lang, `column.${column}`));
  lines.push(`| ${columns.join(" | ")} |`, `|${"---|".repeat(columns.length)}`);
  for (const issue of report.issues) {
    const suggestion = issue.suggestion ? ` (${text(lang, "cli.suggestion", { value: issue.suggestion })})` : "";
    const severity = text(lang, `cli.severityName.${issue.severity}`);
    lines.push(`| ${issue.cell} | ${severity} | \`${issue.rule}\` | ${escape(issue.message + suggestion)} |`);
  }
  return lines.join("\n");
}

