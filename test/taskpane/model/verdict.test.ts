import { announcement, verdictOf, verdictWords } from "../../../src/taskpane/model/verdict";
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

describe("the verdict in words", () => {
  it("agrees the number of errors in Bulgarian and English", () => {
    expect(verdictWords({ kind: "fix", errors: 1 }, "bg").title).toBe("Поправете първо 1 грешка");
    expect(verdictWords({ kind: "fix", errors: 2 }, "bg").title).toBe("Поправете първо 2 грешки");
    expect(verdictWords({ kind: "fix", errors: 1 }, "en").title).toBe("Fix 1 error first");
    expect(verdictWords({ kind: "ready", warnings: 1 }, "bg")).toEqual({
      intent: "warning",
      title: "Готов за подаване",
      body: "Няма грешки. Прегледайте предупреждението по-долу.",
    });
  });

  it("tells the user to press the button by the name it has after a check", () => {
    expect(verdictWords({ kind: "notFound" }, "bg").body).toContain("„Провери отново“");
  });

  it("announces the verdict with the counts, each agreeing with its number", async () => {
    const report = await checkOne(blagoevgrad2024);
    expect(report.counts).toEqual({ error: 2, warning: 3, info: 9 });
    expect(announcement(report, "bg")).toBe("Поправете първо 2 грешки. 2 грешки, 3 предупреждения, 9 за сведение.");
    const one = { ...report, counts: { error: 1, warning: 1, info: 1 } };
    expect(announcement(one, "bg")).toBe("Поправете първо 1 грешка. 1 грешка, 1 предупреждение, 1 за сведение.");
    expect(announcement(one, "en")).toBe("Fix 1 error first. 1 error, 1 warning, 1 note.");
  });
});
