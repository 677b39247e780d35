/** Every rule says why it matters and how to put it right, in both languages: the pane's issues open onto it. */
import { RULE_IDS, RULES } from "../../../src/core/rules";
import type { RuleDefinition } from "../../../src/core/rules/table";

describe("why and how to fix", () => {
  it.each(RULE_IDS)("%s explains itself in Bulgarian and English, in a sentence or two", (rule) => {
    const why = (RULES[rule] as RuleDefinition).why;
    expect(why?.bg).toMatch(/^[А-Я].*[.!]$/);
    expect(why?.en).toMatch(/^[A-Z].*[.!]$/);
    expect(why?.bg.length).toBeLessThan(220);
    expect(why?.en.length).toBeLessThan(220);
  });
});
