import fs from "node:fs";
import { checkBytes } from "../../src/cli/checkBytes";
import { isUnreadable } from "../../src/cli/checkFiles";
import * as check from "../../src/core/check";
import { cleanSheet } from "../fixtures/clean";
import { useTempDir, writeWorkbook } from "./helpers";

const dir = useTempDir();

it("turns a fault of the checker on one workbook into that file's reason, so a batch goes on", async () => {
  const file = await writeWorkbook(dir.path, "clean.xlsx", [cleanSheet()]);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const fault = jest.spyOn(check, "checkWorkbook").mockImplementationOnce(() => {
    throw new TypeError("Cannot read properties of undefined");
  });
  try {
    expect(await checkBytes(file, bytes, "bg")).toEqual({
      file,
      error:
        "проверката на файла спря поради грешка в програмата (Cannot read properties of undefined); моля, изпратете ни файла",
    });
    expect(isUnreadable(await checkBytes(file, bytes, "bg"))).toBe(false);
  } finally {
    fault.mockRestore();
  }
});
