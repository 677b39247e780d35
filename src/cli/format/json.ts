/**
 * JSON: exactly the Report (SPEC §4) for one sheet; an array of Reports and unreadable files otherwise. One document,
 * so it is printed whole after the last file.
 */
import type { Report, UnreadableFile } from "../../core";
import type { FileResult } from "../checkFiles";
import { jsonText } from "./escape";
import type { OutputFormat } from "./index";

export const JSON_FORMAT: OutputFormat = {
  start: () => "",
  file: () => "",
  pairing: () => "",
  showsPairs: false,
  end: (results) => formatJson(results),
};

function formatJson(results: FileResult[]): string {
  const items = results.flatMap((result): (Report | UnreadableFile)[] => ("error" in result ? [result] : result.reports));
  return jsonText(JSON.stringify(items.length === 1 ? items[0] : items, null, 2)) + "\n";
}
