// Renders the add-in icons: assets/icon.svg (and icon-small.svg for 16 px) → assets/icon-{16,32,64,80}.png.
// Run: npx tsx scripts/draw-icons.ts
// It uses the browser scripts/browser.ts finds (a system one, or the npm package's Chromium) through playwright-core,
// which never downloads a browser itself. The PNGs are committed; run this again only after changing the SVGs.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser } from "./browser";

const ASSETS = join(__dirname, "..", "assets");

// The 16 px icon has its own drawing: fine lines of the large one blur into grey at that size.
const SOURCES: Record<number, string> = {
  16: "icon-small.svg",
  32: "icon-small.svg",
  64: "icon.svg",
  80: "icon.svg",
};

/** A page that shows the SVG at exactly size × size CSS pixels, on nothing (transparent). */
function pageFor(svg: string, size: number): string {
  const sized = svg
    .replace(/<\?xml[^>]*>\s*/, "")
    .replace(/<svg\b([^>]*?)\swidth="[^"]*"\s+height="[^"]*"/, `<svg$1 width="${size}" height="${size}"`);
  const style = "html,body{margin:0;background:transparent}svg{display:block}";
  return `<!doctype html><html><head><style>${style}</style></head><body>${sized}</body></html>`;
}

async function main(): Promise<void> {
  const browser = await launchBrowser();
  try {
    for (const [sizeText, source] of Object.entries(SOURCES)) {
      const size = Number(sizeText);
      // deviceScaleFactor 1: one CSS pixel is one PNG pixel, so the file is exactly size × size.
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(pageFor(readFileSync(join(ASSETS, source), "utf8"), size));
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      const out = join(ASSETS, `icon-${size}.png`);
      writeFileSync(out, png);
      console.log(`${source} → ${out} (${size}×${size}, ${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
