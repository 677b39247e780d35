import type { Issue, Severity } from "../../../src/core";
import { groupIssues } from "../../../src/taskpane/model/issueGroups";
import { checkOne } from "../../fixtures/check";
import { blagoevgrad2024 } from "../../fixtures/reference/blagoevgrad2024";

const ALL: ReadonlySet<Severity> = new Set(["error", "warning", "info"]);

async function sampleIssues(lang: "bg" | "en" = "bg"): Promise<Issue[]> {
  return (await checkOne(blagoevgrad2024, { lang })).issues;
}

describe("groupIssues by column", () => {
  it("puts every issue in exactly one group, keeping the sheet's reading order inside a group", async () => {
    const issues = await sampleIssues();
    const groups = groupIssues(issues, "field", ALL, "bg");
    expect(groups.flatMap((group) => group.issues)).toHaveLength(issues.length);
    for (const group of groups) {
      const order = group.issues.map((issue) => issues.indexOf(issue));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it("names groups by the template's column headers and puts the columns with errors first", async () => {
    const groups = groupIssues(await sampleIssues(), "field", ALL, "bg");
    expect(groups[0]).toMatchObject({ key: "targetValue", title: "Целева стойност" });
    expect(groups[0]?.issues.some((issue) => issue.severity === "error")).toBe(true);
    const firstWithoutError = groups.findIndex((group) => !group.issues.some((issue) => issue.severity === "error"));
    expect(groups.slice(firstWithoutError).every((g) => g.issues.every((i) => i.severity !== "error"))).toBe(true);
    expect(groups.map((group) => group.title)).toContain("Ред №");
  });

  it("gathers issues without a column under a general group", async () => {
    const report = await checkOne({ ...blagoevgrad2024, above: [] });
    const groups = groupIssues(report.issues, "field", ALL, "en");
    const general = groups.find((group) => group.key === "general");
    expect(general?.title).toBe("General (table and title)");
    expect(general?.issues.map((issue) => issue.rule)).toContain("meta.administrationMissing");
  });
});

describe("groupIssues by rule", () => {
  it("gives one group per rule, titled in the chosen language, errors first", async () => {
    const issues = await sampleIssues("en");
    const groups = groupIssues(issues, "rule", ALL, "en");
    expect(new Set(groups.map((group) => group.key)).size).toBe(groups.length);
    expect(groups[0]).toMatchObject({ key: "indicator.targetMissing", title: "Target value missing" });
    expect(groups[0]?.issues.map((issue) => issue.cell)).toEqual(
      issues.filter((issue) => issue.rule === "indicator.targetMissing").map((issue) => issue.cell),
    );
    const severities = groups.map((group) => group.issues[0]?.severity);
    expect(severities.indexOf("info")).toBeGreaterThan(severities.lastIndexOf("error"));
  });
});

describe("severity filter", () => {
  it("keeps only the severities shown, and drops groups left empty", async () => {
    const issues = await sampleIssues();
    const groups = groupIssues(issues, "field", new Set<Severity>(["error"]), "bg");
    expect(groups.flatMap((group) => group.issues)).toEqual(issues.filter((issue) => issue.severity === "error"));
    expect(groups.every((group) => group.issues.length > 0)).toBe(true);
  });

  it("shows nothing when every severity is switched off", async () => {
    expect(groupIssues(await sampleIssues(), "rule", new Set(), "bg")).toEqual([]);
  });
});
