import { parseOptions, UsageError } from "../../src/cli/options";

describe("parseOptions", () => {
  it("defaults to text, Bulgarian and failing on errors, with no paths", () => {
    expect(parseOptions([])).toEqual({ format: "text", lang: "bg", failOn: "error", help: false, paths: [] });
  });

  it("reads the long options, the short ones and --option=value", () => {
    expect(parseOptions(["a.xlsx", "--format", "csv", "--lang", "en", "--fail-on", "warning", "папка"])).toEqual({
      format: "csv",
      lang: "en",
      failOn: "warning",
      help: false,
      paths: ["a.xlsx", "папка"],
    });
    expect(parseOptions(["-f", "md", "-l", "en", "-h"])).toMatchObject({ format: "md", lang: "en", help: true });
    expect(parseOptions(["--format=json", "--fail-on=never"])).toMatchObject({ format: "json", failOn: "never" });
  });

  it("takes a path that starts with a dash after --", () => {
    expect(parseOptions(["--", "-отчет.xlsx"]).paths).toEqual(["-отчет.xlsx"]);
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
