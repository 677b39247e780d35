// The add-in manifest: valid against the Office schemas (offline, xmllint-wasm + vendor/office-xsd/), and saying what
// SPEC §5 promises: a "Провери" button in a "Приложение №2" group on the Home tab that opens the task pane,
// Bulgarian first with English overrides, icons that exist at their declared sizes, one base URL throughout.
import { describeProblems, validateManifest } from "../../scripts/validate-manifest";
import { SUMMARY_FUNCTION } from "../../src/commands/commands";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const VALIDATE = join(ROOT, "scripts", "validate-manifest.ts");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
// The production build replaces this prefix textually, so every URL must start with exactly it.
const BASE = "https://localhost:3000/";

const source = readFileSync(MANIFEST, "utf8");

// ---- schema validation ----------------------------------------------------------------------------------------

/** Valid or not, and libxml2's messages as "file:line: message" lines, so a failure shows them. */
async function validated(file: string): Promise<{ valid: boolean; problems: string }> {
  const verdict = await validateManifest(file);
  return { valid: verdict.valid, problems: describeProblems(verdict).join("\n") };
}

describe("schema validation (libxml2 as WebAssembly, offline)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "p2check-manifest-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function writeCopy(name: string, text: string): string {
    const file = join(dir, name);
    writeFileSync(file, text, "utf8");
    return file;
  }

  test("manifest.xml validates against OfficeAppManifestV1_1.xsd", async () => {
    // Comparing validity and messages together puts libxml2's messages into the failure output.
    expect(await validated(MANIFEST)).toEqual({ valid: true, problems: "" });
  });

  // Each copy breaks one schema rule; the message must name the element, so it fails for that reason.
  const broken: [string, (xml: string) => string, string][] = [
    ["an unknown permission", (xml) => xml.replace(">ReadWriteDocument<", ">Everything<"), "Permissions"],
    ["no Id", (xml) => xml.replace(/<Id>[^<]*<\/Id>/, ""), "Id"],
    ["a malformed Id", (xml) => xml.replace(/<Id>[^<]*<\/Id>/, "<Id>p2check</Id>"), "Id"],
    ["a button without an action", (xml) => xml.replace(/<Action [\s\S]*?<\/Action>/, ""), "Control"],
  ];
  test.each(broken)("a copy with %s is rejected, the element and its line named", async (name, breakIt, element) => {
    const text = breakIt(source);
    if (text === source) throw new Error(`the edit for "${name}" no longer applies to manifest.xml`);
    const file = writeCopy(`${name.replace(/\W+/g, "-")}.xml`, text);
    const result = await validated(file);
    expect(result.valid).toBe(false);
    expect(result.problems).toContain(element);
    expect(result.problems.startsWith(`${file}:`)).toBe(true);
    expect(result.problems.slice(file.length)).toMatch(/^:\d+: /);
  });

  test("npm run validate: 0 for manifest.xml, 1 and the file named for a broken copy", () => {
    const good = spawnSync(process.execPath, [TSX, VALIDATE], { encoding: "utf8" });
    expect({ status: good.status, stdout: good.stdout, stderr: good.stderr }).toEqual({
      status: 0,
      stdout: expect.stringContaining("OK"),
      stderr: "",
    });
    const bad = writeCopy("script-bad.xml", source.replace(">ReadWriteDocument<", ">Everything<"));
    const rejected = spawnSync(process.execPath, [TSX, VALIDATE, bad], { encoding: "utf8" });
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toContain(`INVALID ${bad}`);
  });
});

// ---- a small XML reader: enough for this file (elements, attributes, text; no DTD, no CDATA) -------------------

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? "");

