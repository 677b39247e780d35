import type { Issue, Severity } from "../../../src/core";
import { groupIssues } from "../../../src/taskpane/model/issueGroups";
import { keyIssues } from "../../../src/taskpane/model/issueKeys";
import { headingsOf, issueOrder, issueRows } from "../../../src/taskpane/model/issueRows";

const ALL: ReadonlySet<Severity> = new Set(["error", "warning", "info"]);

function issue(rule: string, severity: Severity, cell: string): Issue {
  return { rule, severity, sheet: "Отчет", cell, message: `${rule} в ${cell}` };
}

const ISSUES = [
  issue("row.emptyNumbered", "info", "A30"),
  issue("status.missing", "error", "M9"),
  issue("indicator.currentMissing", "warning", "G16"),
  issue("status.missing", "error", "M12"),
  issue("indicator.targetMissing", "error", "H16"),
];
const sections = groupIssues(keyIssues(ISSUES), "rule", ALL, "bg");

describe("issueRows", () => {
  it("lays out a heading per severity, a heading per rule, then its issues", () => {
    expect(issueRows(sections, new Set()).map((row) => row.key)).toEqual([
      "severity:error",
      "error:status.missing",
      "status.missing@Отчет!M9",
      "status.missing@Отчет!M12",
      "error:indicator.targetMissing",
      "indicator.targetMissing@Отчет!H16",
      "severity:warning",
      "warning:indicator.currentMissing",
      "indicator.currentMissing@Отчет!G16",
      "severity:info",
      "info:row.emptyNumbered",
      "row.emptyNumbered@Отчет!A30",
    ]);
  });

  it("leaves out what is under a closed heading, and says the heading is closed", () => {
    const rows = issueRows(sections, new Set(["error:status.missing", "severity:info"]));
    expect(rows.map((row) => row.key)).toEqual([
      "severity:error",
      "error:status.missing",
      "error:indicator.targetMissing",
      "indicator.targetMissing@Отчет!H16",
      "severity:warning",
      "warning:indicator.currentMissing",
      "indicator.currentMissing@Отчет!G16",
      "severity:info",
    ]);
    expect(rows.filter((row) => row.kind !== "issue" && !row.expanded).map((row) => row.key)).toEqual([
      "error:status.missing",
      "severity:info",
    ]);
  });
});

describe("issueOrder and headingsOf", () => {
  it("goes through every issue the filters show, closed groups included, in the list's order", () => {
    expect(issueOrder(sections)).toEqual([
      "status.missing@Отчет!M9",
      "status.missing@Отчет!M12",
      "indicator.targetMissing@Отчет!H16",
      "indicator.currentMissing@Отчет!G16",
      "row.emptyNumbered@Отчет!A30",
    ]);
    expect(headingsOf(sections, "indicator.currentMissing@Отчет!G16")).toEqual([
      "severity:warning",
      "warning:indicator.currentMissing",
    ]);
    expect(headingsOf(sections, "no.such@Отчет!A1")).toEqual([]);
  });
});
