/** axe-core (from npm) in the harness page: the task pane's accessibility violations, WCAG 2.2 A and AA. */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { settled } from "./browser";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The violations axe finds in the pane (the harness's own toolbar and preview are not the product). */
export async function paneViolations(page: Page): Promise<Violation[]> {
  // Evaluated by the browser's debugging protocol, which the page's Content-Security-Policy (no inline scripts)
  // does not govern, as it would a <script> tag.
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) await page.evaluate(AXE_SOURCE);
  // Colours are judged as they end: a theme switch fades buttons from one colour to the other.
  // (Polled with evaluate: waitForFunction's string would be eval'd by the page, which its policy refuses.)
  const still = "document.getAnimations().every((animation) => animation.playState !== 'running')";
  await settled(() => page.evaluate(still), true);
  // A string, not a function: ts-jest's coverage helpers would not exist inside the page.
  const result = (await page.evaluate(
    `window.axe.run({ include: [["aside"]] }, { runOnly: { type: "tag", values: ${JSON.stringify(WCAG_22_AA)} } })`,
  )) as { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

/** Only those a user would be stopped by: serious and critical. */
export function serious(violations: Violation[]): Violation[] {
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}
