/**
 * How tall a row must be for its wrapped text. Excel grows a row for wrapped text only while someone types; in a file
 * it opens, and in LibreOffice and print, a row keeps the height stored with it, and wrapped text without one
 * overprints the next row. So the writers store a height: the lines the text takes when wrapped at word boundaries
 * the way Excel does, in a column of the given width, estimated on the generous side (a little space is better than
 * a line cut off).
 */

/** Points per line of 11-point text, as Excel sizes rows; larger fonts in proportion. */
const POINTS_PER_LINE = 15;
const DEFAULT_SIZE = 11;
/**
 * Characters that fit on a line, per character of column width. Excel measures widths in digits of the default font;
 * Cyrillic text in Calibri (and in Carlito, LibreOffice's stand-in) fits about 1.1 letters per digit: 1 leaves room
 * for capitals and wider fallback fonts.
 */
const FILL = 1;
/** Bold letters are a little wider. */
const BOLD = 0.85;

export interface WrappedText {
  text: string;
  /** Column width in characters, as Excel counts it. */
  width: number;
  /** Font size in points. */
  size?: number;
  bold?: boolean;
}

/** The height in points of a row holding these wrapped texts: the tallest one decides. */
export function rowHeight(texts: readonly WrappedText[]): number {
  // In quarter points, as Excel stores heights.
  return Math.ceil(Math.max(POINTS_PER_LINE, ...texts.map(textHeight)) * 4) / 4;
}

function textHeight({ text, width, size = DEFAULT_SIZE, bold }: WrappedText): number {
  const scale = size / DEFAULT_SIZE;
  const perLine = Math.max(1, Math.floor((width * capacity(bold)) / scale));
  return lineCount(text, perLine) * POINTS_PER_LINE * scale;
}

/** The column width in which a word of `characters` letters fits on one line (11-point text). */
export function widthToFit(characters: number, bold = false): number {
  return Math.ceil(characters / capacity(bold));
}

function capacity(bold: boolean | undefined): number {
  return FILL * (bold ? BOLD : 1);
}

/** Lines a text takes wrapped at spaces into lines of `perLine` characters; a longer word is broken, as Excel does. */
export function lineCount(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}
