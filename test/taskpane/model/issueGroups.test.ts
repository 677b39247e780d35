import type { Issue, Severity } from "../../../src/core";
import { groupIssues } from "../../../src/taskpane/model/issueGroups";
import { keyIssues } from "../../../src/taskpane/model/issueKeys";
import { checkOne } from "../../fixtures/check";
import { blagoevgrad2024 } from "../../fixtures/reference/blagoevgrad2024";

const ALL: ReadonlySet<Severity> = new Set(["error", "warning", "info"]);

async function sampleIssues(lang: "bg" | "en" = "bg"): Promise<Issue[]> {
  return (await checkOne(blagoevgrad2024, { lang })).issues;
}

/** An issue of the progress rule, which is an error or a warning depending on the status. */
function progressIssue(severity: Severity, cell: string): Issue {
  return { rule: "progress.missing", severity, sheet: "Отчет", cell, field: "progressInfo", message: "Няма информация" };
}

describe("groupIssues: severities first, then rules, as Excel's checker lists them", () => {
  it("gives errors, then warnings, then notes, each counted, and every issue exactly once", async () => {
    const issues = await sampleIssues();
    const sections = groupIssues(keyIssues(issues), "rule", ALL, "bg");
    expect(sections.map((section) => section.severity)).toEqual(["error", "warning", "info"]);
    for (const section of sections) {
      const members = section.groups.flatMap((group) => group.issues.map(({ issue }) => issue));
      expect(members.every((issue) => issue.severity === section.severity)).toBe(true);
      expect(section.count).toBe(members.length);
    }
    const all = sections.flatMap((s) => s.groups.flatMap((g) => g.issues.map(({ issue }) => issue)));
    expect(new Set(all)).toEqual(new Set(issues));
    expect(all).toHaveLength(issues.length);
  });

  it("titles each rule's group in the chosen language and keeps the sheet's reading order inside it", async () => {
    const issues = await sampleIssues("en");
    const [errors] = groupIssues(keyIssues(issues), "rule", ALL, "en");
    expect(errors?.groups[0]).toMatchObject({
      key: "error:indicator.targetMissing",
      by: "indicator.targetMissing",
      title: "Target value missing",
    });
    expect(errors?.groups[0]?.issues.map(({ issue }) => issue.cell)).toEqual(
      issues.filter((issue) => issue.rule === "indicator.targetMissing").map((issue) => issue.cell),
    );
  });

  it("puts a rule that is an error in one row and a warning in another under both severities, errors first", () => {
    const issues = [progressIssue("warning", "N8"), progressIssue("error", "N9")];
    const sections = groupIssues(keyIssues(issues), "rule", ALL, "bg");
    expect(sections.map((s) => s.groups.map((g) => `${g.key}=${g.issues.map(({ issue }) => issue.cell).join()}`))).toEqual([
      ["error:progress.missing=N9"],
      ["warning:progress.missing=N8"],
    ]);
  });

  it("groups by the template's columns inside each severity when asked, general issues first", async () => {
    const report = await checkOne({ ...blagoevgrad2024, above: [] });
    const sections = groupIssues(keyIssues(report.issues), "field", ALL, "en");
    const warnings = sections.find((section) => section.severity === "warning");
    expect(warnings?.groups[0]).toMatchObject({ by: "general", title: "General (table and title)" });
    expect(warnings?.groups[0]?.issues.map(({ issue }) => issue.rule)).toContain("meta.administrationMissing");
    const [errors] = sections;
    expect(errors?.groups.map((group) => group.title)).toEqual(["Target value"]);
  });
});

describe("severity filter", () => {
  it("keeps only the severities shown", async () => {
    const issues = await sampleIssues();
    const sections = groupIssues(keyIssues(issues), "rule", new Set<Severity>(["error"]), "bg");
    expect(sections.map((section) => section.severity)).toEqual(["error"]);
    expect(sections[0]?.groups.flatMap((g) => g.issues.map(({ issue }) => issue))).toEqual(
      issues.filter((issue) => issue.severity === "error"),
    );
  });

  it("shows nothing when every severity is switched off", async () => {
    expect(groupIssues(keyIssues(await sampleIssues()), "rule", new Set(), "bg")).toEqual([]);
  });
});

describe("keyIssues", () => {
  it("keys an issue by rule, sheet and cell, so that a re-check finds it again, and tells alike ones apart", async () => {
    const first = keyIssues(await sampleIssues());
    const again = keyIssues(await sampleIssues());
    expect(again.map(({ key }) => key)).toEqual(first.map(({ key }) => key));
    expect(first[0]?.key).toMatch(/^[a-z]+\.[A-Za-z]+@Приложение 2![A-Z]+\d+$/);
    const twice = keyIssues([progressIssue("error", "N9"), progressIssue("error", "N9")]);
    expect(twice.map(({ key }) => key)).toEqual(["progress.missing@Отчет!N9", "progress.missing@Отчет!N9#2"]);
  });
});
