/**
 * The harness's preview of a long sheet draws only the rows in view and a margin, not the thousand rows it can show:
 * every row as tall as the window assumes, the scroll height that of all the rows, the table whole at any scroll
 * (merged areas drawn once, cut at the window's edge), and a cell the pane selects far down brought into view.
 */
import type { Page } from "playwright-core";
import { PREVIEW_ROWS, ROW_HEIGHT } from "../../src/harness/GridPreview";
import { longReport } from "../fixtures/long";
import { openHarness, readUntil, settled, useBrowser } from "./browser";
import { openWorkbook } from "./workbooks";

const chromium = useBrowser();

const GOALS = 400; // 1,200 rows of goals: more than the preview shows
/** A goal far down, within the rows shown, that has no target value: the report's one error. */
const FAR_GOAL = 230;

async function openLong(): Promise<Page> {
  const { page } = await openHarness(chromium.browser);
  const report = longReport(GOALS, (goal) => (goal === FAR_GOAL ? { targetValue: null } : {}));
  await openWorkbook(page, "haskovo-2023.xlsx", [report]);
  await page.getByTestId("harness-grid").waitFor();
  return page;
}

/** The rows drawn: each one's number, height, and the columns each cell takes (its own and those it spans). */
function drawnRows(page: Page) {
  return page.getByTestId("harness-grid").evaluate((table) => ({
    columns: table.querySelectorAll("thead th").length - 1,
    rows: [...table.querySelectorAll("tbody tr:not(.spacer)")].map((row) => ({
      row: Number(row.querySelector("th")?.textContent),
      height: row.getBoundingClientRect().height,
      cells: [...row.querySelectorAll("td")].map((td) => ({
        address: td.getAttribute("data-address") as string,
        rowSpan: (td as HTMLTableCellElement).rowSpan,
        colSpan: (td as HTMLTableCellElement).colSpan,
      })),
    })),
  }));
}

/** The rows drawn once the window holds `row`, after a scroll. */
function rowsWith(page: Page, row: number) {
  return readUntil(() => drawnRows(page), (drawn) => drawn.rows.some((each) => each.row === row));
}

/** Whether the drawn rows make a whole table: consecutive rows, each filled across every column exactly once. */
function wholeTable({ columns: all, rows }: Awaited<ReturnType<typeof drawnRows>>): string[] {
  const problems: string[] = [];
  const taken = new Map<number, number>(); // row → columns taken by areas from the rows above
  const addresses = new Set<string>();
  rows.forEach(({ row, cells }, index) => {
    if (index > 0 && row !== (rows[index - 1]?.row ?? 0) + 1) problems.push(`row ${row} after ${rows[index - 1]?.row}`);
    let columns = taken.get(row) ?? 0;
    for (const cell of cells) {
      if (addresses.has(cell.address)) problems.push(`${cell.address} twice`);
      addresses.add(cell.address);
      columns += cell.colSpan;
      for (let below = 1; below < cell.rowSpan; below++) taken.set(row + below, (taken.get(row + below) ?? 0) + cell.colSpan);
    }
    if (columns !== all) problems.push(`row ${row}: ${columns} columns`);
  });
  return problems;
}

describe("the preview of a long sheet", () => {
  it("draws a window of rows, each as tall as the window assumes, within the height of all the rows", async () => {
    const page = await openLong();
    const { columns, rows } = await drawnRows(page);
    expect(columns).toBeGreaterThanOrEqual(14); // the report's fields, A to N, and the statuses beside them
    expect(rows[0]?.row).toBe(1);
    expect(rows.length).toBeGreaterThan(20); // a screenful at 900 px
    expect(rows.length).toBeLessThan(100); // of the 1,000 it can show
    expect(rows.every((row) => row.height === ROW_HEIGHT)).toBe(true);
    expect(await page.getByTestId("harness-cell").count()).toBeLessThan(100 * columns);
    const height = await page.locator(".grid-scroll").evaluate((scroll) => scroll.scrollHeight);
    expect(height).toBeGreaterThanOrEqual(PREVIEW_ROWS * ROW_HEIGHT);
    expect(height).toBeLessThan((PREVIEW_ROWS + 4) * ROW_HEIGHT); // the column letters and the note beside the rows
    expect(await page.locator(".grid-note").textContent()).toMatch(/още \d+ реда не са показани/);
    await page.close();
  });

  it("is a whole table at every scroll, merged areas drawn once and cut at the window's edge, down to its last row", async () => {
    const page = await openLong();
    const scroll = page.locator(".grid-scroll");
    const cutAreas: string[] = [];
    // From the top to the bottom in steps that are not whole rows, so the window's edges fall inside merged areas.
    for (let top = 0; top <= PREVIEW_ROWS * ROW_HEIGHT; top += 37 * ROW_HEIGHT + 7) {
      await scroll.evaluate((element, to) => element.scrollTo(0, to), top);
      const drawn = await rowsWith(page, Math.min(Math.floor(top / ROW_HEIGHT) + 1, PREVIEW_ROWS));
      expect({ top, problems: wholeTable(drawn) }).toEqual({ top, problems: [] });
      const edge = drawn.rows[0];
      for (const cell of edge?.cells ?? []) if (Number(/\d+/.exec(cell.address)?.[0]) < (edge?.row ?? 0)) cutAreas.push(cell.address);
    }
    expect(cutAreas.length).toBeGreaterThan(0); // some window began inside a merged area, drawn from its top-left cell
    await scroll.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    expect((await rowsWith(page, PREVIEW_ROWS)).rows.at(-1)?.row).toBe(PREVIEW_ROWS);
    await page.close();
  });

  it("brings a cell the pane selects far down into view, selected", async () => {
    const page = await openLong();
    const far = page.locator('[data-testid="issue"][data-severity="error"]');
    expect(await far.count()).toBe(1);
    const cell = await far.getAttribute("data-cell");
    expect(Number(/\d+/.exec(cell ?? "")?.[0])).toBeGreaterThan(600); // far beyond the rows drawn at first
    await far.click();
    const td = page.locator(`td[data-address="${cell}"]`);
    expect(await settled(() => td.getAttribute("class"), "selected")).toBe("selected");
    const inView = () =>
      td.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const view = (element.closest(".grid-scroll") as HTMLElement).getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      });
    expect(await settled(inView, true)).toBe(true);
    await page.close();
  });
});
