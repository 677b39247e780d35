/**
 * Office.context.document.settings as Excel keeps them. The document holds the saved values; each runtime that opens
 * it (the task pane, the ribbon's function command) has its own copy, read when the runtime starts and again by
 * refreshAsync, and saveAsync writes the runtime's whole copy over the document's. Values travel as JSON, as Office
 * stores them.
 */
import type { OfficeSettings } from "../../src/excel/settingsStore";

export class FakeDocument {
  saved = new Map<string, unknown>();
  saves = 0;
  /** Saves fail, as in a document Office cannot write. */
  failSaves = false;

  /** A new runtime's settings: a copy of what the document holds now. */
  runtime(): FakeSettings {
    return new FakeSettings(this);
  }
}

export class FakeSettings implements OfficeSettings {
  private copy: Map<string, unknown>;

  constructor(private readonly document: FakeDocument) {
    this.copy = copied(document.saved);
  }

  get = (name: string): unknown => this.copy.get(name) ?? null;

  set = (name: string, value: unknown): void => {
    this.copy.set(name, JSON.parse(JSON.stringify(value)));
  };

  remove = (name: string): void => {
    this.copy.delete(name);
  };

  saveAsync = ((callback?: (result: Office.AsyncResult<void>) => void) => {
    if (this.document.failSaves) {
      callback?.({ status: "failed", error: { message: "Документът е само за четене" } } as unknown as Office.AsyncResult<void>);
      return;
    }
    this.document.saved = copied(this.copy);
    this.document.saves++;
    callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>);
  }) as OfficeSettings["saveAsync"];

  refreshAsync = ((callback?: (result: Office.AsyncResult<Office.Settings>) => void) => {
    this.copy = copied(this.document.saved);
    callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<Office.Settings>);
  }) as OfficeSettings["refreshAsync"];
}

function copied(values: Map<string, unknown>): Map<string, unknown> {
  return new Map([...values].map(([key, value]) => [key, JSON.parse(JSON.stringify(value))]));
}
