import { isNotApplicable } from "../../../src/core/values/notApplicable";

describe("isNotApplicable", () => {
  it.each([
    "не е приложимо",
    "Не е приложимо",
    "Не е приложимо.",
    "НЕ Е ПРИЛОЖИМО",
    "  не  е\u00A0приложимо ",
    "неприложимо",
    "Неприложимо.",
    "не приложимо",
    "не е приложима",
    "не се прилага",
    "н/п",
    "Н/П",
    "н / п",
    "н.п.",
    "н.п",
    "-",
    "—",
    "–",
    "--",
    " - ",
    "n/a",
    "N/A",
    "N/A.",
    "not applicable",
    "нe e приложимо", // Latin "e" twice, typed on the wrong keyboard layout
  ])("recognises %j", (text) => {
    expect(isNotApplicable(text)).toBe(true);
  });

  it.each([
    "",
    "   ",
    "0",
    "0 бр.",
    "-5",
    "- 1 бр.",
    "приложимо",
    "не е приложимо за 2024 г., 2 бр. за 2025 г.",
    "Одит през 2024 г.- положителна оценка",
    "н/п/р",
  ])("does not take %j for not applicable", (text) => {
    expect(isNotApplicable(text)).toBe(false);
  });
});
