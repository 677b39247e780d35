/** `npm run screenshots` takes the README's pictures; here it saves them into a temp folder, never docs/. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { SCREEN_HEIGHT, takeScreenshots } from "../../scripts/screenshots";
import { harnessBase, useBrowser } from "./browser";

const chromium = useBrowser();
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "p2check-screenshots-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

it("saves the pane in Bulgarian and English, as Excel shows a task pane on a 700 px screen", async () => {
  const saved = await takeScreenshots(chromium.browser, harnessBase(), folder);
  expect(saved.map((path) => basename(path))).toEqual(["pane-bg.png", "pane-en.png"]);
  for (const path of saved) {
    const png = await readFile(path);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(350); // Excel's default task pane width
    expect(png.readUInt32BE(20)).toBe(SCREEN_HEIGHT); // the first screen
  }
});
