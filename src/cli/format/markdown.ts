/** Markdown: a section per file and sheet with the roll-up and a table of issues, for e-mails and wikis. */
import type { Lang, Report } from "../../core";
import { text } from "../../core/i18n/strings";
import type { FileResult } from "../checkFiles";
import { goalsLine, totals } from "./common";

export function formatMarkdown(results: FileResult[], lang: Lang): string {
  const sections = results.map((result) =>
    "error" in result
      ? `## ${escape(result.file)}\n\n**${escape(text(lang, "cli.unreadable", { reason: result.error }))}**`
      : result.reports.map((report) => section(result.file, report, lang)).join("\n\n"),
  );
  if (results.length > 1) sections.push(escape(text(lang, "cli.total", totals(results))));
  return sections.join("\n\n") + "\n";
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

/** Cell text can hold anything: keep it from breaking the table or turning into markup. */
function escape(value: string): string {
  return value.replace(/([\\`*_[\]|<>#])/g, "\\$1").replace(/\r?\n/g, " ");
}
