/**
 * Which sheet to check, the same way in every host: the active sheet when it holds the form (the user chose it),
 * else the first other sheet that does, else the active sheet itself so that the check says what is missing.
 */
import type { SheetGrid } from "../core/grid";
import { holdsForm } from "../core/check";

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
