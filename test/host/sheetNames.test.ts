import { freeSheetName } from "../../src/host/sheetNames";

describe("freeSheetName", () => {
  it("keeps a free name, and numbers one that is taken, ignoring case as Excel does", () => {
    expect(freeSheetName("Обобщение", ["Приложение 2"])).toBe("Обобщение");
    expect(freeSheetName("Обобщение", ["обобщение"])).toBe("Обобщение (2)");
    expect(freeSheetName("Обобщение", ["Обобщение", "ОБОБЩЕНИЕ (2)"])).toBe("Обобщение (3)");
  });

  it("compares long names as Excel keeps them, cut to 31 characters, so two long names never collide", () => {
    const ministry = "Министерство на регионалното развитие и благоустройството 2024";
    const taken: string[] = [];
    for (let i = 0; i < 3; i++) taken.push(freeSheetName(ministry, taken));
    expect(taken).toEqual([
      "Министерство на регионалното ра",
      "Министерство на регионалнот (2)",
      "Министерство на регионалнот (3)",
    ]);
    expect(new Set(taken.map((name) => name.toLowerCase())).size).toBe(3);
    for (const name of taken) expect(name.length).toBeLessThanOrEqual(31);
  });
});
