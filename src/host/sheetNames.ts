/**
 * A name for a new sheet that takes no one else's: "Обобщение", else "Обобщение (2)", "(3)"… Excel compares sheet
 * names without regard to case and allows 31 characters, so names are compared as Excel will keep them: cut to 31.
 */
const MAX_LENGTH = 31;

export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const whole = wanted.slice(0, MAX_LENGTH);
  if (!used.has(whole.toLowerCase())) return whole;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_LENGTH - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
