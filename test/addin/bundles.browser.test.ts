/**
 * What Excel loads, as `npm run build` makes it, holds to the add-in's syntax floor: the scripts of taskpane.html and
 * commands.html parse as ES2020 with no regex look-behind (Safari 14+, Chromium 80+), and legacy.js as ES5, so that
 * Internet Explorer and EdgeHTML can run it to say why the pane cannot. The plan file reader ("Сравни с плана…") is
 * a script of its own that the pane loads only when used, so what taskpane.html loads stays within 300 KB gzip.
 * (A browser test only because it shares the production build that the browser project's globalSetup makes.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { localScripts } from "../../bench/taskpane";
import { ADDIN_DIR } from "../harness/setup/addinPages";
import { syntaxProblems } from "./syntaxFloor";

const scriptsOf = (page: string): string[] => localScripts(readFileSync(join(ADDIN_DIR, page), "utf8")).local;

describe("the built add-in's scripts", () => {
  it.each(["taskpane.html", "commands.html"])("%s loads legacy.js first, then its bundle", (page) => {
    const scripts = scriptsOf(page);
    expect(scripts[0]).toBe("legacy.js");
    expect(scripts.slice(1)).toEqual([expect.stringMatching(/^(taskpane|commands)\.[0-9a-f]{8}\.js$/)]);
  });

  it.each(["taskpane.html", "commands.html", "message.html"])("%s: every bundle parses as ES2020, with no look-behind", (page) => {
    for (const script of scriptsOf(page).filter((src) => src !== "legacy.js")) {
      const source = readFileSync(join(ADDIN_DIR, script), "utf8");
      expect(source.length).toBeGreaterThan(20_000); // the real bundle, with the dictionary or the whole core inside
      expect({ script, problems: syntaxProblems(source, 2020) }).toEqual({ script, problems: [] });
    }
  });

  it("legacy.js parses as ES5", () => {
    expect(syntaxProblems(readFileSync(join(ADDIN_DIR, "legacy.js"), "utf8"), 5)).toEqual([]);
  });
});

/** Strings only the .xlsx reader has: fflate's and saxes's own errors, and the part of the workbook it reads. */
const READER_MARKS = ["invalid zip data", "disallowed character", "sharedStrings"];
const PANE_GZIP_LIMIT = 300 * 1024;

describe("the pane's plan file reader", () => {
  const loadedBy = (page: string) => scriptsOf(page).map((src) => readFileSync(join(ADDIN_DIR, src), "utf8"));
  const pages = readdirSync(ADDIN_DIR).filter((file) => file.endsWith(".html"));
  const loadedByAPage = new Set(pages.flatMap(scriptsOf));
  const lazy = readdirSync(ADDIN_DIR).filter((file) => file.endsWith(".js") && !loadedByAPage.has(file));

  it("is not in what taskpane.html loads, which stays within 300 KB gzip", () => {
    const scripts = loadedBy("taskpane.html");
    expect(READER_MARKS.filter((mark) => scripts.some((source) => source.includes(mark)))).toEqual([]);
    const gzip = scripts.reduce((sum, source) => sum + gzipSync(source, { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(PANE_GZIP_LIMIT);
  });

  it("is in scripts of its own, loaded on use, which parse as ES2020", () => {
    expect(lazy).toEqual(expect.arrayContaining([expect.stringMatching(/^plan-reader\.[0-9a-f]{8}\.js$/)]));
    const sources = lazy.map((file) => readFileSync(join(ADDIN_DIR, file), "utf8"));
    expect(READER_MARKS.filter((mark) => !sources.some((source) => source.includes(mark)))).toEqual([]);
    for (const [i, source] of sources.entries()) {
      expect({ script: lazy[i], problems: syntaxProblems(source, 2020) }).toEqual({ script: lazy[i], problems: [] });
    }
    // The pane knows where to find it: the chunk's name is in the pane's own script.
    expect(loadedBy("taskpane.html").some((source) => source.includes("plan-reader"))).toBe(true);
  });
});
