/**
 * The output formats, as the command line prints them: text, CSV and Markdown a file at a time, as soon as each file
 * is checked, so that a failure later in a batch cannot take the results already found with it; JSON at the end, as
 * one document.
 */
import type { Lang } from "../../core";
import type { FileResult } from "../checkFiles";
import type { Pairing } from "../pairing";
import { CSV } from "./csv";
import { JSON_FORMAT } from "./json";
import { MARKDOWN } from "./markdown";
import { TEXT } from "./text";

export interface OutputFormat {
  /** Printed before the first file (CSV's header line). */
  start(lang: Lang): string;
  /** What the format will need made, done while the first file is checked (the main thread waits for it then). */
  prepare?(lang: Lang): void;
  /** One file's part, printed when the file is done; `index` counts the files printed before it. */
  file(result: FileResult, lang: Lang, index: number): string;
  /**
   * Printed after the last file, before `end`, when plans and reports were paired among the files: which, and the
   * issues it added to the reports (JSON has them in its reports, with `plan`, and prints nothing here).
   */
  pairing(pairing: Pairing, lang: Lang): string;
  /** Whether `pairing` says which sheets were paired; where not, p2check says so on standard error. */
  showsPairs: boolean;
  /**
   * Printed after the last file: the totals, or the whole JSON document — in pieces, printed one by one, so that a
   * large document is never held whole (nor twice, escaped) in memory.
   */
  end(results: FileResult[], lang: Lang): Iterable<string>;
}

export const FORMATS = { text: TEXT, json: JSON_FORMAT, csv: CSV, md: MARKDOWN } satisfies Record<string, OutputFormat>;

