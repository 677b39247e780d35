import { splitItems, type ValueItem } from "../../../src/core/values/items";

/** label -> quantity value, the shape most assertions need. */
const summary = (items: ValueItem[]): [number | undefined, string | undefined, number | undefined][] =>
  items.map((i) => [i.label, i.quantity?.unit, i.quantity?.value]);

describe("splitItems: numbered cells from the Благоевград 2024 report", () => {
  it("splits '1) 0 %' lines", () => {
    const items = splitItems("1) 0 %\n2) 0%\n3) 0%");
    expect(items).toEqual([
      { label: 1, text: "0 %", quantity: { unit: "percent", value: 0 } },
      { label: 2, text: "0%", quantity: { unit: "percent", value: 0 } },
      { label: 3, text: "0%", quantity: { unit: "percent", value: 0 } },
    ]);
  });

  it("splits markers glued to the value and items with text", () => {
    const text =
      "1)100%\n2)   100 % актуална информация на интернет страница през целия период\n3)100% актуални регистри";
    const items = splitItems(text);
    expect(summary(items)).toEqual([
      [1, "percent", 100],
      [2, "percent", 100],
      [3, "percent", 100],
    ]);
    expect(items[1]?.text).toBe("100 % актуална информация на интернет страница през целия период");
    expect(items[2]?.text).toBe("100% актуални регистри");
  });

  it("accepts mixed markers '1-', '2.', '6.-', '7. -' and skipped labels", () => {
    const items = splitItems("1- 0 бр.\n2.  0%\n4. 0%\n6.- 0%\n7. - 0%");
    expect(summary(items)).toEqual([
      [1, "count", 0],
      [2, "percent", 0],
      [4, "percent", 0],
      [6, "percent", 0],
      [7, "percent", 0],
    ]);
    expect(items.map((i) => i.text)).toEqual(["0 бр.", "0%", "0%", "0%", "0%"]);
  });

  it("reads '1.15 обучени' as item 1 with 15 when the other lines are numbered", () => {
    const text =
      "1.15 обучени служители - специализирани обучения. 30 обучени служители - включени в обучение\n" +
      "2.100%\n4.100%\n6.100% подадени декларации";
    const items = splitItems(text);
    expect(summary(items)).toEqual([
      [1, "number", 15],
      [2, "percent", 100],
      [4, "percent", 100],
      [6, "percent", 100],
    ]);
    expect(items[0]?.text).toBe(
      "15 обучени служители - специализирани обучения. 30 обучени служители - включени в обучение",
    );
    expect(items[3]?.text).toBe("100% подадени декларации");
  });

  it("keeps labels with nothing after them as empty items", () => {
    const items = splitItems("1)\n2)\n3)\n4) брой заети\n5) 1 бр. Анкета");
    expect(items).toEqual([
      { label: 1, text: "" },
      { label: 2, text: "" },
      { label: 3, text: "" },
      { label: 4, text: "брой заети" },
      { label: 5, text: "1 бр. Анкета", quantity: { unit: "count", value: 1 } },
    ]);
  });

  it("keeps a later, smaller label inside the item before it", () => {
    const items = splitItems("4) брой заети\n5) 1 бр. Анкета\n)1 бр. отчет\n3) 1 бр. Отчет");
    expect(items.map((i) => i.label)).toEqual([4, 5]);
    expect(items[1]?.text).toBe("1 бр. Анкета\n)1 бр. отчет\n3) 1 бр. Отчет");
  });

  it("splits items with qualitative and quantitative parts", () => {
    const text =
      "1) Одит през 2024 г.- положителна оценка.\n2) Риск регистър за сигурността на информацията - 1 бр.\n" +
      "3) WEB електронна поща къв ДХЧО - 100% от служителите.\n4) Миграция на сайта";
    expect(summary(splitItems(text))).toEqual([
      [1, undefined, undefined],
      [2, "count", 1],
      [3, "percent", 100],
      [4, undefined, undefined],
    ]);
  });
});

