/**
 * What Excel loads, as `npm run build` makes it, holds to the add-in's syntax floor: the scripts of taskpane.html and
 * commands.html parse as ES2020 with no regex look-behind (Safari 14+, Chromium 80+), and legacy.js as ES5, so that
 * Internet Explorer and EdgeHTML can run it to say why the pane cannot. (A browser test only because it shares the
 * production build that the browser project's globalSetup makes.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
