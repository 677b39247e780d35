/**
 * BENCHMARKS.md: a header with the machine, then one section per benchmark between markers, so that running one
 * section (`npm run bench -- core`) replaces only that section and keeps the others as they were last measured.
 */
import { machineLine, type Machine } from "./machine";
import { sectionMarkdown, type Section } from "./table";

const begin = (key: string) => `<!-- bench:${key} -->`;
const end = (key: string) => `<!-- /bench:${key} -->`;

/** The sections kept in an existing BENCHMARKS.md, by key, markers included. */
export function sectionsIn(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g;
  for (const match of markdown.matchAll(pattern)) found.set(match[1] as string, match[0]);
  return found;
}

export function sectionBlock(section: Section, machine: Machine, when: string): string {
  const measured = `_Measured ${when} on ${machineLine(machine)}._`;
  return [begin(section.key), sectionMarkdown(section), measured, end(section.key)].join("\n\n");
}

/**
 * The whole file: `order` gives the sections' order; a section measured now replaces the one in `previous`, a section
 * not measured now is kept from `previous` as it was.
 */
export function benchmarksFile(options: {
  intro: string;
  order: string[];
  measured: Map<string, string>;
  previous: string;
}): string {
  const kept = sectionsIn(options.previous);
  const blocks = options.order
    .map((key) => options.measured.get(key) ?? kept.get(key))
    .filter((block): block is string => block !== undefined);
  return `${options.intro.trim()}\n\n${blocks.join("\n\n")}\n`;
}
