/**
 * Which Chromium-family browser the browser tests, the screenshots, the icons and the benchmark drive, and how to
 * start it. playwright-core never downloads a browser, so one is looked for in this order:
 *   1. P2CHECK_BROWSER, a path to Chromium, Chrome or Edge (a wrong path is an error, not a reason to look on);
 *   2. a system Chromium, Chrome or Edge where Linux, macOS and Windows install them;
 *   3. the Chromium inside the optional npm package @sparticuz/chromium (x64 Linux only), unpacked to the system's
 *      temp folder on first use.
 * Where none can be had, `findBrowser` throws one line that says how to point the tests at a browser.
 */
import { existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";

export type BrowserSource = "P2CHECK_BROWSER" | "system" | "@sparticuz/chromium";

export interface FoundBrowser {
  executablePath: string;
  source: BrowserSource;
}

export const BROWSER_VARIABLE = "P2CHECK_BROWSER";

/** The one line a user reads when no browser can be had. */
export const NO_BROWSER_HINT =
  `no Chromium, Chrome or Edge found: install one, or set ${BROWSER_VARIABLE} to its executable ` +
  `(e.g. ${BROWSER_VARIABLE}=/usr/bin/chromium npm test)`;

// Without the background-networking flags Chromium keeps trying Google's hosts, which a closed network refuses.
// No --disable-gpu: the npm Chromium (headless shell) cannot take screenshots with it; headless needs no GPU anyway.
export const BROWSER_ARGS: readonly string[] = [
  "--no-sandbox",
  "--headless",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Where each platform's installers put Chromium, Chrome and Edge. */
export function systemBrowserPaths(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (platform === "darwin") {
    return [
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
  }
  if (platform === "win32") {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env["PROGRAMFILES(X86)"]].filter((root) => !!root);
    const apps = ["Chromium\\Application\\chrome.exe", "Google\\Chrome\\Application\\chrome.exe"];
    const edge = "Microsoft\\Edge\\Application\\msedge.exe";
    return [...apps, edge].flatMap((app) => roots.map((root) => `${root}\\${app}`));
  }
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/snap/bin/chromium",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/opt/google/chrome/chrome",
    "/usr/bin/microsoft-edge",
    "/usr/bin/microsoft-edge-stable",
  ];
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Where to look: this machine unless a test says otherwise. */
export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
}

const THIS_MACHINE: BrowserSearch = { env: process.env, platform: process.platform, arch: process.arch };

/** The package's Chromium is built for x64 Linux; elsewhere it is not even tried. */
async function npmChromium({ platform, arch }: BrowserSearch): Promise<string | undefined> {
  if (platform !== "linux" || arch !== "x64") return undefined;
  let packaged: { executablePath(): Promise<string> };
  try {
    packaged = (await import("@sparticuz/chromium")).default;
  } catch {
    return undefined; // the optional dependency was not installed
  }
  // Fonts: the package brings its own; it needs them only where the system has no fontconfig at all.
  if (!existsSync("/etc/fonts/fonts.conf")) process.env.FONTCONFIG_PATH ??= join(tmpdir(), "fonts");
  return packaged.executablePath();
}

export async function findBrowser(search: BrowserSearch = THIS_MACHINE): Promise<FoundBrowser> {
  const named = search.env[BROWSER_VARIABLE];
  if (named) {
    if (!isFile(named)) throw new Error(`${BROWSER_VARIABLE}=${named} is not a file: set it to the executable of Chromium, Chrome or Edge`);
    return { executablePath: named, source: "P2CHECK_BROWSER" };
  }
  const system = systemBrowserPaths(search.platform, search.env).find(isFile);
  if (system) return { executablePath: system, source: "system" };
  const packaged = await npmChromium(search);
  if (packaged) return { executablePath: packaged, source: "@sparticuz/chromium" };
  throw new Error(NO_BROWSER_HINT);
}

/** How many times a browser that dies while starting is started again before the failure is thrown. */
export const LAUNCH_RETRIES = 2;

/**
 * Whether a launch failed because the browser process itself died before Playwright could connect (its call log
 * then says "process did exit … signal=…"). The npm Chromium does this now and then on a loaded machine (SIGSEGV
 * at start, once in a CI run of some 60 starts); starting it again works. A wrong path or bad flags fail otherwise.
 */
export function diedWhileStarting(error: unknown): boolean {
  return error instanceof Error && /process did exit: exitCode=\S+, signal=SIG[A-Z]+/.test(error.message);
}

type Launcher = (options: { executablePath: string; args: string[] }) => Promise<Browser>;

/** Starts the browser found (or `found`), headless, with the flags a closed network needs. */
export async function launchBrowser(
  found?: FoundBrowser,
  launch: Launcher = (options) => chromium.launch(options),
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<Browser> {
  const { executablePath } = found ?? (await findBrowser());
  for (let attempt = 0; ; attempt++) {
    try {
      return await launch({ executablePath, args: [...BROWSER_ARGS] });
    } catch (error) {
      if (attempt >= LAUNCH_RETRIES || !diedWhileStarting(error)) throw error;
      log(`browser: ${executablePath} died while starting; starting it again (${attempt + 1} of ${LAUNCH_RETRIES})`);
    }
  }
}
