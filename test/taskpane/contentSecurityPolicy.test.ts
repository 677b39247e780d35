/**
 * Every page the build writes carries a Content-Security-Policy, first in its <head>: scripts only from the page's
 * own origin and, in the add-in, Microsoft's office.js CDN; no inline script anywhere; connections only to the own
 * origin. The pages are built by webpack.config.js as it is, with a one-line script in place of each bundle: what the
 * policy is, and where the build puts scripts, does not depend on what the bundles hold (the browser tests run the
 * real pane under the harness's policy).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack, { type Configuration } from "webpack";

const ROOT = path.join(__dirname, "..", "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own config, a CommonJS module
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;

/** Builds the pages of one build (the add-in, or the harness with `--env harness`) into `folder`/out. */
async function buildPages(env: Record<string, unknown>, folder: string): Promise<void> {
  const config = await makeConfig(env, { mode: "production" });
  mkdirSync(folder, { recursive: true });
  const stub = path.join(folder, "stub.js");
  writeFileSync(stub, 'document.title += "";\n');
  const names = Object.keys(config.entry as Record<string, string>);
  config.entry = Object.fromEntries(names.map((name) => [name, stub]));
  config.output = { ...config.output, path: path.join(folder, "out") };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
      else resolve();
    }),
  );
}

/** The attributes of an HTML tag as the minifier leaves them: quoted, unquoted or bare. */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, double, single, bare] of tag.matchAll(/\s([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    found[(name as string).toLowerCase()] = double ?? single ?? bare ?? "";
  }
  return found;
}

function policyOf(html: string): Map<string, string[]> {
  const meta = [...html.matchAll(/<meta\b[^>]*>/gi)].map((match) => attributes(match[0]));
  const policies = meta.filter((attrs) => attrs["http-equiv"]?.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  const directives = (policies[0]?.content ?? "").split(";").map((part) => part.trim().split(/\s+/));
  return new Map(directives.map(([name, ...sources]) => [name as string, sources]));
}

describe("the built pages' Content-Security-Policy", () => {
  let folder: string;
  const page = (name: string) =>
    readFileSync(path.join(folder, name === "harness.html" ? "harness" : "addin", "out", name), "utf8");

  const addinUrl = process.env.ADDIN_URL;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "p2check-pages-"));
    // A production build as it is deployed (without ADDIN_URL the config warns that the manifest points at localhost).
    process.env.ADDIN_URL = "https://intranet.example.bg/p2check/";
    await buildPages({}, path.join(folder, "addin"));
    await buildPages({ harness: true }, path.join(folder, "harness"));
  }, 120_000);
  afterAll(() => {
    if (addinUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = addinUrl;
    rmSync(folder, { recursive: true, force: true });
  });

  it.each([
    ["taskpane.html", ["'self'", OFFICE_CDN]],
    ["commands.html", ["'self'", OFFICE_CDN]],
    ["message.html", ["'self'", OFFICE_CDN]],
    ["help.html", ["'none'"]],
    ["harness.html", ["'self'"]],
  ])("%s allows scripts from %j only, connections to its own origin only, and no plugins, <base> or forms", (name, scripts) => {
    const policy = policyOf(page(name));
    expect(policy.get("script-src")).toEqual(scripts);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
  });

  it.each(["taskpane.html", "commands.html", "message.html", "help.html", "harness.html"])(
    "%s has the policy before any script or style, and no inline script or event handler",
    (name) => {
      const html = page(name);
      const metaAt = html.search(/<meta\b[^>]*content-security-policy/i);
      expect(metaAt).toBeGreaterThan(0);
      const firstLoad = html.search(/<(script|link|style)\b/i);
      expect(firstLoad === -1 || metaAt < firstLoad).toBe(true);
      for (const [, tag, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
        expect(body).toBe("");
        const src = attributes(tag as string).src ?? "";
        expect(src.startsWith(`${OFFICE_CDN}/`) || /^[\w.-]+\.js$/.test(src)).toBe(true);
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
    },
  );

  it("loads office.js from the CDN, then legacy.js and the bundle from the page's own folder", () => {
    const scripts = [...page("taskpane.html").matchAll(/<script\b[^>]*>/gi)].map((match) => attributes(match[0]).src);
    expect(scripts).toEqual([
      `${OFFICE_CDN}/lib/1/hosted/office.js`,
      "legacy.js",
      expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/),
    ]);
  });
});
