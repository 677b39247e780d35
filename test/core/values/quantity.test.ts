import { findQuantity, type Quantity } from "../../../src/core/values/quantity";

const percent = (value: number): Quantity => ({ unit: "percent", value });
const count = (value: number): Quantity => ({ unit: "count", value });
const number = (value: number): Quantity => ({ unit: "number", value });
const bgn = (value: number): Quantity => ({ unit: "money", value, currency: "BGN" });
const eur = (value: number): Quantity => ({ unit: "money", value, currency: "EUR" });

describe("findQuantity: percentages", () => {
  it.each([
    ["0 %", percent(0)],
    ["0%", percent(0)],
    ["100 %", percent(100)],
    ["100\u00A0%", percent(100)],
    ["97% удовлетвореност /проучване 2023/", percent(97)],
    ["98% удовлетвореност /проучване 2024/", percent(98)],
    ["2% просрочия на административните услуги", percent(2)],
    ["100 % спазени стандарти в АО", percent(100)],
    ["Проверени са всички решения 100%", percent(100)],
    ["WEB електронна поща къв ДХЧО - 100% от служителите.", percent(100)],
    ["12.5%", percent(12.5)],
    ["0,5 %", percent(0.5)],
    ["100 процента", percent(100)],
    ["-5%", percent(-5)],
    ["150%", percent(150)],
  ])("%j -> %j", (text, expected) => {
    expect(findQuantity(text)).toEqual(expected);
  });

  it("needs a number: '% изпълнени мерки' states no quantity", () => {
    expect(findQuantity("% изпълнени мерки")).toBeUndefined();
    expect(findQuantity("% изпълнени мерки от утвърдената План-програма за 2024 г.")).toBeUndefined();
  });
});

describe("findQuantity: counts", () => {
  it.each([
    ["0 бр.", count(0)],
    ["1 бр.", count(1)],
    ["4 бр.", count(4)],
    ["1бр.", count(1)],
    ["2 бр", count(2)],
    ["0 броя", count(0)],
    ["1 брой", count(1)],
    ["2 броя проверки", count(2)],
    ["Бр. 3 бр.", count(3)],
    ["0\nброя", count(0)],
    ["Годишен доклад за 2023 г. - 1бр.", count(1)],
    ["Годишен доклад за ОА Благоевград за БДП за 2023 г. - 1бр.\nОбластна план-програма за 2024 г.", count(1)],
    ["Риск регистър за сигурността на информацията - 1 бр.", count(1)],
    ["Проведени заседания на ОСНРБ - 2 бр.", count(2)],
    ["съобразен с потребностите и изискванията на бизнеса-1 бр.", count(1)],
    ["Брой тежки ПТП - за 2023 г. - 313 бр., за 2024 г. - 279 бр.", count(313)],
    ["2 000 бр.", count(2000)],
  ])("%j -> %j", (text, expected) => {
    expect(findQuantity(text)).toEqual(expected);
  });

  it("does not read a unit into a longer word", () => {
    expect(findQuantity("Раздадени 2 брошури")).toBeUndefined();
    expect(findQuantity("2 брошури")).toEqual(number(2));
  });
});

