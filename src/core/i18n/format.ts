/** The languages the product speaks: Bulgarian first, English when the user's language is English. */
export type Lang = "bg" | "en";

export type Params = Record<string, string | number | undefined>;

/** A message in both languages. */
export type Bilingual = Record<Lang, string>;

/** Fills `{name}` placeholders; a missing parameter leaves the placeholder visible rather than printing "undefined". */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
