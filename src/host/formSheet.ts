/**
 * Which sheet to check, the same way in every host: the active sheet when it holds the form (the user chose it),
 * else the first other sheet that does, else the active sheet itself so that the check says what is missing.
 */
import type { SheetGrid } from "../core/grid";
import { formOf, holdsForm, isPlanSheetFor } from "../core/check";
import type { FormRead } from "./workbookHost";

export async function formSheetOrActive(
  active: SheetGrid,
  otherSheets: readonly string[],
  readSheet: (name: string) => Promise<SheetGrid>,
): Promise<SheetGrid> {
  if (holdsForm(active)) return active;
  for (const name of otherSheets) {
    const grid = await readSheet(name);
    if (holdsForm(grid)) return grid;
  }
  return active;
}

/**
 * The sheet to check as formSheetOrActive picks it, and when it is a report, the first other sheet that is its plan.
 * Each sheet is read at most once: those read while looking for the form are looked at again from memory.
 */
export async function formSheetWithPlan(
  active: SheetGrid,
  otherSheets: readonly string[],
  readSheet: (name: string) => Promise<SheetGrid>,
): Promise<FormRead> {
  const read = new Map<string, SheetGrid>([[active.name, active]]);
  const once = async (name: string): Promise<SheetGrid> => {
    const known = read.get(name);
    if (known) return known;
    const grid = await readSheet(name);
    read.set(name, grid);
    return grid;
  };
  const grid = await formSheetOrActive(active, otherSheets, once);
  if (formOf(grid) !== "report") return { grid };
  for (const name of [active.name, ...otherSheets]) {
    if (name === grid.name) continue;
    const other = await once(name);
    if (isPlanSheetFor(other, grid)) return { grid, plan: other };
  }
  return { grid };
}
