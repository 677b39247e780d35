import { FIELD_KEYS } from "../../../src/core";
import { checkBuilt, checkOne, issuesOf, ruleCells } from "../../fixtures/check";
import { cleanRows, cleanSheet } from "../../fixtures/clean";

describe("layout.notFound", () => {
  it("is the one issue of a workbook where no sheet holds the table", async () => {
    const reports = await checkBuilt([
      { name: "Бележки", cells: { A1: "Отчет на ежегодните цели", B3: "Ред №", C3: "Цел" } },
      { name: "Списък", cells: { A1: "Изпълнена", A2: "Неизпълнена" } },
    ]);
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report?.form).toBe("unknown");
    expect(report?.layout.found).toBe(false);
    expect(report?.issues.map((i) => i.rule)).toEqual(["layout.notFound"]);
    expect(report?.rollup.goals).toBe(0);
  });

  it("is not raised when the form is on the second sheet, beside others", async () => {
    const reports = await checkBuilt([{ name: "Указания", cells: { A1: "Попълнете таблицата" } }, cleanSheet()]);
    expect(reports.map((r) => r.sheet)).toEqual(["Отчет 2023"]);
    expect(reports[0]?.issues).toEqual([]);
  });
});

describe("layout.columnMissing", () => {
  it("names each missing column, in Bulgarian", async () => {
    const fields = FIELD_KEYS.filter((f) => f !== "responsible" && f !== "fundingSource");
    const report = await checkOne(cleanSheet({ fields }));
    const missing = issuesOf(report, "layout.columnMissing");
    expect(missing.map((i) => i.message)).toEqual([
      "Липсва колона „Източник на финансиране“",
      "Липсва колона „Отговорно звено“",
    ]);
    expect(missing.every((i) => i.severity === "error")).toBe(true);
  });

  it("is not raised when a header is worded differently but still says what it is", async () => {
    const report = await checkOne(
      cleanSheet({
        headers: {
          no: "Ред  №",
          responsible: "Отговорно\nзвено",
          indicator: "Наименование на индикатора за изпълнение на ежегодната цел",
          status: "Статус на изпълнението 12",
        },
      }),
    );
    expect(ruleCells(report, "layout.")).toEqual([]);
  });
});

describe("layout.columnUnknown", () => {
  it("points at a column that is none of the fields", async () => {
    const report = await checkOne(cleanSheet({ extraHeaders: ["Бележки на проверяващия"] }));
    expect(ruleCells(report, "layout.")).toEqual(["layout.columnUnknown@O5"]);
    expect(issuesOf(report, "layout.columnUnknown")[0]?.message).toContain("Бележки на проверяващия");
  });

  it("is not raised for the status list beside the table", async () => {
    const report = await checkOne(cleanSheet({ statusList: true }));
    expect(ruleCells(report, "layout.")).toEqual([]);
  });
});

describe("layout.columnOrder", () => {
  it("warns once when columns are swapped, naming both", async () => {
    const fields = [...FIELD_KEYS];
    [fields[11], fields[12]] = [fields[12] as never, fields[11] as never]; // status before responsible
    const report = await checkOne(cleanSheet({ fields }));
    const order = issuesOf(report, "layout.columnOrder");
    expect(order).toHaveLength(1);
    expect(order[0]?.message).toBe(
      "Колоните не са в реда на образеца: „Статус на изпълнението“ трябва да е след „Отговорно звено“",
    );
    // Columns are found by their header, so the swapped sheet still reads every status.
    expect(report.layout.columns.status).toBe("L");
    expect(report.rollup.byStatus.fulfilled).toBe(1);
    expect(issuesOf(report, "status.missing")).toEqual([]);
  });

  it("is not raised for the template's order", async () => {
    expect(issuesOf(await checkOne(cleanSheet()), "layout.columnOrder")).toEqual([]);
  });
});

describe("layout.yearMismatch", () => {
  it("warns when the headers carry last year's template", async () => {
    const report = await checkOne(
      cleanSheet({ above: ["Отчет на ежегодните цели на администрацията за 2024 г.", ...(cleanSheet().above ?? []).slice(1)] }),
    );
    const mismatch = issuesOf(report, "layout.yearMismatch");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]?.message).toContain("2024, 2023");
    expect(report.layout.year).toBe(2024);
  });

  it("is not raised when title and headers agree", async () => {
    expect(issuesOf(await checkOne(cleanSheet()), "layout.yearMismatch")).toEqual([]);
  });
});

describe("layout.planForm", () => {
  const planFields = FIELD_KEYS.filter((f) => f !== "status" && f !== "progressInfo");

  it("recognises the plan (Приложение №1) and does not ask for status or progress", async () => {
    const report = await checkOne(
      cleanSheet({
        fields: planFields,
        above: ["Приложение №1", "План за ежегодните цели на администрацията за 2023 г."],
        rows: cleanRows.map(({ status: _s, progressInfo: _p, ...row }) => row),
      }),
    );
    expect(report.form).toBe("plan");
    expect(ruleCells(report, "layout.")).toEqual(["layout.planForm@A4"]);
    expect(issuesOf(report, "status.missing")).toEqual([]);
    expect(issuesOf(report, "progress.missing")).toEqual([]);
    expect(report.rollup.goals).toBe(3);
  });

  it("is not raised for a report that lacks only its status column", async () => {
    const report = await checkOne(cleanSheet({ fields: FIELD_KEYS.filter((f) => f !== "status") }));
    expect(report.form).toBe("report");
    expect(ruleCells(report, "layout.")).toEqual(["layout.columnMissing@A5"]);
  });
});
