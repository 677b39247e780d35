import { SettingsStore } from "../../src/excel/settingsStore";
import { HostError } from "../../src/host/hostError";
import { FakeDocument } from "./fakeSettings";

describe("the settings store", () => {
  it("keeps values in the document's settings and saves them", async () => {
    const document = new FakeDocument();
    const store = new SettingsStore(document.runtime());
    store.set("summarySheet", { id: "{5F1C}" });
    await store.save();
    expect(document.saved.get("summarySheet")).toEqual({ id: "{5F1C}" });
    expect(store.get("summarySheet")).toEqual({ id: "{5F1C}" });
    store.set("summarySheet", undefined);
    expect(store.get("summarySheet")).toBeUndefined();
  });

  it("reads what another runtime saved only when refreshed", async () => {
    const document = new FakeDocument();
    const pane = new SettingsStore(document.runtime());
    const ribbon = new SettingsStore(document.runtime());
    ribbon.set("summarySheet", { id: "{5F1C}" });
    await ribbon.save();
    expect(pane.get("summarySheet")).toBeUndefined();
    await pane.refresh();
    expect(pane.get("summarySheet")).toEqual({ id: "{5F1C}" });
  });

  it("says in words when the document cannot be saved", async () => {
    const document = new FakeDocument();
    document.failSaves = true;
    const store = new SettingsStore(document.runtime());
    store.set("summarySheet", { id: "{5F1C}" });
    await expect(store.save()).rejects.toEqual(expect.any(HostError));
  });

  it("keeps nothing and fails nothing outside Office", async () => {
    const store = new SettingsStore(undefined);
    store.set("summarySheet", { id: "{5F1C}" });
    expect(store.get("summarySheet")).toBeUndefined();
    await expect(store.save()).resolves.toBeUndefined();
    await expect(store.refresh()).resolves.toBeUndefined();
  });
});
