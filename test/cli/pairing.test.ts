// p2check over a folder of plans and reports: it pairs a plan and a report of the same administration and year by
// itself (Хасково 2023 and Благоевград 2024, from the reference reports), adds the plan.* issues to the report, says
// which pairs it made, and leaves the strays as they were: a report with no plan, a plan of another year.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { GoalSheet, Report } from "../../src/core";
import { checkBytes } from "../../src/cli/checkBytes";
import type { FileResult } from "../../src/cli/checkFiles";
import { pairingLists } from "../../src/cli/format/common";
import { MAX_GOAL_PAIRS, PlanPairing, type GoalsOf, type Pairing } from "../../src/cli/pairing";
import { buildWorkbook } from "../fixtures/builder";
import type { FormRow, FormSheet } from "../fixtures/builder";
import { cleanRows, cleanSheet } from "../fixtures/clean";
import { planOf } from "../fixtures/plan";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";
import { jsonItems, parseCsv, run, sha256, useTempDir, writeWorkbook } from "./helpers";

const [first, second, third] = cleanRows as [FormRow, FormRow, FormRow];
const CONTACT: [string, string] = ["Изготвил/лице за контакт, тел. и ел. поща:", "Мария Иванова, 038 601 234, m.ivanova@haskovo.government.bg"];

/** A report of `administration` for 2023, as cleanSheet's but under that name. */
function reportOf(administration: string, changes: Partial<FormSheet> = {}): FormSheet {
  return cleanSheet({
    above: ["Отчет на ежегодните цели на администрацията за 2023 г.", ["Наименование на администрацията:", administration], CONTACT],
    ...changes,
  });
}

/**
 * Хасково's report against its plan: goal 2 dropped; goal 3 moved first and renumbered; goal 1 reworded and its target
 * changed; a goal the plan did not have added. The name is typed in capitals with a dash, and the header still pairs.
 */
const haskovoReport = reportOf("ОБЛАСТНА АДМИНИСТРАЦИЯ – ХАСКОВО", {
  rows: [
    { ...third, no: "1." },
    { ...first, no: "2.", goal: String(first.goal).replace("Подобряване достъпа до", "Осигуряване на по-добър достъп до"), targetValue: "2 бр." },
    { ...second, no: "3.", goal: "Организиране на областен форум за младежка заетост и предприемачество", indicator: "Брой проведени форуми" },
  ],
});

/** Благоевград's report with goals 14 and 15 swapped and renumbered: nothing to say against the plan. */
const blagoevgradReport: FormSheet = {
  ...blagoevgrad2024,
  rows: blagoevgrad2024.rows.map((row) => (row.no === "14." ? { ...row, no: "15." } : row.no === "15." ? { ...row, no: "14." } : row)),
};

interface Folder {
  dir: string;
  haskovoPlan: string;
  haskovoReport: string;
  blagoevgradPlan: string;
  blagoevgradReport: string;
  vidinReport: string;
  haskovoPlan2024: string;
}

async function folder(root: string): Promise<Folder> {
  const dir = path.join(root, "отчети");
  return {
    dir,
    haskovoPlan: await writeWorkbook(dir, "хасково/план-2023.xlsx", [planOf(cleanSheet(), "План 2023")]),
    haskovoReport: await writeWorkbook(dir, "хасково/отчет-2023.xlsx", [haskovoReport]),
    blagoevgradPlan: await writeWorkbook(dir, "благоевград/план-2024.xlsx", [planOf(blagoevgrad2024, "План 2024")]),
    blagoevgradReport: await writeWorkbook(dir, "благоевград/отчет-2024.xlsx", [blagoevgradReport]),
    vidinReport: await writeWorkbook(dir, "видин-2023.xlsx", [reportOf("Областна администрация Видин")]),
    haskovoPlan2024: await writeWorkbook(dir, "хасково/план-2024.xlsx", [planOf(cleanSheet({ year: 2024 }), "План 2024")]),
  };
}

function reportIn(items: unknown[], file: string): Report {
  const found = (items as Report[]).find((item) => item.file === file);
  if (!found) throw new Error(`no report of ${file}`);
  return found;
}

const planRules = (report: Report) => report.issues.filter((i) => i.rule.startsWith("plan.")).map((i) => `${i.rule}@${i.cell}`);

