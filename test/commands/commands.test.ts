import { messageOf, messageUrl } from "../../src/commands/failureDialog";
import { registerCommands, summaryCommand, SUMMARY_FUNCTION, type CommandUi } from "../../src/commands/commands";
import { text } from "../../src/core/i18n/strings";
import { HostError } from "../../src/host/hostError";
import { officeError } from "../excel/fakeExcel";
import { gridOf, officeAt } from "../excel/sheets";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";

const PAGE = "https://intranet.example.bg/p2check/commands.html?_host_Info=Excel$Win32$16.01$bg-BG";

async function excelWithReport(options: { workbookProtected?: boolean } = {}) {
  return officeAt("latest", [await gridOf(blagoevgrad2024)], options);
}

/** Office's dialog API as the command sees it: records what it opens, and lets the test close the dialog. */
function dialogs() {
  const opened: string[] = [];
  const handlers = new Map<string, () => void>();
  let closed = 0;
  const ui = {
    displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
      opened.push(url);
      const dialog = {
        addEventHandler: (type: string, handler: () => void) => handlers.set(type, handler),
        close: () => closed++,
      };
      callback({ status: "succeeded", value: dialog });
    },
  } as unknown as CommandUi["ui"];
  return { ui, opened, press: (type: string) => handlers.get(type)?.(), closed: () => closed };
}

describe("the ribbon's Обобщение command", () => {
  it("reads the report and writes the summary sheet in four syncs, then completes", async () => {
    const run = await excelWithReport();
    const event = { completed: jest.fn() };
    const { ui, opened } = dialogs();
    await summaryCommand(event, run.host, { ui, page: PAGE, lang: "bg" });
    expect(run.fake.syncs).toBe(4); // one to read the report, three to write the summary
    const sheet = run.fake.added.get("Обобщение");
    expect(sheet?.cells.get("B7")?.input).toMatch(/^=SUMPRODUCT\(--ISNUMBER\(1\/EXACT\('Приложение 2'!\$[A-Z]+\$8:/);
    expect(run.fake.activeSheet).toBe("Обобщение");
    expect(run.store.get("summarySheet")).toEqual({ id: sheet?.id });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(opened).toEqual([]);
  });

  it("when Excel refuses, says why in a dialog in the user's language, and completes once the dialog is closed", async () => {
    const { fake, host } = await excelWithReport();
    fake.failEverySync(officeError("InvalidOperationInCellEditMode"));
    const event = { completed: jest.fn() };
    const { ui, opened, press, closed } = dialogs();
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const running = summaryCommand(event, host, { ui, page: PAGE, lang: "bg" });
    await new Promise((resolve) => setImmediate(resolve));
    expect(opened).toEqual(["https://intranet.example.bg/p2check/message.html?key=host.cellEditing&lang=bg"]);
    expect(event.completed).not.toHaveBeenCalled();
    press("dialogMessageReceived"); // the dialog's "Добре"
    await running;
    expect(closed()).toBe(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(fake.added.size).toBe(0);
    log.mockRestore();
  });

  it("names what is protected, and completes when the dialog's own close button is used", async () => {
    const { host } = await excelWithReport({ workbookProtected: true });
    const event = { completed: jest.fn() };
    const { ui, opened, press } = dialogs();
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const running = summaryCommand(event, host, { ui, page: PAGE, lang: "en" });
    await new Promise((resolve) => setImmediate(resolve));
    expect(opened).toEqual(["https://intranet.example.bg/p2check/message.html?key=host.workbookProtected&lang=en"]);
    press("dialogEventReceived");
    await running;
    expect(event.completed).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });

  it("completes at once where Office has no dialog to show", async () => {
    const { fake, host } = await excelWithReport();
    fake.failEverySync(officeError("AccessDenied"));
    const event = { completed: jest.fn() };
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await summaryCommand(event, host, { ui: undefined, page: PAGE, lang: "bg" });
    expect(event.completed).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });

  it("is registered under the manifest's function name", () => {
    const associate = jest.fn();
    registerCommands({ actions: { associate } } as unknown as typeof Office);
    expect(associate).toHaveBeenCalledWith(SUMMARY_FUNCTION, expect.any(Function));
    expect((globalThis as Record<string, unknown>)[SUMMARY_FUNCTION]).toEqual(expect.any(Function));
  });
});

describe("the failure dialog's address", () => {
  it("carries a host message's key and parameters, and the page words it from the dictionary", () => {
    const url = messageUrl(PAGE, new HostError("host.sheetProtected", { sheet: "Отчет 2024 & 'план'" }), "bg");
    const { key, lang, params } = messageOf(new URL(url).search);
    expect(key).toBe("host.sheetProtected");
    expect(text(lang, key, params)).toBe(
      "Листът „Отчет 2024 & 'план'“ е защитен и добавката не може да го промени. Премахнете защитата (Преглед → Премахване на защитата на лист) и опитайте отново.",
    );
  });

  it("shows nothing but the host's messages: another key is the general failure, its text only a detail", () => {
    expect(messageOf("?key=pane.verdict.ready&lang=en")).toEqual({
      key: "host.failed",
      lang: "en",
      params: { detail: "pane.verdict.ready" },
    });
    const shown = messageOf("?key=host.failed&lang=bg&detail=<img src=x onerror=alert(1)>");
    expect(text(shown.lang, shown.key, shown.params)).toBe("Excel не изпълни заявката (<img src=x onerror=alert(1)>). Опитайте отново.");
  });
});
