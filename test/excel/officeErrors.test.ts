import { text } from "../../src/core/i18n/strings";
import { HostError } from "../../src/host/hostError";
import { isPayloadTooLarge, toHostError } from "../../src/excel/officeErrors";
import { officeError } from "./fakeExcel";

describe("toHostError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "host.cellEditing"],
    ["AccessDenied", "host.protected"],
    ["ItemNotFound", "host.notFound"],
    ["Conflict", "host.busy"],
    ["ApiNotFound", "host.unsupported"],
    ["ItemAlreadyExists", "host.nameTaken"],
    ["InactiveWorkbook", "host.inactiveWorkbook"],
    ["ActivityLimitReached", "host.activityLimit"],
    ["UnsupportedSheet", "host.unsupportedSheet"],
    ["RequestPayloadSizeLimitExceeded", "host.tooLarge"],
    ["ResponsePayloadSizeLimitExceeded", "host.tooLarge"],
    ["GeneralException", "host.failed"],
    ["NoSuchCodeYet", "host.failed"],
  ])("%s → %s", (code, key) => {
    const error = toHostError(officeError(code, "Excel's own words."));
    expect(error).toBeInstanceOf(HostError);
    expect(error.key).toBe(key);
    expect(error.message).toBe(key);
  });

  it("keeps Excel's words and where it stopped for the console only", () => {
    const error = toHostError(officeError("AccessDenied", "The cell you are trying to change is protected."));
    expect(error.params).toEqual({});
    expect(error.detail).toBe(
      "AccessDenied: The cell you are trying to change is protected. (at Range.getIntersection)",
    );
  });

  it("gives host.failed the code and the first line of the message as its detail", () => {
    const error = toHostError(officeError("GeneralException", "An internal error has occurred.\nat line 3"));
    expect(error.params).toEqual({ detail: "GeneralException: An internal error has occurred." });
    expect(text("bg", error.key, error.params)).toBe(
      "Excel не изпълни заявката (GeneralException: An internal error has occurred.). Опитайте отново.",
    );
  });

  it("turns a plain Error into host.failed without its stack", () => {
    const thrown = new Error("boom\n    at somewhere (file.js:1:1)");
    const error = toHostError(thrown);
    expect(error.key).toBe("host.failed");
    expect(error.params.detail).toBe("boom");
    expect(error.message).not.toContain("at somewhere");
    expect(error.detail).not.toContain(thrown.stack ?? "no stack");
  });

  it("copes with whatever else is thrown", () => {
    expect(toHostError("kaput").params).toEqual({ detail: "kaput" });
    expect(toHostError(undefined).params).toEqual({ detail: "unknown error" });
    expect(toHostError({ weird: true }).params).toEqual({ detail: "unknown error" });
    expect(toHostError({ code: 42 }).key).toBe("host.failed");
  });

  it("shortens a long detail", () => {
    const detail = toHostError(new Error("x".repeat(500))).params.detail;
    expect(String(detail).length).toBeLessThanOrEqual(160);
    expect(String(detail).endsWith("…")).toBe(true);
  });

  it("passes a HostError through unchanged", () => {
    const original = new HostError("host.busy");
    expect(toHostError(original)).toBe(original);
  });

  it("every key it gives has words in both languages", () => {
    for (const code of ["AccessDenied", "ItemNotFound", "Conflict", "ApiNotFound", "RangeExceedsLimit"]) {
      const { key } = toHostError(officeError(code));
      expect(text("bg", key)).not.toBe("");
      expect(text("en", key)).not.toBe("");
    }
  });
});

describe("isPayloadTooLarge", () => {
  it("is true for the two 5 MB codes only", () => {
    expect(isPayloadTooLarge(officeError("ResponsePayloadSizeLimitExceeded"))).toBe(true);
    expect(isPayloadTooLarge(officeError("RequestPayloadSizeLimitExceeded"))).toBe(true);
    expect(isPayloadTooLarge(officeError("RangeExceedsLimit"))).toBe(false);
    expect(isPayloadTooLarge(new Error("ResponsePayloadSizeLimitExceeded"))).toBe(false);
  });
});

describe("the protected-sheet message", () => {
  it("says where to unprotect the sheet", () => {
    expect(text("bg", "host.protected")).toContain("Преглед → Премахване на защитата на лист");
    expect(text("en", "host.protected")).toContain("Review → Unprotect Sheet");
  });
});
