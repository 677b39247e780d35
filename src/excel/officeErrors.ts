/**
 * Office errors in words the user can act on. office.js rejects with an OfficeExtension.Error whose `code` says what
 * went wrong (its message is Excel's, in Excel's language, and sometimes technical); anything else that is thrown
 * is a fault of ours or of the environment. Either way the pane gets a HostError: a dictionary key, with Excel's own
 * words only as the detail — never a stack.
 */
import type { StringKey } from "../core/i18n/strings";
import { HostError } from "../host/hostError";

/** Excel.ErrorCodes (and OfficeExtension's own codes) → what we tell the user. Codes not listed are host.failed. */
const KEY_BY_CODE: Readonly<Record<string, StringKey>> = {
  InvalidOperationInCellEditMode: "host.cellEditing",
  // Writing to a protected sheet, or to a workbook opened read-only, is refused with AccessDenied.
  AccessDenied: "host.protected",
  ItemNotFound: "host.notFound",
  ItemAlreadyExists: "host.nameTaken",
  InactiveWorkbook: "host.inactiveWorkbook",
  ActivityLimitReached: "host.activityLimit",
  UnsupportedSheet: "host.unsupportedSheet",
  // Co-authoring and other add-ins: the workbook changed under the request, or Excel is busy.
  Conflict: "host.busy",
  InsertDeleteConflict: "host.busy",
  RequestAborted: "host.busy",
  ServiceNotAvailable: "host.busy",
  Timeout: "host.busy",
  ApiNotFound: "host.unsupported",
  NotImplemented: "host.unsupported",
  UnsupportedFeature: "host.unsupported",
  UnsupportedOperation: "host.unsupported",
  RequestPayloadSizeLimitExceeded: "host.tooLarge",
  ResponsePayloadSizeLimitExceeded: "host.tooLarge",
  RangeExceedsLimit: "host.tooLarge",
  OperationCellsExceedLimit: "host.tooLarge",
};

/** Excel on the web refuses a request or a response over 5 MB with these; a smaller request may go through. */
const PAYLOAD_CODES: readonly string[] = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

/** Longest detail shown in a message; Excel's messages are one sentence, anything longer is not for the user. */
const MAX_DETAIL = 160;

/** The part of an OfficeExtension.Error we rely on; tests and older office.js builds give plain objects. */
interface CodedError {
  code: string;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

export function isCodedError(error: unknown): error is CodedError {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

/** Excel refused a request or a response as too big (5 MB on the web): worth retrying in smaller pieces. */
export function isPayloadTooLarge(error: unknown): boolean {
  return isCodedError(error) && PAYLOAD_CODES.includes(error.code);
}

/** Any thrown thing → HostError. A HostError passes through unchanged. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  if (isCodedError(error)) {
    const key = KEY_BY_CODE[error.code] ?? "host.failed";
    const detail = detailOf(error);
    return new HostError(key, key === "host.failed" ? { detail } : {}, logLine(error, detail));
  }
  const detail = detailOf(error);
  return new HostError("host.failed", { detail }, detail);
}

/** One short line: Excel's message (or the code when it gave none), or the thrown thing's message. */
function detailOf(error: unknown): string {
  if (isCodedError(error)) {
    const message = firstLine(error.message);
    return message && message !== error.code ? `${error.code}: ${message}` : error.code;
  }
  if (error instanceof Error) return firstLine(error.message) || error.name;
  return firstLine(error) || "unknown error";
}

/** What the console gets: the detail and where in the batch Excel stopped. */
function logLine(error: CodedError, detail: string): string {
  const location = error.debugInfo?.errorLocation;
  return typeof location === "string" && location ? `${detail} (at ${location})` : detail;
}

function firstLine(value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  const line = String(value).split(/\r?\n/, 1)[0]?.trim() ?? "";
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL - 1)}…` : line;
}
