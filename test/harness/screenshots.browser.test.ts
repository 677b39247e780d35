/** Pictures of the pane over the sample, in Bulgarian and English, for the README (docs/screenshots/). */
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { openHarness, useBrowser } from "./browser";

const FOLDER = join(__dirname, "..", "..", "docs", "screenshots");

const chromium = useBrowser();
beforeAll(async () => {
  await mkdir(FOLDER, { recursive: true });
});

it.each([
  ["bg", "Проверка на Приложение №2"],
  ["en", "Annex 2 report check"],
])("saves the pane in %s", async (lang, heading) => {
  const { page } = await openHarness(chromium.browser, `?lang=${lang}`);
  await page.getByRole("heading", { name: heading, exact: true }).waitFor();
  const path = join(FOLDER, `pane-${lang}.png`);
  await page.setViewportSize({ width: 1400, height: 1500 }); // tall enough for the whole pane over the sample
  await page.locator("aside").screenshot({ path });
  await page.close();
  const png = await readFile(path);
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(png.readUInt32BE(16)).toBe(380); // the pane's width, as Excel shows a task pane
});
