import { checkOne, issuesOf } from "../../fixtures/check";
import { cleanSheet } from "../../fixtures/clean";

const TITLE = "Отчет на ежегодните цели на администрацията за 2023 г.";
const CONTACT_LABEL = "Изготвил/лице за контакт, тел. и ел. поща:";

describe("meta.administrationMissing", () => {
  it("warns when the administration line is left empty", async () => {
    const report = await checkOne(
      cleanSheet({ above: [TITLE, "Наименование на администрацията:", [CONTACT_LABEL, "М. Иванова, 038 601 234, m@h.bg"]] }),
    );
    expect(issuesOf(report, "meta.administrationMissing").map((i) => i.severity)).toEqual(["warning"]);
    expect(report.layout.administration).toBeUndefined();
  });

  it("reads the name from the same cell as its label", async () => {
    const report = await checkOne(
      cleanSheet({
        above: [TITLE, "Наименование на администрацията:Областна администрация Благоевград", [CONTACT_LABEL, "Н. Н., 0887868624, info@bg.bg"]],
      }),
    );
    expect(issuesOf(report, "meta.administrationMissing")).toEqual([]);
    expect(report.layout.administration).toBe("Областна администрация Благоевград");
  });

  it("takes the name from a title that names the administration (Хасково 2023)", async () => {
    const report = await checkOne(
      cleanSheet({
        above: [
          "УТВЪРЖДАВАМ:",
          "Отчет на ежегодните цели на Областна администрация на област Хасково за 2023 г.",
          [CONTACT_LABEL, "М. Иванова, 038 601 234, m@h.bg"],
        ],
      }),
    );
    expect(issuesOf(report, "meta.administrationMissing")).toEqual([]);
    expect(report.layout.administration).toBe("Областна администрация на област Хасково");
  });
});

describe("meta.contactIncomplete", () => {
  const withContact = (contact: string) =>
    cleanSheet({ above: [TITLE, ["Наименование на администрацията:", "Областна администрация Хасково"], [CONTACT_LABEL, contact]] });

  it.each([
    ["Мария Иванова, m.ivanova@haskovo.bg", "телефон"],
    ["Мария Иванова, 038 601 234, m.ivanova@haskovo", "валиден адрес на ел. поща"],
    ["038 601 234, info@haskovo.bg", "име"],
    ["Мария Иванова", "телефон и валиден адрес на ел. поща"],
  ])("says what “%s” lacks", async (contact, lacks) => {
    const [issue, ...more] = issuesOf(await checkOne(withContact(contact)), "meta.contactIncomplete");
    expect(more).toEqual([]);
    expect(issue?.message).toBe(`В реда „Изготвил/лице за контакт“ липсва ${lacks}`);
    expect(issue?.cell).toBe("B3");
  });

  it("accepts the Благоевград contact as it really is", async () => {
    const report = await checkOne(withContact("инж. Николай Бочуков, 0887868624, Info@blagoevgrad.egov.bg"));
    expect(issuesOf(report, "meta.contactIncomplete")).toEqual([]);
    expect(report.layout.preparedBy).toBe("инж. Николай Бочуков, 0887868624, Info@blagoevgrad.egov.bg");
  });

  it("warns when there is no contact line at all", async () => {
    const report = await checkOne(cleanSheet({ above: [TITLE, ["Наименование на администрацията:", "ОА Хасково"]] }));
    expect(issuesOf(report, "meta.contactIncomplete").map((i) => i.message)).toEqual([
      "В реда „Изготвил/лице за контакт“ липсва име, телефон и валиден адрес на ел. поща",
    ]);
  });
});
