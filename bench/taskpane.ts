/**
 * Task pane: how much JavaScript taskpane.html makes Excel load (gzip -9, office.js from the CDN left out), how
 * long the harness takes in Chromium from navigation to the first results for the bundled sample, and how the pane
 * copes with thousands of issues (taskpaneList.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { buildAddin, buildHarness } from "../scripts/build";
import { serveFolder } from "../scripts/harness/serve";
import { findBrowser, launchBrowser } from "../scripts/browser";
import { ROOT } from "./lib/child";
import { markdownTable, type GoalRow, type Section } from "./lib/table";
import { bytes, median, ms, pageUntil } from "./lib/timing";
import { BIG_GOALS, bigReport } from "./cli";
import { LONG_LIST_GOALS, measureLongList } from "./taskpaneList";
import { openHarnessPage } from "../scripts/harness/open";

const GZIP_GOAL_BYTES = 300 * 1024;
const FIRST_RESULTS_GOAL_MS = 1500;
const LOADS = 9;
/** A string every ExcelJS bundle holds (its SpreadsheetML namespace): it must be in the harness, not in the pane. */
const EXCELJS_MARK = "schemas.openxmlformats.org/spreadsheetml/2006/main";

const ADDIN = path.join(ROOT, ".tmp", "bench", "addin");
const HARNESS = path.join(ROOT, ".tmp", "bench", "harness");

/** The local scripts an HTML page loads (src of each <script>), CDN scripts left out. */
export function localScripts(html: string): { local: string[]; remote: string[] } {
  // A minified page may leave the attribute unquoted: <script defer src=taskpane.1a2b3c4d.js>.
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (match) => (match[1] ?? match[2] ?? match[3]) as string,
  );
  const remote = sources.filter((src) => /^(https?:)?\/\//i.test(src));
  return { local: sources.filter((src) => !remote.includes(src)), remote };
}

interface Script {
  file: string;
  raw: number;
  gzip: number;
  hasExcelJs: boolean;
}

