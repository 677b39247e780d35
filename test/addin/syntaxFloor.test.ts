import { syntaxProblems } from "./syntaxFloor";

describe("the syntax floor check", () => {
  it("passes ES2020 and refuses what came after it", () => {
    expect(syntaxProblems("const a = b?.c ?? 1n;", 2020)).toEqual([]);
    expect(syntaxProblems("x ??= 1;", 2020)).toEqual([expect.stringContaining("does not parse as ES2020")]);
    expect(syntaxProblems("class A { static { init(); } }", 2020)).toEqual([expect.stringContaining("ES2020")]);
    expect(syntaxProblems("class A { x = 1 }", 2020)).toEqual([expect.stringContaining("ES2020")]);
    expect(syntaxProblems("/a/d.exec(s);", 2020)).toEqual([expect.stringContaining("ES2020")]);
  });

  it("finds look-behinds in regex literals and in strings built into a RegExp", () => {
    expect(syntaxProblems("s.replace(/(?<=\\p{L})\\d+$/u, '');", 2020)).toEqual([expect.stringContaining("look-behind")]);
    expect(syntaxProblems("new RegExp('(?<!\\\\s)x', 'g');", 2020)).toEqual([expect.stringContaining("look-behind")]);
    expect(syntaxProblems("new RegExp(`(?<=^|\\\\s)${label}`);", 2020)).toEqual([expect.stringContaining("look-behind")]);
    expect(syntaxProblems("/(?<name>a)(?=b)(?!c)/.exec(s);", 2020)).toEqual([]);
  });

  it("holds legacy.js to ES5", () => {
    expect(syntaxProblems("var a = function () { return 1; };", 5)).toEqual([]);
    expect(syntaxProblems("const a = () => 1;", 5)).toEqual([expect.stringContaining("does not parse as ES5")]);
  });
});
