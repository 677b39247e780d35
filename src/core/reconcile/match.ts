/**
 * Pairs a plan's goals with a report's by how alike their texts are, the indicators a second signal: reordered and
 * renumbered goals still pair, a reworded goal pairs while most of its words stay, a goal dropped or added pairs with
 * nothing. Each goal pairs at most once, best pairs first.
 */
import { likeness } from "./goalText";

export interface GoalWords {
  goal: Set<string>;
  indicator: Set<string>;
}

/** A plan goal's index and the report goal's it pairs with. */
export type Pair = [plan: number, report: number];

/** Enough alike in the goal's own words… */
const GOAL_ALIKE = 0.5;
/** …or somewhat alike, when the indicators are clearly the same. */
const GOAL_SOMEWHAT = 0.3;
const INDICATOR_ALIKE = 0.6;

export function pairGoals(plan: GoalWords[], report: GoalWords[]): Pair[] {
  const candidates: { pair: Pair; score: number }[] = [];
  // Only goals that share a word are compared: a few thousand goals need no full matrix.
  const byWord = new Map<string, number[]>();
  report.forEach((goal, r) => {
    for (const word of goal.goal) {
      const goals = byWord.get(word);
      if (goals) goals.push(r);
      else byWord.set(word, [r]);
    }
  });
  plan.forEach((goal, p) => {
    const seen = new Set<number>();
    for (const word of goal.goal) for (const r of byWord.get(word) ?? []) seen.add(r);
    for (const r of seen) {
      const other = report[r] as GoalWords;
      const text = likeness(goal.goal, other.goal);
      const indicator = likeness(goal.indicator, other.indicator);
      if (text >= GOAL_ALIKE || (text >= GOAL_SOMEWHAT && indicator >= INDICATOR_ALIKE)) {
        candidates.push({ pair: [p, r], score: text + indicator / 4 });
      }
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.pair[0] - b.pair[0] || a.pair[1] - b.pair[1]);
  const planPaired = new Set<number>();
  const reportPaired = new Set<number>();
  const pairs: Pair[] = [];
  for (const { pair } of candidates) {
    if (planPaired.has(pair[0]) || reportPaired.has(pair[1])) continue;
    planPaired.add(pair[0]);
    reportPaired.add(pair[1]);
    pairs.push(pair);
  }
  return pairs.sort((a, b) => a[1] - b[1]);
}
