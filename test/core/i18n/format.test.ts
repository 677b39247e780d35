import { fill, pluralOf } from "../../../src/core/i18n/format";

describe("fill", () => {
  it("fills named placeholders and leaves a missing one visible", () => {
    expect(fill("Цели: {goals} · изпълнени {fulfilled}", { goals: 15, fulfilled: 14 })).toBe("Цели: 15 · изпълнени 14");
    expect(fill("ред {row}", {})).toBe("ред {row}");
  });

  it("makes nouns and verbs agree with their count, in Bulgarian and English", () => {
    const bg = "{errors:# грешка|# грешки}; {fulfilled} от {goals:# цел|# цели} {fulfilled:е изпълнена|са изпълнени}";
    expect(fill(bg, { errors: 1, fulfilled: 1, goals: 3 }, "bg")).toBe("1 грешка; 1 от 3 цели е изпълнена");
    expect(fill(bg, { errors: 2, fulfilled: 0, goals: 1 }, "bg")).toBe("2 грешки; 0 от 1 цел са изпълнени");
    expect(fill(bg, { errors: 0, fulfilled: 21, goals: 21 }, "bg")).toBe("0 грешки; 21 от 21 цели са изпълнени");
    expect(fill("{issues:# issue|# issues}", { issues: 1 }, "en")).toBe("1 issue");
    expect(fill("{issues:# issue|# issues}", { issues: 1.5 }, "en")).toBe("1.5 issues");
    expect(fill("{issues:# issue|# issues}", {}, "en")).toBe("{issues:# issue|# issues}");
  });

  it("chooses by Intl.PluralRules", () => {
    expect([0, 1, 2, 5, 11, 21].map((n) => pluralOf("bg", n))).toEqual(["other", "one", "other", "other", "other", "other"]);
  });
});
