/**
 * The fake's table of requirement sets against @types/office-js: every member's `[Api set: ExcelApi 1.N]`, and a
 * parameter's own set where its documentation gives one (getUsedRange's valuesOnly: 1.2).
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { EXCEL_API_SETS } from "./apiSets";

const SET = /\[Api set: ExcelApi 1\.(\d+)\]/;

/** Class → member (or "member(param)") → minor version, for the classes of the Excel namespace. */
function setsFromTypings(): Map<string, Map<string, number>> {
  const path = require.resolve("@types/office-js/index.d.ts");
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const excel = file.statements.find(
    (statement): statement is ts.ModuleDeclaration => ts.isModuleDeclaration(statement) && statement.name.getText(file) === "Excel",
  );
  const sets = new Map<string, Map<string, number>>();
  for (const statement of (excel?.body as ts.ModuleBlock | undefined)?.statements ?? []) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    const members = new Map<string, number>();
    for (const member of statement.members) {
      if (!member.name) continue;
      const name = member.name.getText(file);
      for (const tag of ts.getJSDocTags(member)) {
        const minor = SET.exec(ts.getTextOfJSDocComment(tag.comment) ?? "")?.[1];
        if (minor === undefined) continue;
        if (tag.tagName.text === "remarks") members.set(name, Math.min(members.get(name) ?? Infinity, Number(minor)));
        else if (ts.isJSDocParameterTag(tag)) members.set(`${name}(${tag.name.getText(file)})`, Number(minor));
      }
    }
    sets.set(statement.name.text, members);
  }
  return sets;
}

describe("the fake Excel's requirement sets", () => {
  it("are the ones @types/office-js documents", () => {
    const typings = setsFromTypings();
    const wrong: string[] = [];
    for (const [className, members] of Object.entries(EXCEL_API_SETS)) {
      for (const [member, minor] of Object.entries(members)) {
        const documented = typings.get(className)?.get(member);
        if (documented !== minor) wrong.push(`${className}.${member}: table 1.${minor}, typings ${documented === undefined ? "none" : `1.${documented}`}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
