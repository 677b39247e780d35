import { normalizeText, unseenCharacters, visibleText, wholeWordMatches } from "../../src/core/text";

describe("normalizeText", () => {
  it("turns NBSP, narrow NBSP, thin spaces and tabs into one plain space", () => {
    expect(normalizeText("1\u00A0320\u202Fлв.\tи\u2009още")).toBe("1 320 лв. и още");
  });

  it("collapses doubled spaces and trims", () => {
    expect(normalizeText("   2)   100 %   актуална  информация  ")).toBe("2) 100 % актуална информация");
  });

  it("folds CRLF and CR to \\n, trims each line and drops blank lines", () => {
    expect(normalizeText("1) 0 % \r\n\r\n  2) 0%\r3) 0%")).toBe("1) 0 %\n2) 0%\n3) 0%");
  });

  it("removes zero-width characters and soft hyphens", () => {
    expect(normalizeText("не\u200B е при\u00ADложимо\uFEFF")).toBe("не е приложимо");
  });

  it("gives an empty string for whitespace only", () => {
    expect(normalizeText(" \u00A0\r\n\t ")).toBe("");
  });
});

describe("unseenCharacters and visibleText", () => {
  it("find zero-width, direction and soft-hyphen characters and spaces other than the plain one, each once", () => {
    const text = "\u200BВ процес\u00A0на\u202E изпъл\u00ADнение\u200B";
    expect(unseenCharacters(text)).toEqual(["\u200B", "\u00A0", "\u202E", "\u00AD"]);
    expect(visibleText(text)).toBe("В процес на изпълнение");
  });

  it("leave plain spaces, tabs and line breaks alone: they show in a cell", () => {
    expect(unseenCharacters(" Изпълнена\tчастично\r\n ")).toEqual([]);
    expect(visibleText(" Изпълнена\nчастично ")).toBe("Изпълнена\nчастично");
  });

  it("count other control characters (an ESC) as unseen", () => {
    expect(unseenCharacters("Изпълнена\u001B[2J")).toEqual(["\u001B"]);
  });
});

describe("wholeWordMatches", () => {
  // What it stands for: the same words behind a leading (^|[^\p{L}]), where the match starts one character earlier.
  const WORDS = /(?:изпълнена|проведени|проведен|в процес на)(?!\p{L})/gu;
  const LEADING = /(^|[^\p{L}])(изпълнена|проведени|проведен|в процес на)(?=[^\p{L}]|$)/gu;
  const PIECES = ["изпълнена", "проведени", "проведен", "в процес на", "не", "е", " ", "„", "(", "-", "\n", "x", "ж", "𝐀", "1", "а"];

  it("finds the words where a leading non-letter pattern did, at the words' own start, on 20,000 generated texts", () => {
    let seed = 29;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const differ: string[] = [];
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: random(7) }, () => PIECES[random(PIECES.length)] as string).join("");
      const mine = [...wholeWordMatches(text, WORDS)].map((m) => `${m.index}:${m[0]}`);
      const theirs = [...text.matchAll(LEADING)].map((m) => `${m.index + (m[1] as string).length}:${m[2]}`);
      if (mine.join() !== theirs.join()) differ.push(text);
      found += mine.length;
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(2_000); // the generated texts do hold the words, alone and inside others
  });

  it("takes a letter outside the BMP before the words for a letter", () => {
    expect([...wholeWordMatches("𝐀изпълнена и изпълнена", WORDS)].map((m) => m.index)).toEqual([14]);
  });
});
