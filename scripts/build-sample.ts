/**
 * Builds assets/samples/blagoevgrad-2024.xlsx, the sample workbook shipped with p2check (`npx tsx
 * scripts/build-sample.ts`, or `npm run sample`).
 *
 * The sample is generated from code rather than kept as a hand-edited file so that every byte of it is explained
 * by the fixture data in test/fixtures/reference/blagoevgrad2024.ts (a real report, rebuilt from its PDF) and by
 * the builder the tests use: the tests and the sample cannot drift apart, and no stray formatting, hidden sheet
 * or personal metadata from someone's Excel can slip in. The build time is pinned, so the same data gives the
 * same bytes.
 */
import { mkdirSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { dirname, join } from "path";
import { buildWorkbook } from "../test/fixtures/builder";
import { blagoevgrad2024 } from "../test/fixtures/reference/blagoevgrad2024";

const PINNED = new Date("2025-01-01T00:00:00Z");

/** The same workbook without the build time ExcelJS writes (document dates and the ZIP entries' dates). */
async function pinDates(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx, { createFolders: false });
  const stamp = PINNED.toISOString().replace(/\.\d+Z$/, "Z");
  const core = await zip.file("docProps/core.xml")?.async("string");
  if (core) zip.file("docProps/core.xml", core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`));
  zip.forEach((_, entry) => (entry.date = PINNED));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  const out = join(__dirname, "..", "assets", "samples", "blagoevgrad-2024.xlsx");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await pinDates(await buildWorkbook([blagoevgrad2024])));
  console.log(`wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
