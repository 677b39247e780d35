// Which plan goes with which report among many files' sheets: same administration (as goal texts are compared) and year.
import { pairSheets, type PairableSheet } from "../../../src/core";
import { pairingKey } from "../../../src/core/reconcile/pairs";

const HASKOVO = "Областна администрация Хасково";

describe("pairingKey", () => {
  it("reads the administration's name as goal texts are read: case, dashes, spaces, quotes and Latin look-alikes aside", () => {
    const key = pairingKey({ administration: HASKOVO, year: 2023 });
    // "ОБЛАСТНА" with a Latin A and O, a dash, a no-break space and a trailing full stop.
    for (const written of ["ОБЛAСТНА АДМИНИСТРАЦИЯ – ХАСКOВО", "Областна администрация\u00a0- Хасково.", "„Областна администрация Хасково“"]) {
      expect(pairingKey({ administration: written, year: 2023 })).toBe(key);
    }
    expect(pairingKey({ administration: "Областна администрация Хасково", year: 2024 })).not.toBe(key);
    expect(pairingKey({ administration: "Областна администрация Хасково – отдел", year: 2023 })).not.toBe(key);
  });

  it("gives none when the header names no administration or no year", () => {
    expect(pairingKey({ year: 2023 })).toBeUndefined();
    expect(pairingKey({ administration: " – ", year: 2023 })).toBeUndefined();
    expect(pairingKey({ administration: HASKOVO })).toBeUndefined();
  });
});

describe("pairSheets", () => {
  const sheet = (form: PairableSheet["form"], administration?: string, year?: number): PairableSheet => ({
    form,
    ...(administration !== undefined && { administration }),
    ...(year !== undefined && { year }),
  });

  it("pairs each report with its plan, and names the reports and plans left alone", () => {
    const sheets = [
      sheet("report", HASKOVO, 2023),
      sheet("plan", "Областна администрация Благоевград", 2024),
      sheet("plan", "ОБЛАСТНА АДМИНИСТРАЦИЯ ХАСКОВО", 2023),
      sheet("report", "Областна администрация Видин", 2023),
      sheet("plan", HASKOVO, 2024),
      sheet("report", "Областна администрация Благоевград", 2024),
      sheet("report", undefined, 2024),
      sheet("plan", HASKOVO),
    ];
    expect(pairSheets(sheets)).toEqual({
      pairs: [
        [2, 0],
        [1, 5],
      ],
      manyPlans: [],
      reportsAlone: [3, 6],
      plansAlone: [4, 7],
    });
  });

  it("pairs a report with none when two plans are of its administration and year; one plan serves two reports", () => {
    const sheets = [sheet("plan", HASKOVO, 2023), sheet("report", HASKOVO, 2023), sheet("plan", HASKOVO, 2023), sheet("report", HASKOVO, 2023)];
    expect(pairSheets(sheets)).toEqual({
      pairs: [],
      manyPlans: [
        { report: 1, plans: [0, 2] },
        { report: 3, plans: [0, 2] },
      ],
      reportsAlone: [],
      plansAlone: [],
    });
    const twoReports = pairSheets(sheets.slice(0, 2).concat(sheet("report", HASKOVO, 2023)));
    expect(twoReports.pairs).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });
});
