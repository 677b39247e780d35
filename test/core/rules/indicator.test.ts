import { checkOne, issuesOf, ruleCells } from "../../fixtures/check";
import { SPAN_FIELDS, type FormRow } from "../../fixtures/builder";
import { cleanRows, cleanSheet, cleanWith } from "../../fixtures/clean";
import { haskovo2023 } from "../../fixtures/reference/haskovo2023";

const clean = () => checkOne(cleanSheet());

describe("indicator.missing", () => {
  it("is an error on a goal with no indicator name", async () => {
    expect(ruleCells(await checkOne(cleanWith(0, { indicator: null })), "indicator.")).toEqual(["indicator.missing@F8"]);
  });

  it("is not raised when the name is on the goal's second row", async () => {
    const rows = [
      { ...cleanRows[0]!, indicator: null, currentValue: null, targetValue: null, span: 2 },
      { indicator: "Брой изградени портали", currentValue: "0 бр.", targetValue: "1 бр." },
      ...cleanRows.slice(1),
    ];
    expect(ruleCells(await checkOne(cleanSheet({ rows })), "indicator.")).toEqual([]);
  });
});

describe("indicator.currentMissing and indicator.targetMissing", () => {
  it("warn for an empty current value and stop the report for an empty target (Благоевград, goal 9)", async () => {
    const report = await checkOne(cleanWith(1, { currentValue: null, targetValue: null }));
    expect(report.issues.map((i) => `${i.rule}@${i.cell}:${i.severity}`)).toEqual([
      "indicator.currentMissing@G9:warning",
      "indicator.targetMissing@H9:error",
    ]);
  });

  it("are not raised when there is no indicator to measure (that is indicator.missing)", async () => {
    const report = await checkOne(cleanWith(1, { indicator: null, currentValue: null, targetValue: null }));
    expect(ruleCells(report, "indicator.")).toEqual(["indicator.missing@F9"]);
  });
});

describe("indicator.itemCountMismatch", () => {
  it("warns when the target drops a numbered item (Благоевград, goal 2)", async () => {
    const report = await checkOne(
      cleanWith(1, { currentValue: "1- 0 бр.\n2. 0%\n4. 0%\n6.- 0%\n7. - 0%", targetValue: "1.15 обучени служители\n2.100%\n4.100%\n6.100% подадени декларации" }),
    );
    const [issue] = issuesOf(report, "indicator.itemCountMismatch");
    expect(issue?.cell).toBe("H9");
    expect(issue?.message).toBe("Текущата стойност изброява 5 точки (1, 2, 4, 6, 7), а целевата — 4 (1, 2, 4, 6)");
  });

  it("is not raised when both sides list the same items", async () => {
    expect(issuesOf(await checkOne(cleanWith(1, { currentValue: "1) 0 %  2) 0%  3) 0%", targetValue: "1)100%\n2) 100 % актуална информация\n3)100%" })), "indicator.itemCountMismatch")).toEqual([]);
  });
});

describe("indicator.unitMismatch", () => {
  it("warns when an item is a percentage on one side and a count on the other", async () => {
    const report = await checkOne(cleanWith(1, { currentValue: "1) 0 бр.\n2) 0 %", targetValue: "1) 2 бр.\n2) 5 бр." }));
    expect(issuesOf(report, "indicator.unitMismatch")[0]?.message).toBe(
      "Точка 2: Текущата стойност е в проценти, а целевата — в брой",
    );
  });

  it("is not raised for a bare number against a count", async () => {
    expect(issuesOf(await checkOne(cleanWith(0, { currentValue: "0", targetValue: "4 бр." })), "indicator.unitMismatch")).toEqual([]);
  });
});

describe("indicator.percentOutOfRange", () => {
  it("is an error for a percentage above 100, also in a percent-formatted cell", async () => {
    const typed = await checkOne(cleanWith(1, { targetValue: "1) 2 бр.\n2) 110 %" }));
    expect(ruleCells(typed, "indicator.percent")).toEqual(["indicator.percentOutOfRange@H9"]);
    const formatted = await checkOne(cleanWith(0, { currentValue: { value: 0.5, numFmt: "0%" }, targetValue: { value: 1.2, numFmt: "0%" } }));
    expect(issuesOf(formatted, "indicator.percentOutOfRange")[0]?.message).toBe("Процентът 120 % е извън границите от 0 до 100");
  });

  it("is not raised for 100 % written as 1 in a percent-formatted cell", async () => {
    const report = await checkOne(cleanWith(0, { currentValue: { value: 0, numFmt: "0%" }, targetValue: { value: 1, numFmt: "0%" } }));
    expect(ruleCells(report, "indicator.")).toEqual([]);
  });
});

