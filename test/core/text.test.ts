import { normalizeText, unseenCharacters, visibleText } from "../../src/core/text";

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