describe("findQuantity: bare numbers", () => {
  it.each([
    ["0", number(0)],
    ["10", number(10)],
    ["8", number(8)],
    ["120000", number(120000)],
    ["2 проверки", number(2)],
    ["15 обучени служители - специализирани обучения. 30 обучени служители", number(15)],
    ["1 /един/ паметник", number(1)],
    ["- 4", number(4)],
    ["-4", number(-4)],
    ["1,320.50", number(1320.5)],
    ["2024", number(2024)],
  ])("%j at the start of the item -> %j", (text, expected) => {
    expect(findQuantity(text)).toEqual(expected);
  });

  it.each([
    "ПМС №368/30.10.2024",
    "С ПМС №368/30.10.2024 г. средствата са одобрени",
    "Приоритет 10.1 Добро управление",
    "Заседания на Областна комисия - 0 Годишен доклад за 2023 год. - 0",
    "Изградена 1 система",
    "П10. Институционална рамка",
    "СЦ1: Трансформиране на администрацията",
    "решенията на 14-те общински съвети",
  ])("%j has no quantity: a bare number inside text is not one", (text) => {
    expect(findQuantity(text)).toBeUndefined();
  });

  it("does not take a number glued to a word for a quantity", () => {
    expect(findQuantity("3D модел")).toBeUndefined();
    expect(findQuantity("5G мрежа")).toBeUndefined();
  });

  it("does not let a code glued to a word start a number: 'СЦ1 100%' is 100 %, not 1 100 %", () => {
    expect(findQuantity("СЦ1 100% изпълнени мерки")).toEqual(percent(100));
    expect(findQuantity("Приоритет П10 50 %")).toEqual(percent(50));
  });

  it("does not read a fraction or reference number", () => {
    expect(findQuantity("1/3 от общините")).toBeUndefined();
  });
});

describe("findQuantity: years are never quantities", () => {
  it.each([
    "Одит през 2024 г.- положителна оценка",
    "2024 г.",
    "2024г.",
    "2023 год.",
    "2024 година",
    "2021-2027",
    "2021 - 2027",
    "2021–2027",
    "/проучване 2023/",
    "(2023)",
    "2023/2024 учебна година",
  ])("%j", (text) => {
    expect(findQuantity(text)).toBeUndefined();
  });

  it("skips a year and takes the quantity after it", () => {
    expect(findQuantity("Годишен доклад за 2023 г. - 1бр.")).toEqual(count(1));
    expect(findQuantity("Стратегия 2021-2027: 100 %")).toEqual(percent(100));
    expect(findQuantity("2024 г. - 2 бр.")).toEqual(count(2));
  });

  it("still reads a year-shaped number with a unit", () => {
    expect(findQuantity("2000 лв.")).toEqual(bgn(2000));
    expect(findQuantity("2023 бр.")).toEqual(count(2023));
  });
});

describe("findQuantity: money", () => {
  it.each([
    ["1 320 лв.", bgn(1320)],
    ["1\u00A0320 лв.", bgn(1320)],
    ["120 000,00 лв", bgn(120000)],
    ["146305,48 лева", bgn(146305.48)],
    ["1320лв", bgn(1320)],
    ["300 BGN", bgn(300)],
    ["BGN 300", bgn(300)],
    ["1.320 лв.", bgn(1320)],
    ["1,5 хил. лв.", bgn(1500)],
    ["2 млн. лв.", bgn(2000000)],
    ["около 2000 лв.", bgn(2000)],
    ["на обща стойност 1 320 лв. С ПМС №368/30.10.2024 г.", bgn(1320)],
    ["5 000 €", eur(5000)],
    ["5000€", eur(5000)],
    ["€5 000", eur(5000)],
    ["1200 евро", eur(1200)],
    ["EUR 300", eur(300)],
    ["300 EUR", eur(300)],
    ["300 euro", eur(300)],
    ["1,320.50 EUR", eur(1320.5)],
  ])("%j -> %j", (text, expected) => {
    expect(findQuantity(text)).toEqual(expected);
  });

  it("does not read 'европейски' as euros", () => {
    expect(findQuantity("Изпълнени 5 европейски проекта")).toBeUndefined();
  });
});

describe("findQuantity: first quantity wins", () => {
  it("takes the first quantity of multi-line text", () => {
    expect(findQuantity("97% удовлетвореност /проучване 2023/\n3 % просрочени административни услуги")).toEqual(
      percent(97),
    );
  });

  it("takes the count after prose and years, not the years", () => {
    const text = "Годишен доклад за ОА Благоевград за БДП за 2023 г.\nОбластна план-програма за 2024 г.\n0 броя";
    expect(findQuantity(text)).toEqual(count(0));
  });

  it("gives undefined for empty or unit-less text", () => {
    expect(findQuantity("")).toBeUndefined();
    expect(findQuantity("Проведени срещи")).toBeUndefined();
  });
});
