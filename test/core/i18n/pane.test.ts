import { text } from "../../../src/core/i18n/strings";

describe("the pane's words agree with their numbers", () => {
  it("says how many goals are fulfilled with the noun and the verb agreeing", () => {
    expect(text("bg", "pane.completionOf", { fulfilled: 1, goals: 3 })).toBe("1 от 3 цели е изпълнена");
    expect(text("bg", "pane.completionOf", { fulfilled: 15, goals: 15 })).toBe("15 от 15 цели са изпълнени");
    expect(text("bg", "pane.completionOf", { fulfilled: 0, goals: 1 })).toBe("0 от 1 цел са изпълнени");
    expect(text("en", "pane.completionOf", { fulfilled: 1, goals: 1 })).toBe("1 of 1 goal fulfilled");
  });

  it("names each count tile in the form its number needs", () => {
    expect([1, 2].map((count) => text("bg", "pane.count.error", { count }))).toEqual(["грешка", "грешки"]);
    // A soft hyphen lets the long word break inside a narrow tile, and only there.
    expect([1, 3].map((count) => text("bg", "pane.count.warning", { count }))).toEqual([
      "предуп\u00adреж\u00adдение",
      "предуп\u00adреж\u00adдения",
    ]);
    expect([1, 9].map((count) => text("en", "pane.count.info", { count }))).toEqual(["note", "notes"]);
  });

  it("says how many statuses the fix-all preview will change, one or more", () => {
    expect([1, 3].map((count) => text("bg", "pane.fixPreview", { count }))).toEqual([
      "Ще бъде променена 1 клетка в колоната на статуса:",
      "Ще бъдат променени 3 клетки в колоната на статуса:",
    ]);
    expect([1, 3].map((count) => text("en", "pane.fixPreview", { count }))).toEqual([
      "1 cell in the status column will change:",
      "3 cells in the status column will change:",
    ]);
  });

  it("keeps №2 with its word", () => {
    expect(text("bg", "pane.title")).toBe("Проверка на Приложение\u00a0№2");
  });
});
