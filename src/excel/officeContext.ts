/**
 * Office's context, or undefined where there is none: in the harness and in tests office.js is not loaded at all,
 * and in old or odd hosts parts of it are missing. Reading the global through globalThis keeps a missing `Office`
 * from being a ReferenceError.
 */
export function officeContext(): Office.Context | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context ?? undefined;
}
