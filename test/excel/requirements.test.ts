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

  it("switches merges on from ExcelApi 1.13", () => {
    withOffice(excelUpTo(13), () =>
      expect(detectRequirements()).toEqual({
        baseline: true,
        valuesOnlyUsedRange: true,
        merges: true,
        dataValidation: true,
        fillPatterns: true,
        autofitRows: true,
        pageLayout: true,
      }),
    );
    withOffice(excelUpTo(12), () =>
      expect(detectRequirements()).toEqual({
        baseline: true,
        valuesOnlyUsedRange: true,
        merges: false,
        dataValidation: true,
        fillPatterns: true,
        autofitRows: true,
        pageLayout: true,
      }),
    );
  });

  it("Office 2016 without updates (ExcelApi 1.1 only) gets the baseline alone", () => {
    withOffice(excelUpTo(1), () =>
      expect(detectRequirements()).toEqual(NO_REQUIREMENTS_BUT_BASELINE),
    );
  });

  it("switches the drop-down on from ExcelApi 1.8, fill patterns and the page layout from 1.9", () => {
    withOffice(excelUpTo(7), () =>
      expect(detectRequirements()).toMatchObject({ dataValidation: false, fillPatterns: false, pageLayout: false }),
    );
    withOffice(excelUpTo(8), () =>
      expect(detectRequirements()).toMatchObject({ dataValidation: true, fillPatterns: false, pageLayout: false }),
    );
    withOffice(excelUpTo(9), () =>
      expect(detectRequirements()).toMatchObject({ dataValidation: true, fillPatterns: true, pageLayout: true }),
    );
  });

  it("switches row autofit on from ExcelApi 1.2", () => {
    withOffice(excelUpTo(1), () => expect(detectRequirements().autofitRows).toBe(false));
    withOffice(excelUpTo(2), () => expect(detectRequirements().autofitRows).toBe(true));
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
