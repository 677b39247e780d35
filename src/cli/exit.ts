/** p2check's exit codes. Each means one thing: 1 is only ever "issues found", 3 only ever a fault of p2check itself. */
export const EXIT = { ok: 0, found: 1, trouble: 2, internal: 3 } as const;
