/** Every rule in the rule table has its own block of workbook-level tests (one that triggers it, one that must not). */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { RULE_IDS } from "../../../src/core";

const here = __dirname;
const described = readdirSync(here)
  .filter((name) => name.endsWith(".test.ts") && name !== "coverage.test.ts")
  .flatMap((name) => [...readFileSync(path.join(here, name), "utf8").matchAll(/describe\("([^"]+)"/g)])
  .flatMap((match) => (match[1] as string).split(" and "));

describe("rule tests", () => {
  it.each(RULE_IDS)("%s has a describe block in test/core/rules", (rule) => {
    expect(described).toContain(rule);
  });
});
