/**
 * Whether a script parses at the add-in's syntax floor: ES2020 for the bundles (Chromium 80+, Safari 14+), ES5 for
 * legacy.js (Internet Explorer 11). acorn checks the grammar of that edition, regular expression literals included,
 * except look-behind: acorn takes it as ES2018, but Safari learnt it only in 16.4, and a script that holds one fails
 * to parse there as a whole. So look-behinds are looked for apart: in regex literals, and in strings that a
 * `new RegExp(…)` may be given.
 */
import { parse, type Options } from "acorn";
import { full } from "acorn-walk";

const LOOK_BEHIND = /\(\?<[=!]/;

/** What keeps `source` from loading at `ecmaVersion`; empty when nothing does. */
export function syntaxProblems(source: string, ecmaVersion: Options["ecmaVersion"]): string[] {
  let ast;
  try {
    ast = parse(source, { ecmaVersion, sourceType: "script" });
  } catch (error) {
    const { message, pos } = error as SyntaxError & { pos?: number };
    const near = pos === undefined ? "" : `: …${source.slice(Math.max(0, pos - 40), pos + 40)}…`;
    return [`does not parse as ES${ecmaVersion === 5 ? 5 : ecmaVersion} (${message})${near}`];
  }
  const problems: string[] = [];
  full(ast, (node) => {
    if (node.type === "Literal") {
      const literal = node as typeof node & { value: unknown; regex?: { pattern: string } };
      const text = literal.regex ? literal.regex.pattern : typeof literal.value === "string" ? literal.value : "";
      if (LOOK_BEHIND.test(text)) problems.push(`regex look-behind at ${node.start}: ${text.slice(0, 80)}`);
    } else if (node.type === "TemplateElement") {
      const cooked = (node as typeof node & { value: { cooked?: string | null } }).value.cooked ?? "";
      if (LOOK_BEHIND.test(cooked)) problems.push(`regex look-behind at ${node.start}: ${cooked.slice(0, 80)}`);
    }
  });
  return problems;
}
