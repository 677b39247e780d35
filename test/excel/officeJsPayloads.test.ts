/**
 * The add-in's write paths weighed by the real office.js (see officeJs.ts) rather than by the fake's estimate, which
 * counts the cell data alone: what Excel on the web would receive must stay under its 5 MB request limit, for the
 * largest blocks the add-in sends — 2,000 cells highlighted or fixed at once, a summary of 40,000 goals, the report
 * made from a plan of 3,000 goals each merged over two rows.
 */
import { checkSheet } from "../../src/core";
import { statusCells } from "../../src/core/summary/statusCells";
import { summaryPlan } from "../../src/core/summary/summarySheet";
import { CELLS_PER_SYNC, RESPONSE_LIMIT_BYTES } from "../../src/excel/blockPlan";
import { writeTexts } from "../../src/excel/cellEdits";
import { highlight } from "../../src/excel/highlight";
import { addPlanSheet } from "../../src/excel/addSheet";
import { writeSummary } from "../../src/excel/writeSummary";
import { detectLayout } from "../../src/core/layout";
import { reportFromPlan } from "../../src/core/newReport/fromPlan";
import type { CellMark } from "../../src/host/edits";
import { MemoryStore } from "../fixtures/memoryStore";
import { cleanRows, cleanSheet } from "../fixtures/clean";
import { planOf } from "../fixtures/plan";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { FakeExcel } from "./fakeExcel";
import { recordingExcel } from "./officeJs";
import { ALL_REQUIREMENTS, tallGrid } from "./sheets";

/** The longest sheet name Excel allows, Cyrillic, with a quote to escape: the heaviest address there is. */
const SHEET = "Отчет за изпълнението на 2024'г";

/** A block of cells spread over many rows and columns, as the issues of a large report are. */
function cellsOfBlock(count = CELLS_PER_SYNC): string[] {
  return Array.from({ length: count }, (_, i) => `${String.fromCharCode(65 + (i % 14))}${100_000 + Math.floor(i / 14)}`);
}

describe("request payloads built by the real office.js", () => {
  it("a block of 2,000 highlighted cells, each named and filled, stays under 5 MB", async () => {
    const { run, requests: recorded } = recordingExcel();
    const marks: CellMark[] = cellsOfBlock().map((cell, i) => ({ sheet: SHEET, cell, severity: i % 2 ? "error" : "warning" }));
    await run((context) => highlight(context, marks, new MemoryStore(), ALL_REQUIREMENTS));
    const requests = recorded.filter((request) => !request.cleanup);
    expect(requests).toHaveLength(3); // where the names are; the check and the fills' originals; names and fills
    const write = requests[2] as { bytes: number; actions: number };
    expect(write.actions).toBeGreaterThan(4 * CELLS_PER_SYNC);
    expect(write.bytes).toBeLessThan(RESPONSE_LIMIT_BYTES);
  });

  it("2,000 statuses of 1 KB fixed at once stay under 5 MB a request", async () => {
    const { run, requests: recorded } = recordingExcel();
    const text = `В процес на изпълнение — ${"подробно описание на хода ".repeat(19)}`;
    const writes = cellsOfBlock().map((cell) => ({ sheet: SHEET, cell, text }));
    await run((context) => writeTexts(context, writes, () => Promise.reject(new Error("no undo here")), ALL_REQUIREMENTS));
    const requests = recorded.filter((request) => !request.cleanup);
    expect(requests).toHaveLength(2); // read what the cells hold, then write
    expect(Math.max(...requests.map((request) => request.bytes))).toBeLessThan(RESPONSE_LIMIT_BYTES);
  });

  it("the summary of 40,000 goals goes in requests under 5 MB, and office.js sends what the fake counted and more", async () => {
    const tall = await tallGrid(blagoevgrad2024, 40_000);
    const plan = summaryPlan({ report: checkSheet(tall), statusCells: statusCells(tall), made: new Date(2025, 0, 14), lang: "bg" });
    const { run, requests: recorded } = recordingExcel();
    await run((context) => writeSummary(context, plan, new MemoryStore(), ALL_REQUIREMENTS));
    const requests = recorded.filter((request) => !request.cleanup);
    const fake = new FakeExcel([tall]);
    await writeSummary(fake.context, plan, new MemoryStore(), ALL_REQUIREMENTS);
    expect(requests).toHaveLength(fake.syncs);
    expect(Math.max(...requests.map((request) => request.bytes))).toBeLessThan(RESPONSE_LIMIT_BYTES);
    requests.forEach((request, i) => expect(request.bytes).toBeGreaterThanOrEqual(fake.requests[i] as number));
  });

  it("the report made from a plan of 3,000 goals merged over two rows goes in requests under 5 MB, as the fake counts", async () => {
    // Хасково's second goal, its two indicators on two rows and the goal's own columns merged over both.
    const twoRows = planOf(
      cleanSheet({
        rows: [
          { ...cleanRows[1], indicator: "1) Изпълнени проекти", currentValue: "0 бр.", targetValue: "2 бр.", span: 2 },
          { indicator: "2) Дял изпълнени дейности", currentValue: "0 %", targetValue: "100 %" },
        ],
      }),
    );
    const tall = await tallGrid(twoRows, 6_000);
    const layout = detectLayout(tall);
    if (!layout) throw new Error("the tall plan holds no form");
    const plan = reportFromPlan(tall, layout);
    expect((plan.merges ?? []).length).toBeGreaterThan(10 * CELLS_PER_SYNC);
    const { run, requests: recorded } = recordingExcel();
    const noUndo = () => Promise.reject(new Error("no undo here"));
    await run((context) => addPlanSheet(context, plan, noUndo, ALL_REQUIREMENTS));
    const requests = recorded.filter((request) => !request.cleanup);
    const fake = new FakeExcel([tall]);
    await addPlanSheet(fake.context, plan, noUndo, ALL_REQUIREMENTS);
    expect(requests).toHaveLength(fake.syncs);
    expect(Math.max(...requests.map((request) => request.bytes))).toBeLessThan(RESPONSE_LIMIT_BYTES);
  });
});
