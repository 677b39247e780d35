import fs from "node:fs";
import path from "node:path";
import { parseOptions, UsageError } from "../../src/cli/options";
import { useTempDir } from "./helpers";

describe("parseOptions", () => {
  it("defaults to text, Bulgarian and failing on errors, with no paths", () => {
    expect(parseOptions([])).toEqual({
      format: "text",
      lang: "bg",
      failOn: "error",
      help: false,
      force: false,
      paths: [],
      optionLikePaths: [],
    });
  });

  it("reads the long options, the short ones and --option=value", () => {
    expect(parseOptions(["a.xlsx", "--format", "csv", "--lang", "en", "--fail-on", "warning", "папка"])).toEqual({
      format: "csv",
      lang: "en",
      failOn: "warning",
      help: false,
      force: false,
      paths: ["a.xlsx", "папка"],
      optionLikePaths: [],
    });
    expect(parseOptions(["-f", "md", "-l", "en", "-h"])).toMatchObject({ format: "md", lang: "en", help: true });
    expect(parseOptions(["--format=json", "--fail-on=never"])).toMatchObject({ format: "json", failOn: "never" });
    expect(parseOptions(["о.xlsx", "--plan", "план.xlsx"])).toMatchObject({ plan: "план.xlsx", paths: ["о.xlsx"] });
    expect(parseOptions(["--new-report", "отчет.xlsx", "план.xlsx", "--force"])).toMatchObject({
      newReport: "отчет.xlsx",
      force: true,
      paths: ["план.xlsx"],
    });
  });

  it("takes a path that starts with a dash after --", () => {
    expect(parseOptions(["--", "-отчет.xlsx"]).paths).toEqual(["-отчет.xlsx"]);
    expect(parseOptions(["a.xlsx", "--", "--help", "-f"])).toMatchObject({ help: false, paths: ["a.xlsx", "--help", "-f"] });
  });
});

describe("parseOptions with files whose names look like options", () => {
  const dir = useTempDir();
  let cwd: string;
  beforeEach(() => {
    cwd = process.cwd();
    process.chdir(dir.path);
  });
  afterEach(() => process.chdir(cwd));

  it("takes an existing --help.xlsx as a file, in its place among the paths, and lists it to be noted", () => {
    for (const name of ["--help.xlsx", "-fотчет.xlsx"]) fs.writeFileSync(name, "x");
    const options = parseOptions(["a.xlsx", "--help.xlsx", "-f", "json", "-fотчет.xlsx", "b.xlsx"]);
    expect(options).toMatchObject({
      help: false,
      format: "json",
      paths: ["a.xlsx", "--help.xlsx", "-fотчет.xlsx", "b.xlsx"],
      optionLikePaths: ["--help.xlsx", "-fотчет.xlsx"],
    });
  });

  it("keeps p2check's own options as options even when a file has their name, and refuses an unknown one that is not there", () => {
    for (const name of ["--help", "--lang=bg.xlsx"]) fs.writeFileSync(path.join(dir.path, name), "x");
    expect(parseOptions(["--help"])).toMatchObject({ help: true, paths: [], optionLikePaths: [] });
    expect(() => parseOptions(["--lang=bg.xlsx"])).toThrow("--lang: недопустима стойност „bg.xlsx“");
    expect(() => parseOptions(["--help.xlsx"])).toThrow("непозната опция --help / unknown option --help");
  });

  it("never takes the argument after an option that needs a value as a file, and says how to give a value with a dash", () => {
    fs.writeFileSync(path.join(dir.path, "-обобщение.xlsx"), "x");
    expect(() => parseOptions(["-s", "-обобщение.xlsx", "a.xlsx"])).toThrow(
      "стойността на --summary започва с „-“; пишете --summary=… / the value of --summary starts with \"-\"; write --summary=…",
    );
    expect(parseOptions(["--summary=-обобщение.xlsx", "a.xlsx"])).toMatchObject({
      summary: "-обобщение.xlsx",
      paths: ["a.xlsx"],
      optionLikePaths: [],
    });
  });

  it.each([
    [["--format", "xlsx"], /^--format: /],
    [["--lang", "fr"], /^--lang: /],
    [["--fail-on", "info"], /^--fail-on: /],
    [["--verbose"], /--verbose/],
    [["--format"], /--format/],
  ])("refuses %j with a UsageError naming the option", (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(UsageError);
    expect(() => parseOptions(argv)).toThrow(message);
  });

  it("says what is wrong in Bulgarian first, with the allowed values", () => {
    expect(() => parseOptions(["--format", "xlsx"])).toThrow(
      "--format: недопустима стойност „xlsx“; допустими са: text, json, csv, md / invalid value \"xlsx\"; use one of: text, json, csv, md",
    );
    expect(() => parseOptions(["--verbose"])).toThrow("непозната опция --verbose / unknown option --verbose");
    expect(() => parseOptions(["--lang"])).toThrow("опцията --lang иска стойност / --lang needs a value");
  });
});
