import { checkOne, issuesOf, ruleCells } from "../../fixtures/check";
import { cleanRows, cleanSheet, cleanWith } from "../../fixtures/clean";

describe("status.missing", () => {
  it("is an error on a goal with no status, which counts as missing", async () => {
    const report = await checkOne(cleanWith(1, { status: null }));
    expect(ruleCells(report, "status.")).toEqual(["status.missing@M9"]);
    expect(report.rollup.byStatus).toMatchObject({ fulfilled: 0, missing: 1 });
  });

  it("is not raised when every goal has one of the three statuses", async () => {
    expect(issuesOf(await checkOne(cleanWith(0, {})), "status.missing")).toEqual([]);
  });
});

describe("status.invalid", () => {
  it.each([
    ["Изпълнeна", "Изпълнена"], // Latin e
    ["изпълнено", "Изпълнена"],
    ["  Изпълнена ", "Изпълнена"],
    ["ИЗПЪЛНЕНА", "Изпълнена"],
    ["не е изпълнена", "Неизпълнена"],
    ["B процес на изпълнение", "В процес на изпълнение"], // Latin B
    ["в процес", "В процес на изпълнение"],
    ["Изпълнана", "Изпълнена"],
  ])("flags “%s” and suggests “%s”", async (typed, suggestion) => {
    const report = await checkOne(cleanWith(1, { status: typed }));
    const [issue, ...more] = issuesOf(report, "status.invalid");
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ cell: "M9", severity: "error", field: "status", suggestion });
    expect(issue?.message).toContain(`„${typed.trim()}“`);
    expect(report.rollup.byStatus).toMatchObject({ fulfilled: 0, invalid: 1 });
  });

  it("offers no suggestion when no status is clearly meant", async () => {
    const [issue] = issuesOf(await checkOne(cleanWith(1, { status: "отложена" })), "status.invalid");
    expect(issue?.suggestion).toBeUndefined();
  });

  it("is not raised for the exact values", async () => {
    const report = await checkOne(cleanWith(0, { status: "Изпълнена" }));
    expect(issuesOf(report, "status.invalid")).toEqual([]);
    expect(report.rollup.byStatus.fulfilled).toBe(2);
  });
});

describe("status.invisibleCharacter", () => {
  it.each([
    ["Изпълнена\u200B", "Изпълнена", "интервал с нулева ширина (U+200B)"],
    ["В процес на\u00A0изпълнение", "В процес на изпълнение", "непрекъсваем интервал (U+00A0)"],
    ["\uFEFFНеизпълнена", "Неизпълнена", "знак за ред на байтовете (U+FEFF)"],
    ["Изпъл\u00ADнена", "Изпълнена", "меко тире (U+00AD)"],
    ["Изпълнена\u3000", "Изпълнена", "особен интервал (U+3000)"],
    ["\u202EИзпълнена", "Изпълнена", "знак за посока на текста (U+202E)"],
    ["Изпълнена_x001B_", "Изпълнена", "управляващ знак (U+001B)"], // how a workbook stores an ESC
    ["Изпълнена\u2063", "Изпълнена", "форматиращ знак (U+2063)"],
  ])("names the character in %j, shows the status as it looks, and suggests „%s“", async (typed, looks, named) => {
    const report = await checkOne(cleanWith(1, { status: typed }));
    expect(issuesOf(report, "status.invalid")).toEqual([]);
    const [issue, ...more] = issuesOf(report, "status.invisibleCharacter");
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ cell: "M9", severity: "error", field: "status", suggestion: looks });
    expect(issue?.message).toBe(
      `Статусът „${looks}“ съдържа невидим знак — ${named} — и затова не съвпада с допустимите; ` +
        "изтрийте съдържанието на клетката и въведете статуса наново",
    );
    // It is still not a valid status: the goal counts as one with an invalid status, as Excel's drop-down would say.
    expect(report.rollup.byStatus).toMatchObject({ fulfilled: 0, invalid: 1 });
  });

  it("names every kind of invisible character once, in English with --lang en", async () => {
    const report = await checkOne(cleanWith(1, { status: "\u200BИзпълнена\u200B\u00A0" }), { lang: "en" });
    const [issue] = issuesOf(report, "status.invisibleCharacter");
    expect(issue?.message).toBe(
      "The status “Изпълнена” holds an invisible character — a zero-width space (U+200B) and a non-breaking space " +
        "(U+00A0) — so it does not match the allowed values; clear the cell and type the status again",
    );
  });

  it("is not raised for a misspelling with only plain spaces, which stays status.invalid", async () => {
    const report = await checkOne(cleanWith(1, { status: "  Изпълнeна " }));
    expect(ruleCells(report, "status.")).toEqual(["status.invalid@M9"]);
  });
});

describe("progress.missing", () => {
  it("is an error for a goal in progress or not fulfilled, a warning for a fulfilled one", async () => {
    const inProgress = await checkOne(cleanWith(0, { progressInfo: null }));
    expect(issuesOf(inProgress, "progress.missing").map((i) => `${i.severity}@${i.cell}`)).toEqual(["error@N8"]);
    const notFulfilled = await checkOne(cleanWith(2, { progressInfo: "  " }));
    expect(issuesOf(notFulfilled, "progress.missing").map((i) => i.severity)).toEqual(["error"]);
    const fulfilled = await checkOne(cleanWith(1, { progressInfo: null }));
    const [issue] = issuesOf(fulfilled, "progress.missing");
    expect(issue?.severity).toBe("warning");
    expect(issue?.message).toBe("Няма кратка информация за хода на изпълнение (статус „Изпълнена“)");
  });

  it("is not raised when the note is on the second row of a goal merged over two rows", async () => {
    const sheet = (note: string | null) =>
      cleanSheet({
        rows: [
          { ...cleanRows[0]!, progressInfo: null, span: 2, spanFields: ["no", "goal", "responsible", "status"] },
          { indicator: "Дял на попълнената информация", currentValue: "0 %", targetValue: "100 %", progressInfo: note },
          ...cleanRows.slice(1),
        ],
      });
    expect(issuesOf(await checkOne(sheet("Порталът е изграден.")), "progress.missing")).toEqual([]);
    expect(ruleCells(await checkOne(sheet(null)), "progress.")).toEqual(["progress.missing@N8"]);
  });
});

describe("responsible.missing", () => {
  it("is an error on a goal with no responsible unit", async () => {
    expect(ruleCells(await checkOne(cleanWith(2, { responsible: null })), "responsible.")).toEqual([
      "responsible.missing@L10",
    ]);
  });

  it("is not raised when the unit is written in any of the usual ways", async () => {
    const report = await checkOne(cleanWith(2, { responsible: "Дирекция АПОФУС Дирекция АКРРДС" }));
    expect(issuesOf(report, "responsible.missing")).toEqual([]);
  });
});
