// Which browser the browser tests drive: P2CHECK_BROWSER, then a system one, then the npm package's Chromium on
// x64 Linux; where none can be had, one line that says what to do.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import {
  BROWSER_ARGS,
  diedWhileStarting,
  findBrowser,
  LAUNCH_RETRIES,
  launchBrowser,
  NO_BROWSER_HINT,
  systemBrowserPaths,
} from "../../scripts/browser";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "p2check-browser-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("P2CHECK_BROWSER comes first, whatever else is installed", async () => {
  const named = join(dir, "my-chrome");
  writeFileSync(named, "");
  const found = await findBrowser({ env: { P2CHECK_BROWSER: named }, platform: "linux", arch: "x64" });
  expect(found).toEqual({ executablePath: named, source: "P2CHECK_BROWSER" });
});

test("a P2CHECK_BROWSER that is no file is an error, not a reason to look elsewhere", async () => {
  const missing = join(dir, "no-such-browser");
  const search = findBrowser({ env: { P2CHECK_BROWSER: missing }, platform: "linux", arch: "x64" });
  await expect(search).rejects.toThrow(`P2CHECK_BROWSER=${missing} is not a file`);
  await expect(findBrowser({ env: { P2CHECK_BROWSER: dir }, platform: "linux", arch: "x64" })).rejects.toThrow(
    "is not a file",
  );
});

test("without any browser (here: a Mac's paths, which this machine lacks) the error is one line saying what to do", async () => {
  const error = await findBrowser({ env: {}, platform: "darwin", arch: "arm64" }).catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toBe(NO_BROWSER_HINT);
  expect(NO_BROWSER_HINT).not.toContain("\n");
  expect(NO_BROWSER_HINT).toContain("P2CHECK_BROWSER=");
});

test("the usual install paths of Chromium, Chrome and Edge on each platform", () => {
  expect(systemBrowserPaths("linux", {})).toEqual(expect.arrayContaining(["/usr/bin/chromium", "/usr/bin/google-chrome"]));
  expect(systemBrowserPaths("darwin", {})).toContain("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
  const windows = systemBrowserPaths("win32", {
    PROGRAMFILES: "C:\\Program Files",
    "PROGRAMFILES(X86)": "C:\\Program Files (x86)",
    LOCALAPPDATA: "C:\\Users\\ivan\\AppData\\Local",
  });
  expect(windows).toContain("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");
  expect(windows).toContain("C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe");
  expect(windows).toContain("C:\\Users\\ivan\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe");
});

describe("a browser that dies while starting", () => {
  // The call log Playwright puts in the error when the process exits before it connects (from a real CI run).
  const crash = new Error(
    "browserType.launch: Target page, context or browser has been closed\n" +
      "  - [pid=30241] <process did exit: exitCode=null, signal=SIGSEGV>",
  );
  const found = { executablePath: "/opt/chromium", source: "system" as const };
  const aBrowser = { version: () => "143" } as unknown as Browser;

  test("is started again, and the retry is said on a line of its own", async () => {
    const outcomes: Array<Error | Browser> = [crash, aBrowser];
    const launch = jest.fn(async () => {
      const next = outcomes.shift()!;
      if (next instanceof Error) throw next;
      return next;
    });
    const lines: string[] = [];
    await expect(launchBrowser(found, launch, (line) => lines.push(line))).resolves.toBe(aBrowser);
    expect(launch).toHaveBeenCalledTimes(2);
    expect(launch).toHaveBeenLastCalledWith({ executablePath: "/opt/chromium", args: [...BROWSER_ARGS] });
    expect(lines).toEqual(["browser: /opt/chromium died while starting; starting it again (1 of 2)"]);
  });

  test(`fails after ${LAUNCH_RETRIES} more starts, with the browser's own error`, async () => {
    const launch = jest.fn(async (): Promise<Browser> => {
      throw crash;
    });
    await expect(launchBrowser(found, launch, () => undefined)).rejects.toBe(crash);
    expect(launch).toHaveBeenCalledTimes(1 + LAUNCH_RETRIES);
  });

  test("any other failure is thrown at once", async () => {
    const wrongPath = new Error("browserType.launch: Failed to launch: Error: spawn /opt/chromium ENOENT");
    const launch = jest.fn(async (): Promise<Browser> => {
      throw wrongPath;
    });
    await expect(launchBrowser(found, launch, () => undefined)).rejects.toBe(wrongPath);
    expect(launch).toHaveBeenCalledTimes(1);
    expect(diedWhileStarting(wrongPath)).toBe(false);
    expect(diedWhileStarting(crash)).toBe(true);
  });
});
