/** JSON: exactly the Report (SPEC §4) for one sheet; an array of Reports and unreadable files otherwise. */
import type { Report, UnreadableFile } from "../../core";
import type { FileResult } from "../checkFiles";

export function formatJson(results: FileResult[]): string {
  const items = results.flatMap((result): (Report | UnreadableFile)[] => ("error" in result ? [result] : result.reports));
  return JSON.stringify(items.length === 1 ? items[0] : items, null, 2) + "\n";
}