describe("indicator.targetEqualsCurrent", () => {
  it("warns when no change is planned (Хасково, goal 6: 0 → 0)", async () => {
    const report = await checkOne(cleanWith(2, { currentValue: 0, targetValue: 0 }));
    expect(issuesOf(report, "indicator.targetEqualsCurrent").map((i) => i.message)).toEqual([
      "Целевата стойност е равна на текущата (0): не е планирана промяна",
    ]);
  });

  it("is not raised when a later quantity in the same item changes (Хасково, goal 5)", async () => {
    const report = await checkOne(
      cleanWith(0, {
        currentValue: "Проверки на речни участъци - 0 бр.; Проведени заседания на ОСНРБ. Завършена класификация на язовир",
        targetValue: "Проверки на речни участъци - 0 бр.; Проведени заседания на ОСНРБ - 2 бр. Завършена класификация на язовир",
      }),
    );
    expect(issuesOf(report, "indicator.targetEqualsCurrent")).toEqual([]);
  });

  it("is not raised when the same number counts something else (Хасково, goal 3: 2 projects in progress → 2 done)", async () => {
    const [goal3] = haskovo2023.rows.filter((row) => row.no === 3);
    const report = await checkOne({ ...haskovo2023, rows: [goal3 as FormRow] });
    expect(issuesOf(report, "indicator.targetEqualsCurrent")).toEqual([]);
    const short = await checkOne(cleanWith(1, { currentValue: "2 бр. проекти в процес", targetValue: "2 бр. реализирани" }));
    expect(issuesOf(short, "indicator.targetEqualsCurrent")).toEqual([]);
  });

  it.each([
    ["5 бр.", "5 броя"],
    ["2 обучения", "2 обучения"],
    ["70 %", "70 % от услугите онлайн"],
    ["Брой проверки: 12 бр.", "12 бр. проверки"],
  ])("is still raised for %p → %p, which say the same", async (currentValue, targetValue) => {
    const report = await checkOne(cleanWith(1, { currentValue, targetValue }));
    expect(issuesOf(report, "indicator.targetEqualsCurrent")).toHaveLength(1);
  });

  it("is not raised when one item of several changes", async () => {
    const report = await checkOne(cleanWith(1, { currentValue: "1) 2 бр.\n2) 0 %", targetValue: "1) 2 бр.\n2) 100 %" }));
    expect(issuesOf(report, "indicator.targetEqualsCurrent")).toEqual([]);
  });
});

describe("indicator.targetBelowCurrent", () => {
  it("is info for a target below its current value (2 % overdue services against 3 %)", async () => {
    const report = await checkOne(cleanWith(0, { currentValue: "3 % просрочени административни услуги", targetValue: "2% просрочия" }));
    const [issue] = issuesOf(report, "indicator.targetBelowCurrent");
    expect(issue).toMatchObject({ severity: "info", cell: "H8" });
    expect(issue?.message).toBe("Целевата стойност (2 %) е по-малка от текущата (3 %); вярно ли е?");
  });

  it("is not raised for the clean sheet's rising targets", async () => {
    expect(issuesOf(await clean(), "indicator.targetBelowCurrent")).toEqual([]);
  });
});

describe("indicator.qualitative", () => {
  it("is info, once per cell, for a value with no number (Благоевград, goal 10)", async () => {
    const report = await checkOne(cleanWith(0, { currentValue: "Одит през 2024 г.- положителна оценка" }));
    expect(report.issues.map((i) => `${i.rule}@${i.cell}:${i.severity}`)).toEqual(["indicator.qualitative@G8:info"]);
  });

  it("is not raised for counts, percentages or “не е приложимо”", async () => {
    expect(issuesOf(await checkOne(cleanWith(0, { currentValue: "не е приложимо" })), "indicator.qualitative")).toEqual([]);
    expect(issuesOf(await clean(), "indicator.qualitative")).toEqual([]);
  });
});

describe("indicator.qualitative on a value merged over several indicators", () => {
  it("is reported once, at the merged cell, not again on each indicator's row under it", async () => {
    // Goal 2 measured by three indicators, each on its own row, the values merged over the three rows as one cell.
    const measuredThrice: FormRow = {
      ...cleanRows[1]!,
      span: 3,
      spanFields: [...SPAN_FIELDS, "currentValue", "targetValue"],
      currentValue: "Одит през 2022 г. - положителна оценка",
      targetValue: "Одит през 2024 г. - положителна оценка",
    };
    const rows = [cleanRows[0]!, measuredThrice, { indicator: "Втори показател" }, { indicator: "Трети показател" }, { ...cleanRows[2]!, no: "3." }];
    const report = await checkOne(cleanSheet({ rows }));
    expect(ruleCells(report, "indicator.qualitative")).toEqual(["indicator.qualitative@G9", "indicator.qualitative@H9"]);
  });
});
