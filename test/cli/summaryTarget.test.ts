/**
 * Where p2check --summary may write, decided before any file is checked; and a summary an earlier run wrote into the
 * folder being checked, which the same command run again must not trip over.
 */
import fs from "node:fs";
import fsPromises from "node:fs/promises";
import path from "node:path";
import { IsolatedChecker } from "../../src/cli/isolation";
import { cleanSheet, cleanWith } from "../fixtures/clean";
import { jsonItems, run, sha256, useTempDir, writeWorkbook } from "./helpers";

describe("the --summary target", () => {
  const dir = useTempDir();
  let reports: string;
  let target: string;

  beforeEach(async () => {
    reports = path.join(dir.path, "отчети");
    await writeWorkbook(reports, "хасково.xlsx", [cleanSheet()]);
    await writeWorkbook(reports, "2024/без-статус.xlsx", [cleanWith(1, { status: null })]);
    target = path.join(reports, "обобщение.xlsx");
  });

  it("written into the checked folder, is left out and replaced when the same command runs again", async () => {
    const first = await run([reports, "--summary", target, "--format", "json"]);
    expect(first.code).toBe(1); // one report has a goal without a status
    expect(jsonItems(first.stdout)).toHaveLength(2);
    fs.utimesSync(target, new Date(0), new Date(0));

    const again = await run([reports, "--summary", target, "--format", "json"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `p2check: ${target}: обобщение от предишна проверка с p2check; не се проверява и ще бъде заменено\n`,
    );
    expect(again.stderr).toContain(`Обобщението е записано в ${target}`);
    const files = jsonItems(again.stdout).map((item) => (item as { file: string }).file);
    expect(files.sort()).toEqual([path.join(reports, "2024/без-статус.xlsx"), path.join(reports, "хасково.xlsx")]);
    expect(fs.statSync(target).mtimeMs).toBeGreaterThan(0); // written again
  });

  it("is still refused when it is a report found in the folder, or an earlier summary named to be checked", async () => {
    const report = path.join(reports, "хасково.xlsx");
    const before = sha256(report);
    const overReport = await run([reports, "--summary", report]);
    expect(overReport).toEqual({ code: 2, stdout: "", stderr: expect.stringContaining(`„${report}“ е сред проверяваните файлове`) });
    expect(sha256(report)).toBe(before);

    await run([reports, "--summary", target]);
    const named = await run([target, "--summary", target]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain(`„${target}“ е сред проверяваните файлове`);
  });

  it("that is a folder is refused before any file is checked", async () => {
    const folder = path.join(dir.path, "папка.xlsx");
    fs.mkdirSync(folder);
    const checks = jest.spyOn(IsolatedChecker.prototype, "check");
    try {
      const result = await run(["--summary", folder, reports]);
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr: `p2check: „${folder}“ е папка; за обобщението посочете файл, който завършва на .xlsx\n`,
      });
      expect(checks).not.toHaveBeenCalled();
    } finally {
      checks.mockRestore();
    }
  });

  it("in a folder nothing can be written to is refused before any file is checked", async () => {
    const readOnly = path.join(dir.path, "само-за-четене");
    fs.mkdirSync(readOnly);
    // A read-only file system: root can write past permissions, but not there; made here by answering for access().
    const realAccess = fsPromises.access;
    const access = jest.spyOn(fsPromises, "access").mockImplementation((file, mode) =>
      path.resolve(String(file)) === readOnly
        ? Promise.reject(Object.assign(new Error("EROFS: read-only file system"), { code: "EROFS" }))
        : realAccess(file, mode),
    );
    const checks = jest.spyOn(IsolatedChecker.prototype, "check");
    try {
      const result = await run(["--summary", path.join(readOnly, "обобщение.xlsx"), reports, "--lang", "en"]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(
        `p2check: nothing can be written in the folder “${readOnly}” (EROFS); choose another place for the summary ` +
          `“${path.join(readOnly, "обобщение.xlsx")}”\n`,
      );
      expect(checks).not.toHaveBeenCalled();
    } finally {
      access.mockRestore();
      checks.mockRestore();
    }
  });
});
