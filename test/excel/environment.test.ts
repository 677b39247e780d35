import { HostError } from "../../src/host/hostError";
import {
  displayLang,
  logError,
  officeEnvironment,
  prefersDark,
  relativeLuminance,
} from "../../src/excel/environment";

const global = globalThis as { Office?: unknown; window?: unknown };

afterEach(() => {
  delete global.Office;
  delete global.window;
  jest.restoreAllMocks();
});

describe("officeEnvironment (office-js-helpers)", () => {
  it("outside a browser says nothing rather than throwing", () => {
    expect(officeEnvironment()).toEqual({ host: "", platform: "", inExcel: false });
  });

  it("in Excel on the web", () => {
    global.window = { Office: { context: { host: "Excel", platform: "OfficeOnline" } } };
    expect(officeEnvironment()).toEqual({ host: "EXCEL", platform: "OFFICE_ONLINE", inExcel: true });
  });

  it("in a plain browser page (the harness)", () => {
    global.window = { sessionStorage: {} };
    expect(officeEnvironment()).toEqual({ host: "WEB", platform: "", inExcel: false });
  });
});

describe("logError", () => {
  it("logs a HostError as its key and detail", () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    logError(new HostError("host.failed", { detail: "x" }, "GeneralException: x (at Range.values)"));
    expect(error).toHaveBeenCalledWith("host.failed: GeneralException: x (at Range.values)");
  });

  it("in a browser hands errors to Utilities.log, which groups them on the console", () => {
    global.window = {};
    const group = jest.spyOn(console, "group").mockImplementation(() => undefined);
    jest.spyOn(console, "groupCollapsed").mockImplementation(() => undefined);
    jest.spyOn(console, "groupEnd").mockImplementation(() => undefined);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    logError(new TypeError("boom"));
    expect(group).toHaveBeenCalledWith("TypeError: boom");
  });
});

describe("displayLang", () => {
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["EN-us", "en"],
    ["en-IE", "en"],
    ["bg-BG", "bg"],
    ["bg", "bg"],
    ["de-DE", "en"],
    ["ru-RU", "en"],
    ["mk-MK", "en"],
  ])("%s → %s", (language, lang) => {
    global.Office = { context: { displayLanguage: language } };
    expect(displayLang()).toBe(lang);
  });

  it("is Bulgarian outside Office, or where Office does not say", () => {
    expect(displayLang()).toBe("bg");
    global.Office = { context: { displayLanguage: "" } };
    expect(displayLang()).toBe("bg");
  });
});

describe("prefersDark", () => {
  it.each([
    ["#FFFFFF", false],
    ["#F3F3F3", false],
    ["#D4D4D4", false],
    ["#262626", true],
    ["#000000", true],
    ["#444", true],
  ])("body background %s → %s", (color, dark) => {
    global.Office = { context: { officeTheme: { bodyBackgroundColor: color } } };
    expect(prefersDark()).toBe(dark);
  });

  it("is false without a theme, or outside Office", () => {
    global.Office = { context: {} };
    expect(prefersDark()).toBe(false);
    delete global.Office;
    expect(prefersDark()).toBe(false);
  });

  it("is false for a colour it cannot read", () => {
    global.Office = { context: { officeTheme: { bodyBackgroundColor: "dark" } } };
    expect(prefersDark()).toBe(false);
  });
});

describe("relativeLuminance", () => {
  it("is 0 for black and 1 for white", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#fff")).toBeCloseTo(1);
    expect(relativeLuminance("nope")).toBeUndefined();
  });
});
