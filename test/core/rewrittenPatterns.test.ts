/**
 * The core's patterns that once used regex look-behind, which the add-in's ES2020 floor lacks (Safari before 16.4
 * rejects a whole script holding one). Their rewrites must cut exactly what the look-behinds cut.
 */
import { headerKey } from "../../src/core/layout/headers";
import { lacks } from "../../src/core/rules/meta";
import { splitDocuments } from "../../src/core/units";
import { splitItems } from "../../src/core/values/items";

describe("patterns rewritten without look-behind", () => {
  it("a document's final dots go, except the one of „г.“", () => {
    const names = (cell: string) => splitDocuments(cell).map((d) => d.name);
    expect(names("Стратегия за развитие на област Благоевград 2021-2027 г..")).toEqual([
      "Стратегия за развитие на област Благоевград 2021-2027 г.",
    ]);
    expect(names("Национална програма за развитие България 2030...; Закон за администрацията,")).toEqual([
      "Национална програма за развитие България 2030",
      "Закон за администрацията",
    ]);
    expect(names("План за действие на Областна администрация Хасково г.")).toEqual([
      "План за действие на Областна администрация Хасково г.",
    ]);
  });

  it("a column number after a header's words goes, one inside a word or after a number stays", () => {
    expect(headerKey("Статус на изпълнението 13.")).toBe("статус на изпълнението");
    expect(headerKey("Отговорно звено (дирекция) 12")).toBe("отговорно звено (дирекция)");
    expect(headerKey("Текуща стойност 2024")).toBe("текуща стойност 2024");
  });

  it("„тел.“ and „e-mail:“ are not a name, a name that ends in „тел“ is", () => {
    const refs = (contact: string) => lacks(contact).map((missing) => (missing as { ref: string }).ref);
    expect(refs("тел.: 073 881 201, e-mail: info@bl.government.bg")).toEqual(["contact.name"]);
    expect(refs("тел.gsm 0887 868 624, info@bl.government.bg")).toEqual(["contact.name"]);
    expect(refs("Кристел, 0887 868 624, info@bl.government.bg")).toEqual([]);
  });

  it("numbered items right after a space or a line break, never inside a word or number", () => {
    expect(splitItems("1) 0 % 2) 0% 3) 0%").map((item) => item.label)).toEqual([1, 2, 3]);
    expect(splitItems("1) 50%\n2) 3 бр.").map((item) => item.text)).toEqual(["50%", "3 бр."]);
    expect(splitItems("1) 100%, виж т.2) по-горе").map((item) => item.label)).toEqual([1]);
  });
});
