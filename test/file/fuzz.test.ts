// Mutated workbooks, from a fixed seed: every case ends in Reports or in a reason the user can read, never in a
// crash of the reader or the checker. The mutations are those of a damaged or hostile file: flipped bytes, cut and
// repeated pieces, attributes given huge, negative or nonsense values, truncated parts and truncated zips.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../src/core";
import { UnreadableWorkbookError } from "../../src/file/errors";
import { readWorkbook } from "../../src/file/readWorkbook";

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", "samples", "blagoevgrad-2024.xlsx")));
const CASES = 300;
const SEED = 20_261_201;

/** mulberry32: a small, well-known seeded generator, so every run tries the same cases. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (xml: string, next: () => number) => string;

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;
const at = (length: number, next: () => number) => Math.floor(next() * length);

const NONSENSE = ["99999999", "-1", "0", "1048577", "XFE1", "A0", "", "NaN", "1e309", "ZZZZ99999999", "A1:XFD1048576", "\u0000"];

const MUTATIONS: Record<string, Mutation> = {
  flipCharacters: (xml, next) => {
    const chars = [...xml];
    for (let i = 0; i < 1 + at(8, next); i++) chars[at(chars.length, next)] = String.fromCharCode(at(0x500, next));
    return chars.join("");
  },
  cutPiece: (xml, next) => {
    const from = at(xml.length, next);
    return xml.slice(0, from) + xml.slice(from + at(400, next));
  },
  repeatPiece: (xml, next) => {
    const from = at(xml.length, next);
    const piece = xml.slice(from, from + at(2000, next));
    return xml.slice(0, from) + piece.repeat(1 + at(50, next)) + xml.slice(from);
  },
  nonsenseAttribute: (xml, next) => {
    const attributes = [...xml.matchAll(/ (r|s|t|ref|numFmtId|sheetId|state|count|spans)="[^"]*"/g)];
    if (attributes.length === 0) return xml;
    const chosen = pick(attributes, next);
    const index = chosen.index ?? 0;
    const replaced = ` ${chosen[1]}="${pick(NONSENSE, next)}"`;
    return xml.slice(0, index) + replaced + xml.slice(index + chosen[0].length);
  },
  truncate: (xml, next) => xml.slice(0, at(xml.length, next)),
};

function mutateWorkbook(next: () => number): { bytes: Uint8Array; what: string } {
  const parts = unzipSync(SAMPLE);
  const names = Object.keys(parts).filter((name) => name.endsWith(".xml") || name.endsWith(".rels"));
  if (next() < 0.15) {
    // The zip itself: flipped bytes anywhere, or cut short.
    const bytes = new Uint8Array(SAMPLE);
    if (next() < 0.5) return { bytes: bytes.subarray(0, at(bytes.length, next)), what: "zip truncated" };
    for (let i = 0; i < 1 + at(20, next); i++) bytes[at(bytes.length, next)] = at(256, next);
    return { bytes, what: "zip bytes flipped" };
  }
  const name = pick(names, next);
  const mutation = pick(Object.keys(MUTATIONS), next);
  parts[name] = strToU8((MUTATIONS[mutation] as Mutation)(strFromU8(parts[name] as Uint8Array), next));
  return { bytes: zipSync(parts), what: `${mutation} in ${name}` };
}

test(`${CASES} mutated workbooks each end in Reports or a reason (seed ${SEED})`, async () => {
  const next = random(SEED);
  const outcomes = { reports: 0, reasons: 0 };
  const crashes: string[] = [];
  for (let i = 0; i < CASES; i++) {
    const { bytes, what } = mutateWorkbook(next);
    try {
      const reports = checkWorkbook(await readWorkbook(bytes), { lang: "bg", file: `case-${i}.xlsx` });
      expect(Array.isArray(reports)).toBe(true);
      outcomes.reports++;
    } catch (error) {
      if (error instanceof UnreadableWorkbookError && error.describe("bg").length > 0) outcomes.reasons++;
      else crashes.push(`case ${i} (${what}): ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  expect(crashes).toEqual([]);
  // Both outcomes occur, so the mutations reach past the zip into what the reader and the checker see.
  expect(outcomes.reports).toBeGreaterThan(CASES / 10);
  expect(outcomes.reasons).toBeGreaterThan(CASES / 10);
});
