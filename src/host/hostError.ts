/** An error a host reports to the user in words: a dictionary key and its parameters, never a raw stack. */
import type { Params } from "../core/i18n/format";
import type { StringKey } from "../core/i18n/strings";

export class HostError extends Error {
  constructor(
    readonly key: StringKey,
    readonly params: Params = {},
    /** What the host said, for the console log; never shown as the message. */
    readonly detail?: string,
  ) {
    super(key);
    this.name = "HostError";
  }
}
