/** The languages the product speaks: Bulgarian first, English when the user's language is English. */
export type Lang = "bg" | "en";

export type Params = Record<string, string | number | undefined>;

/** A message in both languages. */
export type Bilingual = Record<Lang, string>;

/**
 * Fills `{name}` placeholders, and `{name:one|other}` ones that agree with a count: the form is chosen by the
 * language's plural rules (Intl.PluralRules), and `#` in it is the number — "{errors:# грешка|# грешки}" gives
 * "1 грешка", "2 грешки"; "{fulfilled:е изпълнена|са изпълнени}" agrees a verb. A missing parameter leaves the
 * placeholder visible rather than printing "undefined".
 */
export function fill(template: string, params: Params = {}, lang: Lang = "bg"): string {
  return template.replace(/\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one === undefined || other === undefined) return String(value);
    const form = pluralOf(lang, Number(value)) === "one" ? one : other;
    return form.replace(/#/g, String(value));
  });
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** "one" or "other" (the only categories Bulgarian and English have) for a count. */
export function pluralOf(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}
