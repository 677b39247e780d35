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

/**
 * A maker of Intl formatters that makes each one once: making one (which toLocaleString does on every call) costs as
 * much as a thousand uses of it.
 */
export function madeOnce<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
