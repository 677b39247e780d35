/**
 * The DocumentStore in Excel: the add-in's own settings inside the document (Office.context.document.settings),
 * saved with the workbook and visible to no one else.
 */
import type { DocumentStore } from "../host/documentStore";
import { HostError } from "../host/hostError";
import { officeContext } from "./officeContext";

/** The part of Office.Settings the store uses; tests hand in their own. */
export type OfficeSettings = Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync" | "refreshAsync">;

export class SettingsStore implements DocumentStore {
  constructor(private readonly settings: OfficeSettings | undefined = officeContext()?.document?.settings) {}

  get<T>(key: string): T | undefined {
    const value: unknown = this.settings?.get(key);
    return value === null || value === undefined ? undefined : (value as T);
  }

  set(key: string, value: unknown): void {
    if (!this.settings) return;
    if (value === undefined) this.settings.remove(key);
    else this.settings.set(key, value);
  }

  save(): Promise<void> {
    const settings = this.settings;
    if (!settings) return Promise.resolve();
    return new Promise((resolve, reject) => settings.saveAsync((result) => settle(result, resolve, reject)));
  }

  /**
   * The document's settings as saved now, replacing this runtime's copy: the ribbon's command and the pane each hold
   * a copy, and saveAsync writes a whole copy over the document's.
   */
  refresh(): Promise<void> {
    const settings = this.settings;
    if (!settings) return Promise.resolve();
    return new Promise((resolve, reject) => settings.refreshAsync((result) => settle(result, () => resolve(), reject)));
  }
}

function settle(result: Office.AsyncResult<unknown>, resolve: () => void, reject: (error: HostError) => void): void {
  if (String(result.status) === "succeeded") resolve();
  else reject(new HostError("host.failed", { detail: result.error?.message ?? "" }, result.error?.message));
}