/** The scripts the page loads; with `lazy`, also those it loads later (the harness's ExcelJS, at the first write). */
function scriptsOf(folder: string, page: string, lazy = false): { scripts: Script[]; remote: string[] } {
  const { local, remote } = localScripts(readFileSync(path.join(folder, page), "utf8"));
  const later = lazy ? readdirSync(folder).filter((name) => name.endsWith(".js") && !local.includes(name)) : [];
  const scripts = [...local, ...later].map((src) => {
    const content = readFileSync(path.join(folder, src.replace(/^\.?\//, "")));
    return {
      file: later.includes(src) ? `${src} (at the first write)` : src,
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      hasExcelJs: content.includes(EXCELJS_MARK),
    };
  });
  return { scripts, remote };
}

const OPEN_BIG_GOAL_MS = 3000;
/** A screenful of preview rows and a margin, at 16 columns: far fewer than its 1,000 rows' 16,000 cells. */
const PREVIEW_CELLS_GOAL = 2000;

/**
 * The harness opening the command line's 5,000-goal report from its file input: from handing over the file to the
 * pane's counts for it on screen, the median of a few rounds (the sample is opened between them), and whether
 * ExcelJS's script was loaded for it (it should be only at the first write).
 */
async function measureOpening(browser: Browser, url: string, rounds = 3): Promise<GoalRow[]> {
  const bytes = readFileSync(await bigReport());
  const page = await openHarnessPage(browser, url);
  const times: number[] = [];
  let previewCells = 0;
  try {
    const counted = `(() => { const n = (id) => Number(document.querySelector('[data-testid="count-' + id + '"]')?.textContent ?? 0); return n("error") + n("warning") + n("info") > 100; })()`;
    for (let i = 0; i < rounds; i++) {
      await page.reload();
      await page.getByTestId("count-error").waitFor();
      const start = performance.now();
      await page.getByTestId("harness-file").setInputFiles({ name: "5000.xlsx", mimeType: "", buffer: bytes });
      await pageUntil(page, counted, 120_000);
      times.push(performance.now() - start);
      // The preview comes after the results; a windowed one draws a screenful of its cells, not 1,000 rows of them.
      await page.getByTestId("harness-grid").waitFor();
      previewCells = await page.getByTestId("harness-cell").count();
    }
    const scripts = (await page.evaluate(
      `performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith(".js"))`,
    )) as string[];
    const excelLoaded = scripts.some((name) => /\/exceljs\.[0-9a-f]+\.js$/.test(name));
    const took = median(times);
    return [
      {
        what: `harness: open a report of ${BIG_GOALS.toLocaleString("en")} goals → its results`,
        goal: `≤ ${OPEN_BIG_GOAL_MS / 1000} s`,
        measured: ms(took),
        met: took <= OPEN_BIG_GOAL_MS,
      },
      {
        what: `harness: preview cells drawn for ${BIG_GOALS.toLocaleString("en")} goals`,
        goal: `< ${PREVIEW_CELLS_GOAL.toLocaleString("en")} (rows in view)`,
        measured: previewCells.toLocaleString("en"),
        met: previewCells < PREVIEW_CELLS_GOAL,
      },
      { what: "harness: ExcelJS's script loaded to open and check", goal: "no (at the first write)", measured: excelLoaded ? "yes" : "no", met: !excelLoaded },
    ];
  } finally {
    await page.close();
  }
}

interface Load {
  firstResults: number;
  domContentLoaded: number;
}

const FIRST_RESULTS_WATCH = `(() => {
  const observer = new MutationObserver(() => {
    if (window.firstResults === undefined && document.querySelector('[data-testid="count-error"]')) {
      window.firstResults = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** One load in a fresh browser context (empty cache): navigation start to the error count on screen. */
async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    // Installed before any script of the page runs: notes the moment the pane first shows its counts. A string,
    // not a function: tsx would wrap a function's inner functions in a helper the page does not have.
    await page.addInitScript(FIRST_RESULTS_WATCH);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(url);
    try {
      await pageUntil(page, "window.firstResults !== undefined", 30_000);
    } catch (error) {
      throw new Error(`no results in the harness within 30 s${errors.length ? `; page errors: ${errors.join("; ")}` : ""}`, {
        cause: error,
      });
    }
    return (await page.evaluate(
      `({ firstResults: window.firstResults, domContentLoaded: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd })`,
    )) as Load;
  } finally {
    await context.close();
  }
}

export async function runTaskpane(loads = LOADS): Promise<Section> {
  process.stderr.write("  taskpane: production builds…\n");
  // Into .tmp/bench, so that dist/ is left alone.
  await buildAddin(ADDIN);
  await buildHarness(HARNESS);
  const pane = scriptsOf(ADDIN, "taskpane.html");
  const harness = scriptsOf(HARNESS, "harness.html", true);
  const paneGzip = pane.scripts.reduce((sum, s) => sum + s.gzip, 0);

  process.stderr.write("  taskpane: loading the harness in Chromium…\n");
  const { server, url } = await serveFolder(HARNESS, 0);
  const found = await findBrowser();
  const browser = await launchBrowser(found);
  const browserUsed = `${await browser.version()} (${found.source})`;
  const times: Load[] = [];
  let longList: Awaited<ReturnType<typeof measureLongList>> | undefined;
  let opening: GoalRow[] = [];
  try {
    await loadOnce(browser, `${url}harness.html`); // warm-up: Chromium's own start, the OS file cache
    for (let i = 0; i < loads; i++) times.push(await loadOnce(browser, `${url}harness.html`));
    longList = await measureLongList(browser, `${url}harness.html`);
    opening = await measureOpening(browser, `${url}harness.html`);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  const firstResults = median(times.map((t) => t.firstResults));
  const paneHasExcelJs = pane.scripts.some((s) => s.hasExcelJs);

  const rows: GoalRow[] = [
    {
      what: "JavaScript taskpane.html loads, gzip -9",
      goal: "≤ 300 KB",
      measured: bytes(paneGzip),
      met: paneGzip <= GZIP_GOAL_BYTES,
    },
    {
      what: "ExcelJS only in the harness",
      goal: "not in the pane",
      measured: paneHasExcelJs ? "in the pane" : harness.scripts.some((s) => s.hasExcelJs) ? "harness only" : "in neither",
      met: !paneHasExcelJs,
    },
    {
      what: "harness: navigation → first results (sample)",
      goal: "≤ 1.5 s",
      measured: ms(firstResults),
      met: firstResults <= FIRST_RESULTS_GOAL_MS,
    },
    ...opening,
    ...(longList?.rows ?? []),
  ];
  const sizes = markdownTable(
    ["page", "script", "size", "gzip -9", "ExcelJS in it"],
    [
      ...pane.scripts.map((s) => ["taskpane.html", s.file, bytes(s.raw), bytes(s.gzip), s.hasExcelJs ? "yes" : "no"]),
      ...pane.remote.map((src) => ["taskpane.html", src, "CDN, not counted", "", ""]),
      ...harness.scripts.map((s) => ["harness.html", s.file, bytes(s.raw), bytes(s.gzip), s.hasExcelJs ? "yes" : "no"]),
    ],
    ["l", "l", "r", "r", "l"],
  );
  const loadsTable = markdownTable(
    ["load", "DOMContentLoaded", "first results"],
    times.map((t, i) => [String(i + 1), ms(t.domContentLoaded), ms(t.firstResults)]),
    ["r", "r", "r"],
  );
  return {
    key: "taskpane",
    title: "Task pane: bundle size, time to first results, long lists",
    method:
      "`webpack --mode production` (the add-in, and with `--env harness` the harness) into .tmp/bench. The size is " +
      "the gzip -9 size of every local script taskpane.html loads (its <script src> tags; office.js from Microsoft's " +
      "CDN is not counted). The time is the harness page served on localhost and opened in Chromium " +
      `${browserUsed} (headless, playwright-core, the browser tests' flags), each load in a fresh browser context ` +
      "(empty cache): from " +
      "navigation start to the moment `[data-testid=\"count-error\"]` appears (a MutationObserver installed before " +
      `the page's scripts notes performance.now()), which is after the bundled sample is fetched, read (by the ` +
      `project's reader) and checked. The median of ${loads} loads after a warm-up load. Opening ` +
      `${BIG_GOALS.toLocaleString("en")} goals: the command line's report of that size handed to the harness's file input, ` +
      "timed until the pane's counts for it are drawn (more than 100 issues; the sample has fewer), the median of 3 " +
      "rounds, each after a reload; then the preview's cells in the page are counted, once it is drawn, and the scripts " +
      "the page has loaded are listed. Long lists: a report of " +
      `${LONG_LIST_GOALS.toLocaleString("en")} goals (the reference goals cycled; ` +
      `${longList?.issues.toLocaleString("en") ?? "?"} issues) opened in the harness at 1400 × 900; each toggle is ` +
      "clicked in the page and timed from the click to the frame after it (a frame callback, then a timer after the " +
      "drawing), the median of 14 clicks after a warm-up pair; the re-check is timed from the click until the spinner " +
      "has gone, and the spinner counts as drawn when it is still in the page at the first frame after it appeared.",
    rows,
    details: [sizes, loadsTable],
  };
}
