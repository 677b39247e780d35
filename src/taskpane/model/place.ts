/**
 * The user's place in the issue list, found again after a re-check or a change of filters: the same issue when it
 * is still there, else the next one after it that still is (the one the user would have gone to next), else the
 * nearest one before it.
 */
export function landingKey(before: readonly string[], anchor: string, after: ReadonlySet<string>): string | undefined {
  if (after.has(anchor)) return anchor;
  const at = before.indexOf(anchor);
  if (at < 0) return undefined;
  for (let i = at + 1; i < before.length; i++) if (after.has(before[i] as string)) return before[i];
  for (let i = at - 1; i >= 0; i--) if (after.has(before[i] as string)) return before[i];
  return undefined;
}

/**
 * The issue to go to from `current` by `step` (1 next, -1 previous): without a current issue, the first (or the
 * last); at either end it stays put.
 */
export function neighbour(order: readonly string[], current: string | undefined, step: 1 | -1): string | undefined {
  if (order.length === 0) return undefined;
  const at = current === undefined ? -1 : order.indexOf(current);
  if (at < 0) return step === 1 ? order[0] : order[order.length - 1];
  return order[Math.min(order.length - 1, Math.max(0, at + step))];
}
