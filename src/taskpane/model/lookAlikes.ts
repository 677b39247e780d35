/**
 * Latin letters typed into a Cyrillic word ("Изпълнeна" with a Latin "e"): the status rule's message and the fix
 * preview quote the cell, and the two strings look the same. The pane marks such letters and names them. Which
 * letters look alike is the core's one table (foldLookalikes); a letter is one when folding changes it.
 */
import { foldLookalikes } from "../../core/text";

export interface TextPart {
  text: string;
  /** A Latin letter standing in a Cyrillic word. */
  latin: boolean;
}

export interface LookAlikes {
  parts: TextPart[];
  /** Each Latin letter found, once, in the order met. */
  letters: string[];
}

export function lookAlikes(text: string): LookAlikes {
  const folded = foldLookalikes(text);
  if (folded === text) return { parts: [{ text, latin: false }], letters: [] };
  const parts: TextPart[] = [];
  const letters: string[] = [];
  // Folding swaps one letter for one letter, so the two strings line up character by character.
  for (let i = 0; i < text.length; i++) {
    const latin = text[i] !== folded[i];
    const char = text[i] as string;
    if (latin && !letters.includes(char)) letters.push(char);
    const last = parts[parts.length - 1];
    if (last && last.latin === latin && !latin) last.text += char;
    else parts.push({ text: char, latin });
  }
  return { parts, letters };
}
