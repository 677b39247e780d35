import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/file/excelWorkbook";
import { readWorkbook } from "../../src/file/readWorkbook";
import { SheetStore, STORE_SHEET } from "../../src/file/sheetStore";
import { buildWorkbook } from "../fixtures/builder";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";

async function reopened(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe("the store sheet of a file host", () => {
  it("keeps values, long ones too, across saving and reopening the workbook", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024]));
    const store = new SheetStore(workbook);
    const long = Array.from({ length: 3000 }, (_, i) => ({ cell: `H${i + 8}`, fill: "Изпълнена – оригинал" }));
    store.set("summarySheet", { name: "Обобщение" });
    store.set("highlights", long);
    await store.save();

    const again = new SheetStore(await reopened(workbook));
    expect(again.get("summarySheet")).toEqual({ name: "Обобщение" });
    expect(again.get("highlights")).toEqual(long);
    expect(JSON.stringify(long).length).toBeGreaterThan(32_767);
  });

  it("is a very hidden sheet that the check never reads as a report", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024]));
    const store = new SheetStore(workbook);
    store.set("summarySheet", { name: "Обобщение" });
    await store.save();
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await loadWorkbook(bytes)).getWorksheet(STORE_SHEET)?.state).toBe("veryHidden");
    expect((await readWorkbook(bytes)).map((grid) => grid.name)).toEqual(["Приложение 2"]);
  });

  it("removes a key set to undefined, and the sheet with the last key", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024]));
    const store = new SheetStore(workbook);
    store.set("summarySheet", { name: "Обобщение" });
    await store.save();
    store.set("summarySheet", undefined);
    await store.save();
    expect(store.get("summarySheet")).toBeUndefined();
    expect(workbook.getWorksheet(STORE_SHEET)).toBeUndefined();
  });

  it("does not take a visible sheet of the user's named p2check for its own", async () => {
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024, { name: "p2check", cells: { A1: "ключ", B1: "{}" } }]));
    expect(new SheetStore(workbook).get("ключ")).toBeUndefined();
  });
});

describe("the store sheet after LibreOffice saved the workbook", () => {
  /** What LibreOffice does to the store: the sheet comes back merely hidden. */
  async function savedByLibreOffice(): Promise<ExcelJS.Workbook> {
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024]));
    const store = new SheetStore(workbook);
    store.set("summarySheet", { name: "Обобщение" });
    store.set("highlights", [{ cell: "H9", fill: null }]);
    await store.save();
    (workbook.getWorksheet(STORE_SHEET) as ExcelJS.Worksheet).state = "hidden";
    return reopened(workbook);
  }

  it("is still the store: its values are there, and the check does not read it as a report", async () => {
    const workbook = await savedByLibreOffice();
    expect(workbook.getWorksheet(STORE_SHEET)?.state).toBe("hidden");
    expect((await readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()))).map((grid) => grid.name)).toEqual([
      "Приложение 2",
    ]);
    const store = new SheetStore(workbook);
    expect(store.get("summarySheet")).toEqual({ name: "Обобщение" });
    expect(store.get("highlights")).toEqual([{ cell: "H9", fill: null }]);
  });

  it("is made very hidden again, so the next file written carries it so, under its own name", async () => {
    const workbook = await savedByLibreOffice();
    new SheetStore(workbook);
    const again = await reopened(workbook);
    expect(again.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["Приложение 2", "visible"],
      [STORE_SHEET, "veryHidden"],
    ]);
    const store = new SheetStore(again);
    store.set("highlights", undefined);
    await store.save();
    expect(again.worksheets.map((sheet) => sheet.name)).toEqual(["Приложение 2", STORE_SHEET]);
  });

  it("is not confused with a hidden sheet of the user's that is only called p2check", async () => {
    const user = { name: "p2check", cells: { A1: "Бележки на звеното", B1: "не трий" } };
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024, user]));
    (workbook.getWorksheet("p2check") as ExcelJS.Worksheet).state = "hidden";
    const store = new SheetStore(workbook);
    expect(store.get("Бележки на звеното")).toBeUndefined();
    store.set("summarySheet", { name: "Обобщение" });
    await store.save();
    const again = await reopened(workbook);
    expect(again.getWorksheet("p2check")?.state).toBe("hidden");
    expect(again.getWorksheet("p2check")?.getCell("B1").value).toBe("не трий");
    expect(again.getWorksheet("p2check (2)")?.state).toBe("veryHidden");
  });
});

describe("the store sheet beside a user's sheet named p2check", () => {
  it("leaves the user's sheet alone and keeps its values under the next free name", async () => {
    const user = { name: "p2check", cells: { A1: "Бележки на звеното", B1: "не трий" } };
    const workbook = await loadWorkbook(await buildWorkbook([blagoevgrad2024, user]));
    const store = new SheetStore(workbook);
    store.set("summarySheet", { name: "Обобщение" });
    await store.save();
    await store.save();

    const again = await reopened(workbook);
    expect(again.getWorksheet("p2check")?.getCell("B1").value).toBe("не трий");
    expect(again.getWorksheet("p2check")?.state).toBe("visible");
    expect(again.getWorksheet("p2check (2)")?.state).toBe("veryHidden");
    expect(new SheetStore(again).get("summarySheet")).toEqual({ name: "Обобщение" });
    expect(again.worksheets.map((sheet) => sheet.name)).toEqual(["Приложение 2", "p2check", "p2check (2)"]);
  });
});
