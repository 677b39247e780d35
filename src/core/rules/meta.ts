/** meta.*: the lines above the table name the administration and a contact person who can be reached. */
import type { Layout } from "../layout";
import type { MetaLine } from "../layout/meta";
import type { ParamValue, Emit } from "./finding";

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
/** At least six digits, perhaps broken by spaces, dashes, dots, slashes or brackets: "0887 868 624", "+359 73 88". */
const PHONE = /\+?\d[\d\s\-./()]{4,}\d/;
/** A name: two letters or more of Cyrillic or Latin in a row, beyond the words "тел" or "e-mail". */
const NAME = /\p{L}{2,}/u;
/** The words that label a phone or an e-mail address. Whether one starts a word is checked by hand: see withoutLabels. */
const CONTACT_LABEL = /(тел|e-?mail|ел\.? поща|gsm|моб)(?!\p{L})\.?/giu;

export function checkMeta(layout: Layout, emit: Emit): void {
  const at = { row: layout.meta.title?.row ?? (layout.header.rows[0] as number), col: layout.header.firstCol };
  if (!layout.administration) emit({ rule: "meta.administrationMissing", ...at });
  const preparedBy = layout.meta.preparedBy;
  if (!preparedBy) {
    emit({ rule: "meta.contactIncomplete", ...at, params: { missing: lacks("") } });
    return;
  }
  const missing = lacks(preparedBy.value);
  if (missing.length > 0) emit({ rule: "meta.contactIncomplete", ...position(preparedBy), params: { missing } });
}

function position(line: MetaLine): { row: number; col: number } {
  return { row: line.row, col: line.col };
}

/** What a contact line lacks: a name, a phone number, a valid e-mail address. */
export function lacks(contact: string): ParamValue[] {
  const email = EMAIL.exec(contact)?.[0];
  const rest = contact.replace(email ?? "", " ");
  const phone = PHONE.test(rest);
  const name = NAME.test(withoutLabels(rest));
  const missing: ParamValue[] = [];
  if (!name) missing.push({ ref: "contact.name" });
  if (!phone) missing.push({ ref: "contact.phone" });
  if (!email) missing.push({ ref: "contact.email" });
  return missing;
}

/**
 * The contact line without its "тел.", "e-mail:" and the like, where they are words of their own ("Кристел" keeps
 * its "тел"). The letter before is checked here rather than by a look-behind, which the add-in's syntax floor lacks.
 */
function withoutLabels(text: string): string {
  return text.replace(CONTACT_LABEL, (label: string, _word: string, at: number) =>
    /\p{L}/u.test(text[at - 1] ?? "") ? label : " ",
  );
}