function parseXml(xml: string): XmlElement {
  const doc: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [doc];
  // Sticky: every character must belong to a comment, a declaration, a tag or text, else the parse stops.
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/y;
  let m: RegExpExecArray | null;
  while (token.lastIndex < xml.length && (m = token.exec(xml)) !== null) {
    const top = stack[stack.length - 1]!;
    const [, closing, name, attrText = "", selfClosing, text] = m;
    if (text !== undefined) top.text += decode(text);
    else if (name === undefined) continue; // comment or <?xml ...?>
    else if (closing) {
      if (stack.pop()?.name !== name) throw new Error(`unexpected </${name}> at ${m.index}`);
    } else {
      const attrs: Record<string, string> = {};
      for (const [, key, value] of attrText.matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[key!] = decode(value!);
      const element: XmlElement = { name, attrs, children: [], text: "" };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (token.lastIndex !== xml.length || stack.length !== 1) {
    throw new Error(`XML not read to the end (stopped at ${token.lastIndex} of ${xml.length})`);
  }
  return doc.children[0]!;
}

/** Every element below `element`, document order. */
function allElements(element: XmlElement): XmlElement[] {
  return element.children.flatMap((c) => [c, ...allElements(c)]);
}

/** All descendants named `name`, document order. */
const all = (element: XmlElement, name: string): XmlElement[] => allElements(element).filter((e) => e.name === name);

/** The one child named `name` (and matching `attrs`); throws, with the names present, if it is not there. */
function one(element: XmlElement, name: string, attrs: Record<string, string> = {}): XmlElement {
  const found = element.children.filter(
    (c) => c.name === name && Object.entries(attrs).every(([k, v]) => c.attrs[k] === v),
  );
  if (found.length !== 1) {
    const present = element.children.map((c) => `${c.name}${JSON.stringify(c.attrs)}`).join(", ");
    throw new Error(`${element.name}: ${found.length} × ${name} ${JSON.stringify(attrs)}; children: ${present}`);
  }
  return found[0]!;
}

// Read on first use, inside a test: a manifest this reader cannot follow fails those tests, while the schema
// tests above still run and say what is wrong with it.
let parsed: XmlElement | undefined;
const manifest = (): XmlElement => (parsed ??= parseXml(source));
const overrides = (): XmlElement => one(manifest(), "VersionOverrides");
const resources = (): XmlElement => one(overrides(), "Resources");

/** A resource by its id (bt:String, bt:Url or bt:Image), so that a dangling resid fails here. */
function resource(id: string): XmlElement {
  const found = [...all(resources(), "bt:String"), ...all(resources(), "bt:Url"), ...all(resources(), "bt:Image")];
  const hits = found.filter((r) => r.attrs.id === id);
  if (hits.length !== 1) throw new Error(`resid "${id}" is defined ${hits.length} times in <Resources>`);
  return hits[0]!;
}

/** A localised string: the bg-BG override and the English default (undefined if missing). */
function localised(element: XmlElement): { bg: string | undefined; en: string | undefined } {
  const overrides = element.children.filter((c) => /^(bt:)?Override$/.test(c.name));
  const bg = overrides.find((c) => c.attrs.Locale === "bg-BG");
  return { bg: bg?.attrs.Value, en: element.attrs.DefaultValue };
}

const stringAt = (element: XmlElement, child: string): ReturnType<typeof localised> =>
  localised(resource(one(element, child).attrs.resid!));

/** Width and height from a PNG's IHDR chunk (always the first chunk, right after the 8-byte signature). */
function pngSize(bytes: Buffer): { width: number; height: number; colourType: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25]! };
}

/** Where a URL under BASE lives in the repository (the dev server serves assets/ as assets/). */
const repoPath = (url: string): string => join(ROOT, ...url.slice(BASE.length).split("/"));

// ---- what the manifest says ------------------------------------------------------------------------------------

describe("manifest.xml structure", () => {
  test("the XML reader refuses what it cannot read, so the checks below never look at half a file", () => {
    expect(() => parseXml("<a><b></a>")).toThrow("unexpected </a>");
    expect(() => parseXml("<a><b/>")).toThrow("not read to the end");
    expect(() => parseXml("<a x='1'/>")).toThrow("not read to the end");
    expect(parseXml('<a x="&quot;1&quot;"><b>t&amp;t</b></a>')).toEqual({
      name: "a",
      attrs: { x: '"1"' },
      children: [{ name: "b", attrs: {}, children: [], text: "t&t" }],
      text: "",
    });
  });

  // Looked up inside each test, so that a missing element fails that test with its path, not the whole file.
  const desktop = (): XmlElement =>
    one(one(one(overrides(), "Hosts"), "Host", { "xsi:type": "Workbook" }), "DesktopFormFactor");
  const group = (): XmlElement =>
    one(
      one(one(desktop(), "ExtensionPoint", { "xsi:type": "PrimaryCommandSurface" }), "OfficeTab", { id: "TabHome" }),
      "Group",
      { id: "P2Check.Group" },
    );

  test("a task pane add-in for Excel only, with read/write access and ExcelApi 1.1", () => {
    expect(manifest().name).toBe("OfficeApp");
    expect(manifest().attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(one(manifest(), "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one(manifest(), "Version").text).toBe("1.0.0.0");
    expect(one(manifest(), "ProviderName").text).toBe("p2check");
    expect(one(manifest(), "Hosts").children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(one(manifest(), "Permissions").text).toBe("ReadWriteDocument");
    const sets = one(one(manifest(), "Requirements"), "Sets");
    expect(sets.attrs.DefaultMinVersion).toBe("1.1");
    expect(sets.children.map((s) => s.attrs)).toEqual([{ Name: "ExcelApi", MinVersion: "1.1" }]);
    expect(one(one(manifest(), "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(`${BASE}taskpane.html`);
  });

  test("Bulgarian for a Bulgarian Office, English for every other display language", () => {
    // Office takes an override only for its exact locale: with English as the default, en-GB and de-DE get English,
    // as the pane does (environment.ts), rather than Bulgarian.
    expect(one(manifest(), "DefaultLocale").text).toBe("en-US");
    const locales = [...source.matchAll(/<(?:bt:)?Override Locale="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(locales)).toEqual(new Set(["bg-BG"]));
    expect(locales).toHaveLength(11);
    expect(localised(one(manifest(), "DisplayName"))).toEqual({
      bg: "Проверка на Приложение №2",
      en: "Annual goals report check (Annex 2)",
    });
    const description = localised(one(manifest(), "Description"));
    expect(description.bg).toMatch(/[а-я]/);
    expect(description.en).toMatch(/^[\x20-\x7e]+$/);
  });

  test('Home tab: group "Приложение №2" with "Провери", which opens the task pane, and "Обобщение"', () => {
    expect(stringAt(group(), "Label")).toEqual({ bg: "Приложение №2", en: "Annex 2" });
    const controls = all(group(), "Control");
    expect(controls.map((c) => [c.attrs["xsi:type"], c.attrs.id])).toEqual([
      ["Button", "P2Check.CheckButton"],
      ["Button", "P2Check.SummaryButton"],
    ]);
    const button = controls[0]!;
    expect(stringAt(button, "Label")).toEqual({ bg: "Провери", en: "Check" });
    const supertip = one(button, "Supertip");
    expect(stringAt(supertip, "Title").bg).toMatch(/[а-я]/);
    expect(stringAt(supertip, "Description").bg).toMatch(/[а-я]/);
    const action = one(button, "Action", { "xsi:type": "ShowTaskpane" });
    expect(one(action, "TaskpaneId").text).toBe("P2Check.Taskpane");
    expect(resource(one(action, "SourceLocation").attrs.resid!).attrs.DefaultValue).toBe(`${BASE}taskpane.html`);
    expect(resource(one(desktop(), "FunctionFile").attrs.resid!).attrs.DefaultValue).toBe(`${BASE}commands.html`);
  });

  test('"Обобщение" runs the function commands.ts registers, without the task pane', () => {
    const button = all(group(), "Control")[1]!;
    expect(stringAt(button, "Label")).toEqual({ bg: "Обобщение", en: "Summary" });
    expect(stringAt(one(button, "Supertip"), "Description").bg).toMatch(/Обобщение/);
    const action = one(button, "Action", { "xsi:type": "ExecuteFunction" });
    expect(one(action, "FunctionName").text).toBe(SUMMARY_FUNCTION);
  });

  test("GetStarted has a title, a description and a learn-more URL", () => {
    const started = one(desktop(), "GetStarted");
    expect(stringAt(started, "Title").bg).toMatch(/[а-я]/);
    expect(stringAt(started, "Description").bg).toMatch(/[а-я]/);
    expect(resource(one(started, "LearnMoreUrl").attrs.resid!).attrs.DefaultValue).toMatch(/^https:/);
  });

  test("every resid is defined, and every string resource has an English override", () => {
    const referenced = allElements(overrides()).flatMap((e) => (e.attrs.resid ? [e.attrs.resid] : []));
    expect(referenced.length).toBeGreaterThanOrEqual(10);
    for (const id of referenced) expect(() => resource(id)).not.toThrow();
    const strings = all(resources(), "bt:String");
    expect(strings.length).toBeGreaterThanOrEqual(6);
    for (const s of strings) {
      const { bg, en } = localised(s);
      expect({ id: s.attrs.id, bg: Boolean(bg), en: Boolean(en) }).toEqual({ id: s.attrs.id, bg: true, en: true });
    }
  });

  test(`every URL starts with ${BASE}`, () => {
    // xmlns values are namespace names, not addresses the add-in loads.
    const urls = allElements(manifest()).flatMap((e) =>
      Object.entries(e.attrs).flatMap(([k, v]) => (!k.startsWith("xmlns") && /^[a-z]+:\/\//i.test(v) ? [v] : [])),
    );
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
  });

  test("every icon exists in assets/ at its declared size, with transparency", () => {
    // [url, size the manifest promises]: IconUrl 32, HighResolutionIconUrl 64, ribbon images by their size="".
    const icons: [string, number][] = [
      [one(manifest(), "IconUrl").attrs.DefaultValue!, 32],
      [one(manifest(), "HighResolutionIconUrl").attrs.DefaultValue!, 64],
      ...all(desktop(), "bt:Image").map((i): [string, number] => [
        resource(i.attrs.resid!).attrs.DefaultValue!,
        Number(i.attrs.size),
      ]),
    ];
    // The ribbon needs 16, 32 and 80 for the group and for each button.
    expect(all(group(), "bt:Image").map((i) => i.attrs.size)).toEqual(["16", "32", "80", "16", "32", "80", "16", "32", "80"]);
    for (const [url, size] of icons) {
      expect(url).toBe(`${BASE}assets/icon-${size}.png`);
      const file = repoPath(url);
      expect(existsSync(file)).toBe(true);
      // Colour type 6 = RGBA: rendered with omitBackground, so the icon sits on any ribbon colour.
      expect({ url, ...pngSize(readFileSync(file)) }).toEqual({ url, width: size, height: size, colourType: 6 });
    }
  });
});
