/**
 * The office-js host's live events against the fake Excel: with ExcelApi 1.7 a sheet's onChanged tells the user's
 * edits by sheet name and never the add-in's own writes (told by Excel from 1.14, remembered by the add-in below it);
 * below 1.7 the host does not touch onChanged at all, and DocumentSelectionChanged tells the user's selecting but not
 * the add-in's own. Unsubscribing removes every handler.
 */
import { checkSheet } from "../../src/core/check";
import type { SheetGrid } from "../../src/core/grid";
import { statusFixes } from "../../src/taskpane/model/edits";
import { blagoevgradMisspelt } from "../fixtures/misspelt";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { EXCEL_API_VERSIONS, minorOf, type ExcelApiVersion } from "./apiSets";
import { gridOf, officeAt } from "./sheets";

const SHEET = "Приложение 2";
const LIVE_VERSIONS = EXCEL_API_VERSIONS.filter((version) => minorOf(version) >= 7);

const notes: SheetGrid = { name: "Бележки", origin: { row: 1, col: 1 }, values: [["Бележки към отчета"]], merges: [] };

/** Lets the handlers' promises (a sync, the listener) run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe.each(LIVE_VERSIONS)("onEdit at ExcelApi %s", (version: ExcelApiVersion) => {
  it("tells the user's edit by the sheet's name, with no sync per edit, and stops when unsubscribed", async () => {
    const { fake, host } = officeAt(version, [notes, await gridOf(blagoevgrad2024)], { active: SHEET });
    expect(host.features.liveEdits).toBe(true);
    const told: string[] = [];
    const stop = host.onEdit((sheet) => told.push(sheet));
    await settle();
    expect(fake.syncs).toBe(2); // the sheets' ids, then a handler on each
    expect(fake.listeners().changed).toBe(2);

    await fake.userEdits(SHEET, "H16", "5 бр.");
    await fake.userEdits("Бележки", "A2", "Няма");
    expect(told).toEqual([SHEET, "Бележки"]);
    expect(fake.syncs).toBe(2);

    stop();
    await settle();
    expect(fake.listeners().changed).toBe(0);
    expect(fake.syncs).toBe(3); // the removal
    await fake.userEdits(SHEET, "H21", "3");
    expect(told).toEqual([SHEET, "Бележки"]);
  });

  it("does not tell the add-in's own writes, whether Excel tells them before or after its sync returns", async () => {
    const grid = await gridOf(blagoevgradMisspelt);
    const { fake, host } = officeAt(version, [grid]);
    const told: string[] = [];
    host.onEdit((sheet) => told.push(sheet));
    await settle();
    const [first, ...rest] = statusFixes(checkSheet(grid), grid);
    if (!first) throw new Error("the fixture has misspelt statuses");

    // Excel tells the first write while the add-in still waits for its sync…
    const writing = host.writeTexts([first]);
    await settle();
    await fake.deliverEvents();
    const revert = await writing;
    // …and the next ones only after it returned; the undo writes the same cells again.
    await host.writeTexts(rest);
    await revert();
    await fake.deliverEvents();
    expect(told).toEqual([]);

    // The user's own edit of another cell is told.
    await fake.userEdits(grid.name, "H16", "5 бр.");
    expect(told).toEqual([grid.name]);
  });

  it("tells an edit on a sheet added since the last read, naming it in one sync", async () => {
    const { fake, host } = officeAt(version, [await gridOf(blagoevgrad2024)]);
    const told: string[] = [];
    host.onEdit((sheet) => told.push(sheet));
    await settle();
    const before = fake.syncs;
    await host.read();
    expect(fake.syncs).toBe(before + 1); // the sheets' ids come with the read, in its one sync
    await fake.userEdits(SHEET, "H16", "5 бр.");
    expect(told).toEqual([SHEET]);
    expect(fake.syncs).toBe(before + 1);
  });
});

describe("onEdit without ExcelApi 1.7", () => {
  it("could not use onChanged: the fake refuses it there, as an older Excel does", async () => {
    const { fake } = officeAt("1.1", [await gridOf(blagoevgrad2024)]);
    fake.context.workbook.worksheets.getActiveWorksheet().onChanged.add(async () => undefined);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("is switched off, and subscribing touches nothing", async () => {
    const { fake, host } = officeAt("1.1", [await gridOf(blagoevgrad2024)]);
    expect(host.features.liveEdits).toBe(false);
    const stop = host.onEdit(() => undefined);
    await settle();
    stop();
    expect(fake.syncs).toBe(0);
    expect(fake.listeners().changed).toBe(0);
  });
});

describe.each(EXCEL_API_VERSIONS)("onSelectionChange at ExcelApi %s", (version: ExcelApiVersion) => {
  it("tells the user's selecting, not the add-in's own, and stops when unsubscribed", async () => {
    const { fake, host } = officeAt(version, [await gridOf(blagoevgrad2024)]);
    let told = 0;
    const stop = host.onSelectionChange(() => told++);
    expect(fake.listeners().selection).toBe(1);

    fake.userSelects(SHEET, "B10");
    await settle();
    expect(told).toBe(1);
    expect(fake.syncs).toBe(0); // nothing to compare with: the add-in selected nothing

    // The add-in goes to an issue's cell; Excel tells that selection after the add-in's sync.
    await host.select(SHEET, "H16");
    await fake.deliverEvents();
    await settle();
    expect(told).toBe(1);

    fake.userSelects(SHEET, "H17");
    await settle();
    expect(told).toBe(2);

    stop();
    expect(fake.listeners().selection).toBe(0);
    fake.userSelects(SHEET, "A1");
    await settle();
    expect(told).toBe(2);
  });
});
