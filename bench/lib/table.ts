/** What every benchmark returns, and how it is printed: a Markdown table per section with goal, measured, met. */

export interface GoalRow {
  /** What was measured, e.g. "check, 10,000 goals: speed". */
  what: string;
  /** The goal as written in the issue, e.g. "≥ 1 M cells/s"; "" when the row is for information. */
  goal: string;
  measured: string;
  /** Whether the goal is met; undefined for rows without a goal (or not measured). */
  met?: boolean;
}

export interface Section {
  /** Short name used on the command line (`npm run bench -- core`) and in BENCHMARKS.md's markers. */
  key: string;
  title: string;
  /** How it was measured, one paragraph of Markdown. */
  method: string;
  rows: GoalRow[];
  /** More Markdown after the goal table: detail tables, notes. */
  details?: string[];
}

export function metMark(met: boolean | undefined): string {
  if (met === undefined) return "";
  return met ? "yes" : "**no**";
}

/** A Markdown table with columns padded so that it also reads well on a terminal. */
export function markdownTable(headers: string[], rows: string[][], align: ("l" | "r")[] = []): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const cells = [headers.map(cell), ...rows.map((row) => headers.map((_, i) => cell(row[i] ?? "")))];
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((row) => [...(row[i] as string)].length)));
  const pad = (text: string, i: number) => {
    const fill = " ".repeat((widths[i] as number) - [...text].length);
    return align[i] === "r" ? fill + text : text + fill;
  };
  const line = (row: string[]) => `| ${row.map(pad).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (align[i] === "r" ? `${"-".repeat(w + 1)}:` : `${"-".repeat(w + 2)}`)).join("|")}|`;
  return [line(cells[0] as string[]), rule, ...cells.slice(1).map(line)].join("\n");
}

export function goalTable(rows: GoalRow[]): string {
  return markdownTable(
    ["measured", "goal", "result", "met?"],
    rows.map((row) => [row.what, row.goal, row.measured, metMark(row.met)]),
    ["l", "l", "r", "l"],
  );
}

/** One section as Markdown: heading, method, goal table, details. */
export function sectionMarkdown(section: Section): string {
  return [`## ${section.title}`, section.method, goalTable(section.rows), ...(section.details ?? [])].join("\n\n");
}
