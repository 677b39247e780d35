import { verdictOf } from "../../../src/taskpane/model/verdict";
import { checkOne } from "../../fixtures/check";
import { cleanSheet, cleanWith } from "../../fixtures/clean";
import { blagoevgrad2024 } from "../../fixtures/reference/blagoevgrad2024";

describe("verdictOf", () => {
  it("calls a clean report ready, with no warnings to look through", async () => {
    expect(verdictOf(await checkOne(cleanSheet()))).toEqual({ kind: "ready", warnings: 0 });
  });

  it("calls a report with only warnings ready, and counts the warnings", async () => {
    const report = await checkOne(cleanWith(1, { fundingSource: null }));
    expect(report.counts.error).toBe(0);
    expect(verdictOf(report)).toEqual({ kind: "ready", warnings: report.counts.warning });
    expect(report.counts.warning).toBeGreaterThan(0);
  });

  it("asks for the errors to be fixed first, with their number", async () => {
    const report = await checkOne(blagoevgrad2024);
    expect(verdictOf(report)).toEqual({ kind: "fix", errors: 2 });
  });

  it("says the table was not found on a sheet without the form", async () => {
    const report = await checkOne({ name: "Бележки", cells: { A1: "Списък за пазаруване" } });
    expect(verdictOf(report)).toEqual({ kind: "notFound" });
  });
});
