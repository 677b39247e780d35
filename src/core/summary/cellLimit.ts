/**
 * Excel keeps at most 32,767 characters in a cell; a longer text makes it "repair" the file and drop the cell. Every
 * text the add-in and the command line write goes through `fitCell`, which cuts it and ends it with an ellipsis so the
 * reader sees that something was left out.
 */
export const CELL_LIMIT = 32_767;
const ELLIPSIS = "…";

export function fitCell(text: string): string {
  if (text.length <= CELL_LIMIT) return text;
  let end = CELL_LIMIT - ELLIPSIS.length;
  // Never keep half of a character written as two UTF-16 units (an emoji, a rare CJK sign).
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end) + ELLIPSIS;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
