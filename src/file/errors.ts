/**
 * Why a file cannot be read as a workbook. The reason is decided from the bytes themselves (magic numbers, names in
 * the ZIP or CFB directory) rather than from ExcelJS's messages, which say "corrupted zip" for nearly everything.
 * Plain JS only: this module also runs in the browser.
 */
import type { Lang, Params } from "../core/i18n/format";
import { text, type StringKey } from "../core/i18n/strings";

export class UnreadableWorkbookError extends Error {
  readonly params: Params;

  /** `detail` is a string for the reason's {detail}, or the reason's parameters. */
  constructor(
    readonly reason: StringKey,
    detail?: string | Params,
  ) {
    const params = typeof detail === "object" ? detail : { detail };
    super(text("en", reason, params));
    this.params = params;
    this.name = "UnreadableWorkbookError";
  }

  /** The reason in the user's language. */
  describe(lang: Lang): string {
    return text(lang, this.reason, this.params);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": a local file header, the first thing in any real .xlsx
const ZIP_END = [0x50, 0x4b, 0x05, 0x06]; // "PK\5\6": end of central directory, the last thing in a whole ZIP
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // OLE compound file: .xls, .doc, encrypted OOXML
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const ZIP_END_SEARCH = 22 + 0xffff;

// Excel saves a password-protected .xlsx as a CFB holding these two streams; directory names are UTF-16LE.
const ENCRYPTION_STREAMS = [utf16le("EncryptionInfo"), utf16le("EncryptedPackage")];
// Entry names are stored uncompressed in ZIP headers, so a workbook's bytes contain its main part's name verbatim.
const WORKBOOK_PART = ascii("xl/workbook.xml");
// An OpenDocument file starts with its "mimetype" entry, stored uncompressed (ODF 1.2, part 3, §3.3): the media type
// is in the first bytes.
const ODS_MEDIA_TYPE = ascii("application/vnd.oasis.opendocument.spreadsheet");
const ODS_MEDIA_TYPE_SEARCH = 200;

/**
 * The reason to refuse the bytes before handing them to ExcelJS, or undefined when they look like a ZIP and
 * ExcelJS should try. Only ZIPs can be .xlsx; everything else is classified here, without parsing.
 */
export function classifyBytes(bytes: Uint8Array): StringKey | undefined {
  if (startsWith(bytes, ZIP_MAGIC)) return isOpenDocumentSpreadsheet(bytes) ? "file.openDocument" : undefined;
  if (startsWith(bytes, CFB_MAGIC)) {
    return ENCRYPTION_STREAMS.some((name) => indexOfBytes(bytes, name) >= 0) ? "file.encrypted" : "file.legacyXls";
  }
  return "file.notWorkbook";
}

/** What to tell the user when ExcelJS (or JSZip under it) failed on a ZIP. */
export function classifyLoadFailure(bytes: Uint8Array, error: unknown): UnreadableWorkbookError {
  // A complete ZIP with no workbook part is some other document (.docx, .odt, a plain archive), not a damaged one.
  // A truncated ZIP has lost its directory, so the missing name proves nothing there: call it damaged.
  if (isCompleteZip(bytes) && !hasWorkbookPart(bytes)) return new UnreadableWorkbookError("file.notWorkbook");
  return new UnreadableWorkbookError("file.damaged", shortMessage(error));
}

/** .ods (and .ots, its template): the media type may end in "-template", which the prefix covers. */
function isOpenDocumentSpreadsheet(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes.subarray(0, ODS_MEDIA_TYPE_SEARCH + ODS_MEDIA_TYPE.length), ODS_MEDIA_TYPE) >= 0;
}

export function hasWorkbookPart(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes, WORKBOOK_PART) >= 0;
}

function isCompleteZip(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - ZIP_END_SEARCH);
  return indexOfBytes(bytes, ZIP_END, from) >= 0;
}

/** One line for the user: the first line of the message, without JSZip's "see https://…" advice. */
export function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = (message.split(/\r?\n/)[0] ?? "").replace(/[^.?!]*https?:\/\/\S*/g, "").trim();
  const MAX = 160;
  return line.length > MAX ? `${line.slice(0, MAX - 1)}…` : line || "unknown error";
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Position of needle in haystack at or after `from`, or -1; indexOf on the first byte keeps it fast on big files. */
function indexOfBytes(haystack: Uint8Array, needle: readonly number[], from = 0): number {
  const first = needle[0];
  if (first === undefined) return from;
  for (let i = haystack.indexOf(first, from); i >= 0; i = haystack.indexOf(first, i + 1)) {
    if (i + needle.length > haystack.length) return -1;
    if (needle.every((b, k) => haystack[i + k] === b)) return i;
  }
  return -1;
}

function ascii(s: string): number[] {
  return [...s].map((ch) => ch.charCodeAt(0));
}

function utf16le(s: string): number[] {
  return [...s].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
}