describe("splitItems: markers on one line", () => {
  it("splits '1) 0 %  2) 0%  3) 0%'", () => {
    expect(summary(splitItems("1) 0 %  2) 0%  3) 0%"))).toEqual([
      [1, "percent", 0],
      [2, "percent", 0],
      [3, "percent", 0],
    ]);
  });

  it("splits '1. … 2. … 3. …' sentences", () => {
    const text = "1. Произнасяне по заявленията. 2. Поддържане на актуална информация. 3. Актуализиране на регистрите";
    const items = splitItems(text);
    expect(items.map((i) => i.label)).toEqual([1, 2, 3]);
    expect(items[1]?.text).toBe("Поддържане на актуална информация.");
  });

  it("needs the very next label in mid-line", () => {
    const items = splitItems("1) Проверени 2 бр. 5) нещо 2) 0%");
    expect(items.map((i) => i.label)).toEqual([1, 2]);
    expect(items[0]?.text).toBe("Проверени 2 бр. 5) нещо");
  });

  it("does not take a weak '2.5' in mid-line for a marker", () => {
    const items = splitItems("1) Ръст 2.5 %\n2) 0%");
    expect(items.map((i) => i.label)).toEqual([1, 2]);
    expect(items[0]?.quantity).toEqual({ unit: "percent", value: 2.5 });
  });
});

describe("splitItems: text that is not numbered", () => {
  it("keeps unnumbered multi-line text as one item whose quantity is the first one", () => {
    const text = "97% удовлетвореност /проучване 2023/\n3 % просрочени административни услуги";
    expect(splitItems(text)).toEqual([{ text, quantity: { unit: "percent", value: 97 } }]);
  });

  it.each([
    ["1.5", { unit: "number", value: 1.5 }],
    ["12.5%", { unit: "percent", value: 12.5 }],
    ["1,5", { unit: "number", value: 1.5 }],
    ["8.", { unit: "number", value: 8 }],
    ["10", { unit: "number", value: 10 }],
    ["0 бр.", { unit: "count", value: 0 }],
    ["1 320 лв.", { unit: "money", value: 1320, currency: "BGN" }],
  ])("reads %j as one number, not a marker", (text, quantity) => {
    expect(splitItems(text)).toEqual([{ text, quantity }]);
  });

  it("does not read a date as a marker", () => {
    expect(splitItems("30.10.2024 г. проверка\n31.12.2024 г. доклад")).toEqual([
      { text: "30.10.2024 г. проверка\n31.12.2024 г. доклад" },
    ]);
  });

  it("does not read a date at a line start as a marker, even among real markers", () => {
    const items = splitItems("1) Проверка на място\n2.10.2024 г. доклад\n3) 1 бр.");
    expect(items.map((i) => i.label)).toEqual([1, 3]);
    expect(items[0]?.text).toBe("Проверка на място\n2.10.2024 г. доклад");
  });

  it("does not read '10.1' in 'Приоритет 10.1 Добро' as a marker", () => {
    expect(splitItems("Приоритет 10.1 Добро управление")).toEqual([{ text: "Приоритет 10.1 Добро управление" }]);
    expect(splitItems("10.1 Добро управление\n10.3 Данни")[0]?.label).toBeUndefined();
  });

  it("does not read section numbers '1.2.' as markers", () => {
    expect(splitItems("1.2.Провеждане на политика\n1.3.Координация")[0]?.label).toBeUndefined();
  });

  it("needs the list to start the cell: a marker after a preamble is prose", () => {
    const text = "2 бр. проекти в процес на изпълнение със следните дейности: 1. Проект SMS-CBA - Двуетичен филм - 0";
    expect(splitItems(text)).toEqual([{ text, quantity: { unit: "count", value: 2 } }]);
  });

  it("believes two weak markers less than a decimal", () => {
    expect(splitItems("1.15 обучени\n2.100%")).toEqual([
      { text: "1.15 обучени\n2.100%", quantity: { unit: "number", value: 1.15 } },
    ]);
  });

  it("does not take a range '1-2 бр.' for a marker", () => {
    expect(splitItems("1-2 бр.")[0]?.label).toBeUndefined();
  });

  it("gives no items for empty text", () => {
    expect(splitItems("")).toEqual([]);
    expect(splitItems(" \r\n ")).toEqual([]);
  });

  it("normalises NBSP, tabs and CRLF before splitting", () => {
    const items = splitItems("1)\u00A0100\u202F%\r\n2)\t0 бр.");
    expect(items).toEqual([
      { label: 1, text: "100 %", quantity: { unit: "percent", value: 100 } },
      { label: 2, text: "0 бр.", quantity: { unit: "count", value: 0 } },
    ]);
  });
});

describe("splitItems: a single marker", () => {
  it("reads one clear marker at the start as a labelled item", () => {
    expect(splitItems("1) Проверени на 100% решения на общинските съвети в областта.")).toEqual([
      {
        label: 1,
        text: "Проверени на 100% решения на общинските съвети в областта.",
        quantity: { unit: "percent", value: 100 },
      },
    ]);
    expect(splitItems("2. 0%")).toEqual([{ label: 2, text: "0%", quantity: { unit: "percent", value: 0 } }]);
  });
});
