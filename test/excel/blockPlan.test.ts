import {
  MAX_MERGED_AREAS,
  mergeWindowRows,
  responseBytes,
  ROW_SIZE_MARGIN,
  RowSize,
  rowsPerSync,
  splitRows,
  SYNC_BUDGET_BYTES,
  utf8Length,
} from "../../src/excel/blockPlan";

describe("utf8Length", () => {
  it.each(["", "abc", "Приложение №2", "€ и лв.", "😀 emoji", '[["a",""],["General","0.00%"]]'])("%p", (text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});

describe("responseBytes", () => {
  it("weighs values and formats as UTF-8 JSON", () => {
    const values = [["Отчет", 1], ["", true]];
    const formats = [["General", "0%"], ["General", "General"]];
    expect(responseBytes(values, formats)).toBe(Buffer.byteLength(JSON.stringify(values) + JSON.stringify(formats)));
  });
});

describe("RowSize", () => {
  it("starts from a guess per cell and replaces it with the first measurement, plus the margin", () => {
    const size = new RowSize(16);
    expect(size.bytesPerRow).toBe(16 * 512);
    size.observe(1_000_000, 1_000);
    expect(size.bytesPerRow).toBe(1_000 * ROW_SIZE_MARGIN);
  });

  it("then only grows: fuller rows raise it, lighter ones do not lower it, a refusal doubles it", () => {
    const size = new RowSize(16);
    size.observe(1_000_000, 1_000);
    size.observe(100_000, 1_000);
    expect(size.bytesPerRow).toBe(1_500);
    size.observe(4_000_000, 1_000);
    expect(size.bytesPerRow).toBe(6_000);
    size.refused();
    expect(size.bytesPerRow).toBe(12_000);
  });

  it("ignores an empty block", () => {
    const size = new RowSize(2);
    size.observe(0, 0);
    expect(size.bytesPerRow).toBe(1_024);
  });
});

describe("rowsPerSync", () => {
  it("fits the budget, and is never below one row", () => {
    expect(rowsPerSync(1_500)).toBe(Math.floor(SYNC_BUDGET_BYTES / 1_500));
    expect(rowsPerSync(1_500) * 1_500).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
    expect(rowsPerSync(SYNC_BUDGET_BYTES * 3)).toBe(1);
  });
});

describe("splitRows", () => {
  it("covers the rows in spans of at most the size", () => {
    expect(splitRows(2_001, 12_500, 5_000)).toEqual([
      { top: 2_001, bottom: 7_000 },
      { top: 7_001, bottom: 12_000 },
      { top: 12_001, bottom: 12_500 },
    ]);
    expect(splitRows(5, 4, 10)).toEqual([]);
  });
});

describe("mergeWindowRows", () => {
  it.each([1, 14, 16, 40, 300])("for %i columns a window cannot meet more than 512 areas of two cells", (columns) => {
    const rows = mergeWindowRows(columns);
    expect(rows).toBeGreaterThanOrEqual(1);
    expect(((rows + 2) * columns) / 2).toBeLessThanOrEqual(MAX_MERGED_AREAS);
  });

  it("is one row for absurdly wide sheets rather than none", () => {
    expect(mergeWindowRows(5_000)).toBe(1);
  });
});
