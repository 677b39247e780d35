// The hostile corpus (test/fixtures/hostile.ts) in one batch: every case ends in its reports or its reason, within
// the per-file budget, and the good report among them is checked as usual.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFiles, isUnreadable } from "../../src/cli/checkFiles";
import { writeHostileCorpus, type HostileCase } from "../fixtures/hostile";

let dir: string;
let corpus: HostileCase[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "p2check-hostile-"));
  corpus = await writeHostileCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("every hostile file ends in its reports or a reason in words; the batch reports them all", async () => {
  const results = await checkFiles(
    corpus.map((c) => join(dir, c.name)),
    "en",
  );
  const outcomes = results.map((result, i) => ({
    name: corpus[i]!.name,
    got: isUnreadable(result) ? result.error : `${result.reports.length} report(s)`,
  }));
  const expected = corpus.map((c) => ({
    name: c.name,
    got: "reports" in c.expect ? expect.stringMatching(/^[1-9]\d* report\(s\)$/) : expect.stringContaining(c.expect.reason),
  }));
  expect(outcomes).toEqual(expected);
});
