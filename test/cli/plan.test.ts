// p2check REPORT --plan PLAN, and p2check --new-report OUT PLAN, on Хасково 2023's plan and report.
import fs from "node:fs";
import path from "node:path";
import type { Report } from "../../src/core";
import type { FormRow } from "../fixtures/builder";
import { cleanRows, cleanSheet } from "../fixtures/clean";
import { planOf } from "../fixtures/plan";
import { run, sha256, useTempDir, writeWorkbook } from "./helpers";

const PLAN = planOf(cleanSheet(), "План 2023");

describe("--plan", () => {
  const dir = useTempDir();

  it("adds the plan's findings to the report: a dropped goal is named, with where it is in the plan", async () => {
    const plan = await writeWorkbook(dir.path, "план.xlsx", [PLAN]);
    const report = await writeWorkbook(dir.path, "отчет.xlsx", [cleanSheet({ rows: [cleanRows[0] as FormRow, cleanRows[2] as FormRow] })]);
    const before = sha256(plan);
    const { code, stdout } = await run([report, "--plan", plan, "--format", "json"]);
    expect(code).toBe(1);
    const checked = JSON.parse(stdout) as Report;
    expect(checked.plan).toEqual({ file: plan, sheet: "План 2023" });
    const missing = checked.issues.filter((issue) => issue.rule === "plan.goalNotReported");
    expect(missing).toEqual([expect.objectContaining({ cell: "B5", source: { file: plan, sheet: "План 2023", cell: "B9" } })]);
    expect(sha256(plan)).toBe(before);
  });

  it("finds nothing to say of the report made from the plan, and says so when the plan file holds no plan", async () => {
    const plan = await writeWorkbook(dir.path, "план.xlsx", [PLAN]);
    const report = await writeWorkbook(dir.path, "отчет.xlsx", [cleanSheet()]);
    const { code, stdout } = await run([report, "--plan", plan]);
    expect(code).toBe(0);
    expect(stdout).toContain("Няма забележки.");
    const anotherReport = await writeWorkbook(dir.path, "друг-отчет.xlsx", [cleanSheet()]);
    const notAPlan = await run([report, "--plan", anotherReport, "--lang", "en"]);
    expect(notAPlan.code).toBe(2);
    expect(notAPlan.stderr).toContain("holds no plan (Annex 1)");
  });

  it("says once, before any report, that the plan file holds no plan or cannot be read, and checks nothing", async () => {
    const report = await writeWorkbook(dir.path, "отчет.xlsx", [cleanSheet()]);
    const second = await writeWorkbook(dir.path, "отчет-2.xlsx", [cleanSheet()]);
    const notAPlan = await run([report, second, "--plan", second, "--format", "json"]);
    expect(notAPlan).toMatchObject({ code: 2, stdout: "" });
    expect(notAPlan.stderr.trim().split("\n")).toEqual([`p2check: файлът на плана ${second} не съдържа план (Приложение №1)`]);

    const damaged = path.join(dir.path, "повреден-план.xlsx");
    fs.writeFileSync(damaged, fs.readFileSync(report).subarray(0, 2000));
    const unreadable = await run([report, second, "--plan", damaged]);
    expect(unreadable).toMatchObject({ code: 2, stdout: "" });
    expect(unreadable.stderr).toMatch(new RegExp(`^p2check: планът ${damaged} не може да се прочете: `));
  });

  it("refuses to hold the plan against itself: the reports must be named too", async () => {
    const plan = await writeWorkbook(dir.path, "план.xlsx", [PLAN]);
    const alone = await run([plan, "--plan", plan]);
    expect(alone).toMatchObject({ code: 2, stdout: "" });
    expect(alone.stderr.trim()).toBe(`p2check: ${plan} е планът, с който се сравняват отчетите: посочете и отчетите за проверка`);
  });
});

describe("--new-report", () => {
  const dir = useTempDir();

  it("writes the report form from the plan, which checks with the plan's goals and empty statuses", async () => {
    const plan = await writeWorkbook(dir.path, "план.xlsx", [PLAN]);
    const before = sha256(plan);
    const out = path.join(dir.path, "отчет-2023.xlsx");
    const made = await run(["--new-report", out, plan]);
    expect(made).toMatchObject({ code: 0, stdout: "" });
    expect(made.stderr).toContain(`Отчетът е записан в ${out}: 3 цели от плана`);
    const { stdout } = await run([out, "--plan", plan, "--format", "json"]);
    const report = JSON.parse(stdout) as Report;
    expect(report).toMatchObject({ form: "report", rollup: { goals: 3 } });
    expect(new Set(report.issues.map((issue) => issue.rule))).toEqual(new Set(["status.missing", "progress.missing"]));
    expect(sha256(plan)).toBe(before);
  });

  it("never writes over the plan, nor over an existing file without --force", async () => {
    const plan = await writeWorkbook(dir.path, "план.xlsx", [PLAN]);
    const before = sha256(plan);
    expect((await run(["--new-report", plan, plan])).code).toBe(2);
    const existing = path.join(dir.path, "стар.xlsx");
    fs.writeFileSync(existing, "стар отчет");
    const refused = await run(["--new-report", existing, plan]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("вече съществува");
    expect(fs.readFileSync(existing, "utf8")).toBe("стар отчет");
    expect((await run(["--new-report", existing, plan, "--force"])).code).toBe(0);
    expect(sha256(plan)).toBe(before);
    // Nor under a name Excel would not open as a workbook.
    const text = path.join(dir.path, "отчет.txt");
    const notXlsx = await run(["--new-report", text, plan]);
    expect(notXlsx).toMatchObject({ code: 2, stdout: "" });
    expect(notXlsx.stderr.trim()).toBe(`p2check: отчетът се записва като .xlsx файл, а „${text}“ не завършва на .xlsx`);
    expect(fs.existsSync(text)).toBe(false);
  });
});
