/**
 * src/core runs unchanged in Excel, in the browser and in Node: it may import only itself and zod, and may not touch
 * host globals (office-js, the DOM, Node).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const CORE = path.join(__dirname, "../../src/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const files = sourceFiles(CORE).map((file) => ({ file: path.relative(CORE, file), source: readFileSync(file, "utf8") }));

function importsOf(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:from|import|require\()\s*["']([^"']+)["']/g)];
  return specifiers.map((match) => match[1] as string);
}

describe("src/core stays host-neutral", () => {
  it("has modules to look at", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("$file imports only relative modules and zod", ({ source }) => {
    const foreign = importsOf(source).filter((spec) => !spec.startsWith(".") && spec !== "zod");
    expect(foreign).toEqual([]);
  });

  it.each(files)("$file uses no host globals", ({ source }) => {
    const code = source
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
    const globals = /\b(Office|Excel|window|document|process|Buffer|require|__dirname|globalThis)\s*[.(]/.exec(code);
    expect(globals?.[0]).toBeUndefined();
  });
});
