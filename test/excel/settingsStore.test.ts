import { SettingsStore, type OfficeSettings } from "../../src/excel/settingsStore";
import { HostError } from "../../src/host/hostError";

/** Office.Settings as Excel keeps them: values in the document, written by saveAsync. */
class FakeSettings implements OfficeSettings {
  readonly live = new Map<string, unknown>();
  readonly saved = new Map<string, unknown>();
  failSave = false;
  get = (name: string): unknown => this.live.get(name) ?? null;
  set = (name: string, value: unknown): void => void this.live.set(name, value);
  remove = (name: string): void => void this.live.delete(name);
  saveAsync = ((callback?: (result: Office.AsyncResult<void>) => void) => {
    if (!this.failSave) for (const [k, v] of this.live) this.saved.set(k, v);
    const result = this.failSave
      ? { status: "failed", error: { message: "Документът е само за четене" } }
      : { status: "succeeded" };
    callback?.(result as unknown as Office.AsyncResult<void>);
  }) as OfficeSettings["saveAsync"];
}

describe("the settings store", () => {
  it("keeps values in the document's settings and saves them", async () => {
    const settings = new FakeSettings();
    const store = new SettingsStore(settings);
    store.set("summarySheet", { id: "{5F1C}" });
    await store.save();
    expect(settings.saved.get("summarySheet")).toEqual({ id: "{5F1C}" });
    expect(store.get("summarySheet")).toEqual({ id: "{5F1C}" });
    store.set("summarySheet", undefined);
    expect(store.get("summarySheet")).toBeUndefined();
  });

  it("says in words when the document cannot be saved", async () => {
    const settings = new FakeSettings();
    settings.failSave = true;
    const store = new SettingsStore(settings);
    store.set("summarySheet", { id: "{5F1C}" });
    await expect(store.save()).rejects.toEqual(expect.any(HostError));
  });

  it("keeps nothing and fails nothing outside Office", async () => {
    const store = new SettingsStore(undefined);
    store.set("summarySheet", { id: "{5F1C}" });
    expect(store.get("summarySheet")).toBeUndefined();
    await expect(store.save()).resolves.toBeUndefined();
  });
});
