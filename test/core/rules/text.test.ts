import { checkOne, ruleCells } from "../../fixtures/check";
import { cleanWith } from "../../fixtures/clean";

describe("text.formulaLike", () => {
  it.each([
    ["=SUM(A1:A3)", "="],
    ["+359 38 601 234", "+"],
    ["- Изготвена областна стратегия за развитие на туризма", "-"],
    ["@Дирекция АКРРДС", "@"],
  ])("warns on text “%s” that Excel could run as a formula", async (activities, first) => {
    const report = await checkOne(cleanWith(1, { activities }));
    const issues = report.issues.filter((i) => i.rule === "text.formulaLike");
    expect(issues.map((i) => `${i.cell}:${i.field}`)).toEqual(["K9:activities"]);
    expect(issues[0]?.message).toContain(`„${first}“`);
  });

  it.each(["-", "—", "-5", "Изпълнение на трансгранични проекти - 2 бр."])("is not raised on “%s”", async (activities) => {
    expect(ruleCells(await checkOne(cleanWith(1, { activities })), "text.")).toEqual([]);
  });
});
