/** Finding the form on real-looking sheets: both wordings, their variations, and sheets that are not the form. */
import { FIELD_KEYS } from "../../../src/core";
import { checkBuilt, checkOne, issuesOf, ruleCells } from "../../fixtures/check";
import { cleanRows, cleanSheet } from "../../fixtures/clean";
import { blagoevgrad2024 } from "../../fixtures/reference/blagoevgrad2024";
import { haskovo2023 } from "../../fixtures/reference/haskovo2023";

const ALL_COLUMNS = Object.fromEntries(FIELD_KEYS.map((field, i) => [field, String.fromCharCode(65 + i)]));

describe("the 2024 and 2023 wordings", () => {
  it("finds the 2024 table (Благоевград) with its numbering row", async () => {
    const report = await checkOne(blagoevgrad2024);
    expect(report.layout).toMatchObject({ found: true, headerRows: [5, 6], firstDataRow: 8, year: 2024 });
    expect(report.layout.columns).toEqual(ALL_COLUMNS);
  });

  it("finds the 2023 table (Хасково) with no numbering row", async () => {
    const report = await checkOne(haskovo2023);
    expect(report.layout).toMatchObject({ found: true, headerRows: [5, 6], firstDataRow: 7, year: 2023 });
    expect(report.layout.columns).toEqual(ALL_COLUMNS);
    expect(ruleCells(report, "layout.")).toEqual([]);
  });
});

describe("header variations seen in real reports", () => {
  it.each([
    ["text broken over lines", { goal: "Ежегодна цел\n(за 2023 г.)", status: "Статус на\nизпълнението" }],
    ["doubled spaces", { indicator: "Наименование  на показателя за изпълнение на  ежегодната цел", responsible: "Отговорно  звено" }],
    ["“индикатор” for “показател”", { indicator: "Наименование на индикатора за изпълнение на ежегодната цел", strategicIndicator: "Индикатор от стратегическия документ" }],
    ["the column number stuck to the header", { goal: "2.Ежегодна цел (за 2023 г.)", responsible: "Отговорно звено12", progressInfo: "Кратка информация за хода на изпълнение на ежегодната цел за 2023 г.14" }],
    ["Latin look-alike letters", { status: "Cтатус на изпълнението", responsible: "Отговорно звенo" }],
  ])("reads every column with %s", async (_, headers) => {
    const report = await checkOne(cleanSheet({ headers }));
    expect(report.layout.columns).toEqual(ALL_COLUMNS);
    expect(report.issues).toEqual([]);
  });

  it("finds the fields under a group header whose sub-headers are missing", async () => {
    const report = await checkOne(cleanSheet({ headers: { currentValue: "", targetValue: "" } }));
    expect(report.layout.columns).toMatchObject({ currentValue: "G", targetValue: "H" });
    expect(report.issues).toEqual([]);
  });

  it("finds a table that starts in column C under twenty lines of text", async () => {
    const above = [...Array.from({ length: 17 }, (_, i) => `Указание ${i + 1}: попълнете всички колони.`), ...(cleanSheet().above ?? [])];
    const report = await checkOne(cleanSheet({ above, startCol: 3 }));
    expect(report.layout.headerRows).toEqual([22, 23]);
    expect(report.layout.columns.no).toBe("C");
    expect(report.layout.columns.progressInfo).toBe("P");
    expect(report.issues).toEqual([]);
    expect(report.rollup.goals).toBe(3);
  });

  it("does not look for the header beyond the first 30 rows", async () => {
    const above = Array.from({ length: 31 }, (_, i) => `Ред ${i + 1} от указанията`);
    const [report] = await checkBuilt([cleanSheet({ above })]);
    expect(report?.issues.map((i) => i.rule)).toEqual(["layout.notFound"]);
  });
});

describe("what surrounds the table", () => {
  it("does not take signature lines under the table, or the status list beside it, for goals", async () => {
    const report = await checkOne(
      cleanSheet({ statusList: true, below: ["Изготвил: …………… /М. Иванова/", "Областен управител: ……………"] }),
    );
    expect(report.issues).toEqual([]);
    expect(report.rollup.goals).toBe(3);
    expect(report.layout.lastDataRow).toBe(10);
  });

  it("reads the approval block above the title without taking it for the administration", async () => {
    const report = await checkOne(haskovo2023);
    expect(report.layout.administration).toBe("Областна администрация на област Хасково");
    expect(issuesOf(report, "meta.administrationMissing")).toEqual([]);
  });

  it("skips other sheets and reports each sheet that holds the form", async () => {
    const reports = await checkBuilt([
      { name: "Указания", cells: { A1: "Как се попълва Приложение №2", A2: "Ред № — пореден номер на целта" } },
      cleanSheet({ name: "Отчет" }),
      { ...haskovo2023, name: "Отчет 2023 (копие)" },
    ]);
    expect(reports.map((r) => r.sheet)).toEqual(["Отчет", "Отчет 2023 (копие)"]);
  });
});

describe("sheets that are not the report", () => {
  it("does not take another table with “№” and “Индикатор” columns for the form (план за действие, Благоевград 2017)", async () => {
    const [report] = await checkBuilt([
      {
        name: "План",
        cells: {
          A1: "ПЛАН ЗА ДЕЙСТВИЕ НА ОБЛАСТНИЯ ОБЩЕСТВЕН СЪВЕТ ЗА ПРЕВЕНЦИЯ И ПРОТИВОДЕЙСТВИЕ НА КОРУПЦИЯТА ЗА 2017 ГОДИНА",
          A3: "№",
          B3: "Мярка",
          C3: "Срок",
          D3: "Отговорник",
          E3: "Индикатор за оценка на изпълнението",
          F3: "Резултат",
          A4: "1.",
          B4: "Обобщаване на докладите от териториалните звена",
          C4: "Декември 2017 г.",
          D4: "Главен секретар",
        },
      },
    ]);
    expect(report?.form).toBe("unknown");
    expect(report?.issues.map((i) => i.rule)).toEqual(["layout.notFound"]);
  });

  it("recognises the plan form by its missing report columns, even without a title", async () => {
    const fields = FIELD_KEYS.filter((f) => f !== "status" && f !== "progressInfo");
    const report = await checkOne(cleanSheet({ above: [], fields, rows: cleanRows.map(({ status: _s, progressInfo: _p, ...r }) => r) }));
    expect(report.form).toBe("plan");
    expect(report.rollup.byStatus.missing).toBe(3);
  });
});
