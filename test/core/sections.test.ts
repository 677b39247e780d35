// Tables as administrations really fill them: goals grouped under heading rows and numbered 1.1., 1.2., 2.1., a
// totals row and a notes row under the table. None of those rows is a goal, none gets an issue, and the roll-up
// counts what a careful person would count.
import type { FormRow } from "../fixtures/builder";
import { checkOne, issuesOf, ruleCells } from "../fixtures/check";
import { cleanRows, cleanSheet } from "../fixtures/clean";
import { groupedUnder } from "../fixtures/grouped";
import { blagoevgrad2024 } from "../fixtures/reference/blagoevgrad2024";

const PRIORITY_1 = "Приоритет 1. Ефективно, прозрачно и отговорно управление";
const PRIORITY_2 = "Приоритет 2. Регионално развитие и сътрудничество";

/** The clean report's three goals under two headings, numbered 1.1., 1.2., 2.1. */
function grouped(secondHeading: FormRow = { heading: PRIORITY_2 }): FormRow[] {
  const [first, second, third] = cleanRows as [FormRow, FormRow, FormRow];
  return [
    { heading: PRIORITY_1 },
    { ...first, no: "1.1." },
    { ...second, no: "1.2." },
    secondHeading,
    { ...third, no: "2.1." },
  ];
}

describe("heading rows", () => {
  test("merged across the table: not goals, no issues, the same roll-up, goals counted per heading", async () => {
    const clean = await checkOne(cleanSheet());
    const report = await checkOne(cleanSheet({ rows: grouped() }));
    expect(ruleCells(report)).toEqual([]);
    expect({ ...report.rollup, bySection: [] }).toEqual(clean.rollup);
    expect(report.rollup.bySection).toEqual([
      { section: PRIORITY_1, cell: "A8", goals: 2, fulfilled: 1 },
      { section: PRIORITY_2, cell: "A11", goals: 1, fulfilled: 0 },
    ]);
  });

  test("typed in the first column only, or in the goal's column with a heading's words", async () => {
    for (const second of [
      { heading: PRIORITY_2, headingMerged: false },
      { goal: "Стратегическа цел 2: Регионално развитие" },
      { goal: "II. Регионално развитие и сътрудничество" },
    ] as FormRow[]) {
      const report = await checkOne(cleanSheet({ rows: grouped(second) }));
      expect(ruleCells(report)).toEqual([]);
      expect(report.rollup.goals).toBe(3);
      expect(report.rollup.bySection.map((s) => s.goals)).toEqual([2, 1]);
    }
  });

  test("a goal with only its text typed in stays a goal, with what it lacks pointed out", async () => {
    const rows = [...cleanRows, { goal: "Подобряване на административното обслужване в областта" }];
    const report = await checkOne(cleanSheet({ rows }));
    expect(report.rollup.goals).toBe(4);
    expect(ruleCells(report)).toContain("row.numberMissing@A11");
    expect(report.rollup.bySection).toEqual([]);
  });

  test("Благоевград 2024 grouped under three headings: the same goals and completion, no issue on a heading", async () => {
    const plain = await checkOne(blagoevgrad2024);
    const headings = new Map([
      [1, "Приоритет 1. Прозрачност и достъп до информация"],
      [6, "Приоритет 2. Качествено административно обслужване"],
      [11, "Приоритет 3. Регионално развитие"],
    ]);
    const sheet = groupedUnder(blagoevgrad2024, headings);
    const report = await checkOne(sheet);
    expect(report.rollup.goals).toBe(plain.rollup.goals);
    expect(report.rollup.completionPercent).toBe(plain.rollup.completionPercent);
    expect(report.rollup.bySection.map((s) => [s.section, s.goals])).toEqual([
      ["Приоритет 1. Прозрачност и достъп до информация", 5],
      ["Приоритет 2. Качествено административно обслужване", 5],
      ["Приоритет 3. Регионално развитие", 5],
    ]);
    // The same issues, moved down by the heading rows, and none on a heading or about the numbering.
    expect(report.issues.map((i) => i.rule).sort()).toEqual(plain.issues.map((i) => i.rule).sort());
    const headingRows = report.rollup.bySection.map((s) => s.cell.replace(/^[A-Z]+/, ""));
    expect(report.issues.filter((i) => headingRows.includes(i.cell.replace(/^[A-Z]+/, "")))).toEqual([]);
  });
});

describe("numbering under headings", () => {
  test("1.1., 1.3. is out of sequence, with the number expected", async () => {
    const rows = grouped().map((row) => (row.no === "1.2." ? { ...row, no: "1.3." } : row));
    const report = await checkOne(cleanSheet({ rows }));
    expect(issuesOf(report, "row.numberSequence").map((i) => [i.cell, i.message])).toEqual([
      ["A10", "„Ред №“ е 1.3, а след 1.1 се очаква 1.2"],
    ]);
  });
});

describe("totals and notes rows", () => {
  const totals = (amount: number | string): FormRow[] => [
    ...cleanRows,
    { no: "ОБЩО:", amount, progressInfo: "Изпълнени 1 от 3 цели" },
    { no: "Забележка: сумите са без ДДС; целите по приоритети са в Приложение №1." },
    { goal: "* Източник: бюджет на Областна администрация Хасково за 2023 г." },
  ];

  test("are not goals: a stated total that matches, a note and a footnote raise nothing", async () => {
    const clean = await checkOne(cleanSheet());
    const report = await checkOne(cleanSheet({ rows: totals("266 305,48") }));
    expect(ruleCells(report)).toEqual([]);
    expect(report.rollup).toEqual(clean.rollup);
  });
});
