import { oncePerKey, oncePerObject } from "../../src/core/memo";

describe("oncePerKey", () => {
  it("computes once per key and gives the same result after", () => {
    const calls: string[] = [];
    const upper = oncePerKey((text: string) => {
      calls.push(text);
      return { text: text.toUpperCase() };
    });
    const first = upper("цел");
    expect(upper("цел")).toBe(first);
    expect(upper("статус")).toEqual({ text: "СТАТУС" });
    expect(calls).toEqual(["цел", "статус"]);
  });

  it("remembers an undefined result too (a sheet without the form is searched once)", () => {
    let calls = 0;
    const nothing = oncePerKey((_key: number) => {
      calls++;
      return undefined;
    });
    expect(nothing(1)).toBeUndefined();
    expect(nothing(1)).toBeUndefined();
    expect(calls).toBe(1);
  });
});

describe("oncePerObject", () => {
  it("computes once per object, separately for equal but different objects", () => {
    let calls = 0;
    const width = oncePerObject((grid: { values: unknown[][] }) => {
      calls++;
      return Math.max(...grid.values.map((row) => row.length));
    });
    const grid = { values: [[1, 2], [1, 2, 3]] };
    expect(width(grid)).toBe(3);
    expect(width(grid)).toBe(3);
    expect(width({ values: [[1, 2], [1, 2, 3]] })).toBe(3);
    expect(calls).toBe(2);
  });
});
