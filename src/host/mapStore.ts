/**
 * A DocumentStore's values while the add-in runs: a map of JSON copies (so later changes to an object set do not
 * leak into the store). Stores that keep them in a document extend it with their own save().
 */
import type { DocumentStore } from "./documentStore";

export abstract class MapStore implements DocumentStore {
  protected readonly values = new Map<string, unknown>();

  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }

  set(key: string, value: unknown): void {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.parse(JSON.stringify(value)));
  }

  abstract save(): Promise<void>;

  /** One copy for one runtime: the document's values are the ones held. */
  refresh(): Promise<void> {
    return Promise.resolve();
  }
}