describe("p2check over a folder of plans and reports", () => {
  const dir = useTempDir();

  it("reconciles each report with the plan of its administration and year, in the JSON report with `plan`", async () => {
    const files = await folder(dir.path);
    const before = sha256(files.haskovoPlan);
    const { code, stdout, stderr } = await run([files.dir, "--format", "json"]);
    expect(code).toBe(1);
    const items = jsonItems(stdout);
    const haskovo = reportIn(items, files.haskovoReport);
    expect(haskovo.plan).toEqual({ file: files.haskovoPlan, sheet: "План 2023" });
    expect(planRules(haskovo)).toEqual([
      "plan.goalNotReported@B5",
      "plan.goalNotPlanned@B10",
      "plan.goalReworded@B9",
      "plan.targetChanged@H9",
    ].sort(byRow));
    const missing = haskovo.issues.find((i) => i.rule === "plan.goalNotReported");
    expect(missing).toMatchObject({
      severity: "error",
      message: "Цел № 2 от плана („Развитие на трансгранично сътрудничество в различни сфери на …“) липсва в отчета",
      source: { file: files.haskovoPlan, sheet: "План 2023", cell: "B9" },
    });
    expect(haskovo.counts.error).toBe(haskovo.issues.filter((i) => i.severity === "error").length);

    const blagoevgrad = reportIn(items, files.blagoevgradReport);
    expect(blagoevgrad.plan).toEqual({ file: files.blagoevgradPlan, sheet: "План 2024" });
    expect(planRules(blagoevgrad)).toEqual([]);
    for (const alone of [files.vidinReport, files.haskovoPlan, files.haskovoPlan2024, files.blagoevgradPlan]) {
      expect(reportIn(items, alone).plan).toBeUndefined();
      expect(planRules(reportIn(items, alone))).toEqual([]);
    }
    // JSON is data; which pairs were made is said on standard error.
    expect(stderr).toContain(`сверени: отчет ${files.haskovoReport} — лист „Отчет 2023“ с план ${files.haskovoPlan} — лист „План 2023“`);
    expect(sha256(files.haskovoPlan)).toBe(before);
  });

  it("says in the text output which pairs it made, with their issues, and what it left unpaired, before the totals", async () => {
    const files = await folder(dir.path);
    const { code, stdout } = await run([files.dir]);
    expect(code).toBe(1);
    const pairing = stdout.indexOf("Планове и отчети на една администрация за една година, сверени помежду си");
    const total = stdout.indexOf("Общо: файлове 6");
    expect(pairing).toBeGreaterThan(stdout.lastIndexOf("Файл: "));
    expect(total).toBeGreaterThan(pairing);
    expect(stdout.slice(pairing, total)).toBe(
      [
        "Планове и отчети на една администрация за една година, сверени помежду си",
        "",
        "  Областна администрация Благоевград, 2024 г.",
        `    отчет: ${files.blagoevgradReport} — лист „Приложение 2“`,
        `    план:  ${files.blagoevgradPlan} — лист „План 2024“`,
        "    Всички цели от плана са в отчета, без промени.",
        "",
        "  ОБЛАСТНА АДМИНИСТРАЦИЯ – ХАСКОВО, 2023 г.",
        `    отчет: ${files.haskovoReport} — лист „Отчет 2023“`,
        `    план:  ${files.haskovoPlan} — лист „План 2023“`,
        "    Грешки: 1 · предупреждения: 1 · за сведение: 2",
        "",
        "    Грешки (1)",
        // Each with where its goal is in the plan.
        `      B5     Цел № 2 от плана („Развитие на трансгранично сътрудничество в различни сфери на …“) липсва в отчета — в плана: ${files.haskovoPlan}, лист „План 2023“, клетка B9  [plan.goalNotReported]`,
        "",
        "    Предупреждения (1)",
        `      H9     Целевата стойност е „2 бр.“, а в плана е „1 бр.“ — в плана: ${files.haskovoPlan}, лист „План 2023“, клетка B8  [plan.targetChanged]`,
        "",
        "    За сведение (2)",
        `      B9     Текстът на целта е променен спрямо цел № 1 от плана — в плана: ${files.haskovoPlan}, лист „План 2023“, клетка B8  [plan.goalReworded]`,
        "      B10    Тази цел я няма в плана  [plan.goalNotPlanned]",
        "",
        "  Отчети без своя план сред файловете (проверени без сверка):",
        `    ${files.vidinReport} — лист „Отчет 2023“`,
        "",
        "  Планове без своя отчет сред файловете:",
        `    ${files.haskovoPlan2024} — лист „План 2024“`,
        "",
        "",
      ].join("\n"),
    );
    // The totals count the issues the pairing added.
    const json = jsonItems((await run([files.dir, "--format", "json"])).stdout) as Report[];
    const errors = json.reduce((sum, report) => sum + report.counts.error, 0);
    expect(stdout).toContain(`Общо: файлове 6, листове 6 · грешки ${errors} ·`);
  });

  it("pairs a report with neither of two plans of its year, and says so", async () => {
    const files = await folder(dir.path);
    const copy = path.join(path.dirname(files.haskovoPlan), "план-2023-поправен.xlsx");
    fs.copyFileSync(files.haskovoPlan, copy);
    const text = await run([files.dir, "--lang", "en"]);
    expect(text.stdout).toContain(
      [
        "  Reports with more than one plan of the same administration and year — reconciled with none of them; name the plan with --plan:",
        // The plans in the order the folder was walked.
        `    ${files.haskovoReport} — sheet “Отчет 2023” ← ${copy} — sheet “План 2023”; ${files.haskovoPlan} — sheet “План 2023”`,
      ].join("\n"),
    );
    const json = await run([files.dir, "--format", "json"]);
    const haskovo = reportIn(jsonItems(json.stdout), files.haskovoReport);
    expect(haskovo.plan).toBeUndefined();
    expect(planRules(haskovo)).toEqual([]);
    expect(json.stderr).toContain("Отчети с повече от един план за същата администрация и година");
    // The other pair is made as before.
    expect(reportIn(jsonItems(json.stdout), files.blagoevgradReport).plan?.file).toBe(files.blagoevgradPlan);
  });

  it("adds the pairs' issues to CSV, each on its report's line, and a section to Markdown", async () => {
    const files = await folder(dir.path);
    const csv = parseCsv((await run([files.dir, "--format", "csv"])).stdout);
    const planLines = csv.filter((line) => line[4]?.startsWith("plan."));
    // The last column says where the plan's goal is; a goal the plan does not have has no place there.
    const inPlan = (cell: string) => `${files.haskovoPlan}, лист „План 2023“, клетка ${cell}`;
    expect(planLines.map((line) => [line[0], line[1], line[2], line[4], line[8]])).toEqual([
      [files.haskovoReport, "Отчет 2023", "B5", "plan.goalNotReported", inPlan("B9")],
      [files.haskovoReport, "Отчет 2023", "B9", "plan.goalReworded", inPlan("B8")],
      [files.haskovoReport, "Отчет 2023", "H9", "plan.targetChanged", inPlan("B8")],
      [files.haskovoReport, "Отчет 2023", "B10", "plan.goalNotPlanned", ""],
    ]);
    const md = (await run([files.dir, "--format", "md"])).stdout;
    expect(md).toContain("## Планове и отчети на една администрация за една година, сверени помежду си");
    expect(md).toContain("### ОБЛАСТНА АДМИНИСТРАЦИЯ – ХАСКОВО, 2023 г.");
    expect(md).toContain("| B5 | грешка | `plan.goalNotReported` | Цел № 2 от плана");
    expect(md).toContain(`липсва в отчета (в плана: ${files.haskovoPlan.replace(/_/g, "\\_")}, лист „План 2023“, клетка B9) |`);
    expect(md).toContain(`- ${files.vidinReport.replace(/_/g, "\\_")} — лист „Отчет 2023“`);
  });

  it("shows control characters in a paired administration's name as escapes, in text and on standard error", async () => {
    // A CSI (the one-byte C1 form of ESC [, which XML can hold) and a right-to-left override.
    const name = "Областна администрация Хасково\u009b2J\u202e";
    const planFile = await writeWorkbook(dir.path, "план.xlsx", [planOf(reportOf(name), "План 2023")]);
    const reportFile = await writeWorkbook(dir.path, "отчет.xlsx", [reportOf(name, { rows: [first, third] })]);
    const text = await run([planFile, reportFile]);
    expect(text.stdout).toContain("  Областна администрация Хасково\\x9B2J\\u202E, 2023 г.\n");
    const csv = await run([planFile, reportFile, "--format", "csv"]);
    for (const output of [text.stdout, csv.stdout, csv.stderr]) expect(output).not.toMatch(/[\u009b\u202e]/);
    expect(csv.stderr).toContain(`сверени: отчет ${reportFile} — лист „Отчет 2023“`);
  });

  it("changes nothing where no plan is among the files, nor with --plan", async () => {
    const files = await folder(dir.path);
    const reports = [files.haskovoReport, files.vidinReport];
    const alone = await run(reports);
    expect(alone.stdout).not.toContain("сверени помежду си");
    const separately = await Promise.all(reports.map((file) => run([file])));
    expect(alone.stdout).toBe(`${separately.map((r) => r.stdout).join("\n")}\nОбщо: файлове 2, листове 2 · грешки 0 · предупреждения 0 · за сведение 0 · непрочетени файлове 0\n`);
    const withPlan = await run([files.haskovoReport, files.blagoevgradPlan, "--plan", files.haskovoPlan, "--format", "json"]);
    expect(withPlan.stdout).not.toContain("сверени помежду си");
    expect(reportIn(jsonItems(withPlan.stdout), files.haskovoReport).plan?.file).toBe(files.haskovoPlan);
  });

  it("gives --summary a column of the planned goals each report leaves out", async () => {
    const files = await folder(dir.path);
    const out = path.join(dir.path, "обобщение.xlsx");
    expect((await run([files.dir, "--summary", out])).code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const overview = workbook.getWorksheet("Обобщение") as ExcelJS.Worksheet;
    const header = overview.getRow(4).values as ExcelJS.CellValue[];
    const column = header.indexOf("Цели от плана без отчет");
    expect(column).toBeGreaterThan(0);
    const rows: [unknown, unknown][] = [];
    for (let r = 5; r <= overview.rowCount; r++) rows.push([overview.getCell(r, 1).value, overview.getCell(r, column).value]);
    expect(rows).toEqual([
      ["отчет-2024.xlsx", 0],
      ["план-2024.xlsx", null],
      ["видин-2023.xlsx", "—"],
      ["отчет-2023.xlsx", 1],
      ["план-2023.xlsx", null],
      ["план-2024.xlsx", null],
      ["Общо", 1],
    ]);
    const haskovoSheet = workbook.getWorksheet("ОА – ХАСКОВО 2023") as ExcelJS.Worksheet;
    const texts: unknown[] = [];
    haskovoSheet.eachRow((row) => texts.push(row.getCell(1).value, row.getCell(2).value));
    expect(texts).toEqual(expect.arrayContaining(["Цели от плана, които липсват в отчета", 1]));
    expect(texts).toContain("Сверен с плана в лист „План 2023“ на файла план-2023.xlsx.");
  });
});

describe("PlanPairing", () => {
  /** A file's result as the worker hands it back in a run of several files: the goals of its plans alone. */
  async function checked(file: string, ...sheets: FormSheet[]): Promise<FileResult> {
    return checkBytes(file, await buildWorkbook(sheets), "bg", undefined, "plans");
  }

  /** GoalsOf over files' sheets: each file checked again for all its goals; the files asked for, in order. */
  function goalsOver(files: Record<string, FormSheet[]>): { goalsOf: GoalsOf; asked: string[] } {
    const asked: string[] = [];
    const goalsOf: GoalsOf = async (file) => {
      asked.push(file);
      const sheets = files[file];
      if (!sheets) return undefined;
      const result = await checkBytes(file, await buildWorkbook(sheets), "bg", undefined, "all");
      return "goals" in result ? result.goals : undefined;
    };
    return { goalsOf, asked };
  }

  it("keeps no report's goals while checking, and checks again only the report that pairs, once", async () => {
    const report = await checked("отчет.xlsx", cleanSheet());
    expect((report as { goals: unknown[] }).goals).toEqual([null]);
    const pairing = new PlanPairing();
    for (const result of [await checked("план.xlsx", planOf(cleanSheet(), "План 2023")), report, await checked("видин.xlsx", reportOf("Областна администрация Видин"))]) {
      pairing.take(result);
    }
    const { goalsOf, asked } = goalsOver({ "отчет.xlsx": [cleanSheet()] });
    const paired = await pairing.pair("bg", goalsOf);
    expect(asked).toEqual(["отчет.xlsx"]);
    expect(paired?.pairs.map((pair) => [pair.report.file, pair.plan.file])).toEqual([["отчет.xlsx", "план.xlsx"]]);
    expect(paired?.reportsAlone).toEqual([{ file: "видин.xlsx", sheet: "Отчет 2023" }]);
    expect((report as { reports: Report[] }).reports[0]?.plan).toEqual({ file: "план.xlsx", sheet: "План 2023" });
  });

  it("loads the checker's reconciling into p2check's own thread only once a plan is among the files", async () => {
    const reports = [await checked("отчет.xlsx", cleanSheet()), await checked("видин.xlsx", reportOf("Областна администрация Видин"))];
    const plan = await checked("план.xlsx", planOf(cleanSheet(), "План 2023"));
    const loads: number[] = [];
    for (const results of [reports, [plan, ...reports]]) {
      let loaded = 0;
      await jest.isolateModulesAsync(async () => {
        jest.doMock("../../src/core/check", () => (loaded++, jest.requireActual("../../src/core/check")));
        const { PlanPairing: Fresh } = await import("../../src/cli/pairing");
        const pairing = new Fresh();
        for (const result of structuredClone(results)) pairing.take(result);
        await pairing.pair("bg", goalsOver({ "отчет.xlsx": [cleanSheet()] }).goalsOf);
      });
      loads.push(loaded);
    }
    expect(loads).toEqual([0, 1]);
  });

  it("leaves a report unreconciled, and names it, when its file cannot be read again or no longer holds the sheet", async () => {
    for (const now of [undefined, [cleanSheet({ name: "Друг лист" })]]) {
      const report = await checked("отчет.xlsx", cleanSheet());
      const pairing = new PlanPairing();
      pairing.take(await checked("план.xlsx", planOf(cleanSheet(), "План 2023")));
      pairing.take(report);
      const paired = await pairing.pair("bg", goalsOver(now ? { "отчет.xlsx": now } : {}).goalsOf);
      expect(paired?.pairs).toEqual([]);
      expect(paired?.changed).toEqual([{ report: { file: "отчет.xlsx", sheet: "Отчет 2023" }, plan: { file: "план.xlsx", sheet: "План 2023" } }]);
      expect(pairingLists(paired as Pairing, "bg")).toContainEqual({
        heading: "Отчети, чийто файл се промени или не можа да се прочете отново за сверката — не са сверени; проверете ги пак:",
        items: ["отчет.xlsx — лист „Отчет 2023“ ← план.xlsx — лист „План 2023“"],
      });
      expect((report as { reports: Report[] }).reports[0]?.plan).toBeUndefined();
    }
  });

  it("counts a plan reconciled inside its own workbook as having its report", async () => {
    const both = await checked("двата.xlsx", planOf(cleanSheet(), "План 2023"), cleanSheet());
    const pairing = new PlanPairing();
    for (const result of [both, await checked("видин.xlsx", reportOf("Областна администрация Видин"))]) pairing.take(result);
    expect(both).not.toHaveProperty("goals");
    const { goalsOf, asked } = goalsOver({});
    expect(await pairing.pair("bg", goalsOf)).toEqual({
      pairs: [],
      manyPlans: [],
      tooLarge: [],
      changed: [],
      reportsAlone: [{ file: "видин.xlsx", sheet: "Отчет 2023" }],
      plansAlone: [],
    });
    expect(asked).toEqual([]);
  });

  it("leaves a pair too large to reconcile outside a worker unreconciled, and names it", async () => {
    const plan = await checked("план.xlsx", planOf(cleanSheet(), "План 2023"));
    const report = await checked("отчет.xlsx", cleanSheet());
    // Goals enough to pass the limit, made from the real ones: plain data, as a worker would hand them back.
    const widen = (goals: GoalSheet, count: number) => {
      goals.goals = Array.from({ length: count }, (_, i) => ({ ...(goals.goals[i % goals.goals.length] as GoalSheet["goals"][number]), row: 8 + i }));
    };
    widen((plan as { goals: GoalSheet[] }).goals[0] as GoalSheet, 1_001);
    const pairing = new PlanPairing();
    pairing.take(plan);
    pairing.take(report);
    const { goalsOf } = goalsOver({ "отчет.xlsx": [cleanSheet()] });
    const result = await pairing.pair("bg", async (file) => {
      const goals = await goalsOf(file);
      widen(goals?.[0] as GoalSheet, Math.ceil(MAX_GOAL_PAIRS / 1_001) + 1);
      return goals;
    });
    expect(result?.pairs).toEqual([]);
    expect(result?.tooLarge).toEqual([{ report: { file: "отчет.xlsx", sheet: "Отчет 2023" }, plan: { file: "план.xlsx", sheet: "План 2023" }, goals: 1_001 + Math.ceil(MAX_GOAL_PAIRS / 1_001) + 1 }]);
    expect((report as { reports: Report[] }).reports[0]?.plan).toBeUndefined();
  });
});

/** Issues as the report lists them: row by row, left to right. */
function byRow(a: string, b: string): number {
  const place = (s: string) => /@([A-Z]+)(\d+)$/.exec(s) as RegExpExecArray;
  const [, colA, rowA] = place(a);
  const [, colB, rowB] = place(b);
  return Number(rowA) - Number(rowB) || (colA as string).localeCompare(colB as string);
}
