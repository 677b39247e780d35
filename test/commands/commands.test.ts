import { registerCommands, summaryCommand, SUMMARY_FUNCTION } from "../../src/commands/commands";
import { OfficeHost } from "../../src/excel/officeHost";
import { FakeExcel, officeError } from "../excel/fakeExcel";
import { ALL_REQUIREMENTS, gridOf } from "../excel/sheets";
import { MemoryStore } from "../fixtures/memoryStore";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";

async function excelWithReport() {
  const fake = new FakeExcel([await gridOf(blagoevgrad2024)]);
  const store = new MemoryStore();
  const host = new OfficeHost({ run: fake.run, requirements: ALL_REQUIREMENTS, store });
  return { fake, host, store };
}

describe("the ribbon's Обобщение command", () => {
  it("reads the report and writes the summary sheet in three syncs, then completes", async () => {
    const { fake, host, store } = await excelWithReport();
    const event = { completed: jest.fn() };
    await summaryCommand(event, host);
    expect(fake.syncs).toBe(3); // one to read the report, two to write the summary
    const sheet = fake.added.get("Обобщение");
    expect(sheet?.cells.get("B7")?.input).toMatch(/^=SUMPRODUCT\(--ISNUMBER\(1\/EXACT\('Приложение 2'!\$[A-Z]+\$8:/);
    expect(fake.activeSheet).toBe("Обобщение");
    expect(store.get("summarySheet")).toEqual({ id: sheet?.id });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes even when Excel refuses, leaving the workbook as it was", async () => {
    const { fake, host } = await excelWithReport();
    fake.failEverySync(officeError("InvalidOperationInCellEditMode"));
    const event = { completed: jest.fn() };
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await summaryCommand(event, host);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(fake.added.size).toBe(0);
    log.mockRestore();
  });

  it("is registered under the manifest's function name", () => {
    const associate = jest.fn();
    registerCommands({ actions: { associate } } as unknown as typeof Office);
    expect(associate).toHaveBeenCalledWith(SUMMARY_FUNCTION, expect.any(Function));
    expect((globalThis as Record<string, unknown>)[SUMMARY_FUNCTION]).toEqual(expect.any(Function));
  });
});
