/**
 * JSON: exactly the Report (SPEC §4) for one sheet; an array of Reports and unreadable files otherwise. One document,
 * printed after the last file (pairing may still add to a report until then), an item at a time: the same text as
 * JSON.stringify(items, null, 2) of the whole, without the whole ever being one string.
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

function* formatJson(results: FileResult[]): Generator<string> {
  const items = results.flatMap((result): (Report | UnreadableFile)[] => ("error" in result ? [result] : result.reports));
  if (items.length === 1) {
    yield jsonText(JSON.stringify(items[0], null, 2)) + "\n";
    return;
  }
  if (items.length === 0) {
    yield "[]\n";
    return;
  }
  for (const [i, item] of items.entries()) {
    // An item one level in: JSON.stringify writes no raw line break inside a string, so every "\n" is indentation's.
    const indented = JSON.stringify(item, null, 2).replace(/\n/g, "\n  ");
    yield `${i === 0 ? "[\n" : ",\n"}  ${jsonText(indented)}`;
  }
  yield "\n]\n";
}
