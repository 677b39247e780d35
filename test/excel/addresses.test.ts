import { parseArea, parseAreas, rangeAddress, rowsAddress } from "../../src/excel/addresses";

describe("parseArea", () => {
  it.each([
    ["Sheet1!A5:A7", { top: 5, left: 1, bottom: 7, right: 1 }],
    ["'Лист 1'!$B$2:$C$2", { top: 2, left: 2, bottom: 2, right: 3 }],
    ["'Отчет, 2024 г.'!AB10", { top: 10, left: 28, bottom: 10, right: 28 }],
    ["'It''s!'!C3:D4", { top: 3, left: 3, bottom: 4, right: 4 }],
    ["B2:A1", { top: 1, left: 1, bottom: 2, right: 2 }],
    ["Лист1!5:7", { top: 5, left: 1, bottom: 7, right: 16_384 }],
    ["Лист1!B:C", { top: 1, left: 2, bottom: 1_048_576, right: 3 }],
  ])("%s", (address, range) => {
    expect(parseArea(address)).toEqual(range);
  });

  it.each(["", "Sheet1!", "#REF!", "Sheet1!A1:", "A1:B2:C3", "Sheet1!1A"])("refuses %p", (address) => {
    expect(parseArea(address)).toBeUndefined();
  });
});

describe("parseAreas", () => {
  it("splits RangeAreas.address at commas outside quoted sheet names", () => {
    expect(parseAreas("'Отчет, 2024'!A1:A2, 'Отчет, 2024'!$C$5:$D$5,'Отчет, 2024'!F9")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 5, left: 3, bottom: 5, right: 4 },
      { top: 9, left: 6, bottom: 9, right: 6 },
    ]);
  });

  it("gives nothing for an empty answer", () => {
    expect(parseAreas("")).toEqual([]);
  });
});

describe("addresses we send", () => {
  it("names a rectangle without its sheet, and whole rows", () => {
    expect(rangeAddress({ top: 2001, left: 2, bottom: 4000, right: 28 })).toBe("B2001:AB4000");
    expect(rowsAddress(1, 2000)).toBe("1:2000");
  });
});
