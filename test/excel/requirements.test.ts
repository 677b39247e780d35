import { detectRequirements, NO_REQUIREMENTS } from "../../src/excel/requirements";

const global = globalThis as { Office?: unknown };

function withOffice(office: unknown, run: () => void): void {
  global.Office = office;
  try {
    run();
  } finally {
    delete global.Office;
  }
}

/** An Excel that supports ExcelApi up to 1.`minor`. */
const excelUpTo = (minor: number) => ({
  context: {
    requirements: {
      isSetSupported: (name: string, version: string) =>
        name === "ExcelApi" && Number(version.split(".")[1]) <= minor,
    },
  },
});

const NO_REQUIREMENTS_BUT_BASELINE = { ...NO_REQUIREMENTS, baseline: true };

describe("detectRequirements", () => {
  it("is all false outside Office", () => {
    expect(detectRequirements()).toEqual(NO_REQUIREMENTS);
  });

  it("is all false when Office.context has no requirements", () => {
    withOffice({ context: {} }, () => expect(detectRequirements()).toEqual(NO_REQUIREMENTS));
    withOffice({}, () => expect(detectRequirements()).toEqual(NO_REQUIREMENTS));
  });

  it("switches each feature on from its ExcelApi version", () => {
    const on = (minor: number) => {
      let found = NO_REQUIREMENTS;
      withOffice(excelUpTo(minor), () => (found = detectRequirements()));
      return Object.entries(found).filter(([, has]) => has).map(([feature]) => feature).sort();
    };
    expect(on(1)).toEqual(["baseline"]);
    expect(on(2)).toEqual(["autofitRows", "baseline", "columnWidths", "mergeCells", "sheetProtection", "valuesOnlyUsedRange"]);
    expect(on(4)).toContain("namedRanges");
    expect(on(7)).toEqual([
      "autofitRows",
      "baseline",
      "columnWidths",
      "liveEdits",
      "mergeCells",
      "namedRanges",
      "sheetProtection",
      "valuesOnlyUsedRange",
      "workbookProtection",
    ]);
    expect(on(8)).not.toContain("pageLayout");
    expect(on(9)).toEqual(expect.arrayContaining(["fillPatterns", "pageLayout"]));
    expect(on(12)).not.toContain("merges");
    expect(on(13)).not.toContain("changeTriggerSource");
    expect(on(14)).toEqual(Object.keys(NO_REQUIREMENTS).sort());
  });

  it("asks the Excel it is given rather than Office's global one", () => {
    expect(detectRequirements(excelUpTo(9).context.requirements)).toMatchObject({ fillPatterns: true, merges: false });
  });

  it("Office 2016 without updates (ExcelApi 1.1 only) gets the baseline alone", () => {
    withOffice(excelUpTo(1), () =>
      expect(detectRequirements()).toEqual(NO_REQUIREMENTS_BUT_BASELINE),
    );
  });

  it("switches the drop-down on from ExcelApi 1.8 and fill patterns from 1.9", () => {
    withOffice(excelUpTo(7), () => expect(detectRequirements()).toMatchObject({ dataValidation: false, fillPatterns: false }));
    withOffice(excelUpTo(8), () => expect(detectRequirements()).toMatchObject({ dataValidation: true, fillPatterns: false }));
    withOffice(excelUpTo(9), () => expect(detectRequirements()).toMatchObject({ dataValidation: true, fillPatterns: true }));
  });

  it("takes a host that throws for an unknown set as not supporting it", () => {
    const throwing = {
      context: {
        requirements: {
          isSetSupported: (_: string, version: string) => {
            if (version === "1.13") throw new Error("unknown set");
            return true;
          },
        },
      },
    };
    withOffice(throwing, () => expect(detectRequirements().merges).toBe(false));
  });
});
