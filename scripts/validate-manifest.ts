/**
 * Validates add-in manifests against the Office schemas in vendor/office-xsd/ (see PROVENANCE.md there), offline and
 * with nothing installed: libxml2 compiled to WebAssembly (xmllint-wasm) is handed every schema file up front, so it
 * never reaches for the network or the disk.
 * Usage: npm run validate [-- manifest.xml ...]   (no arguments: the repository's manifest.xml)
 * Exit code: 0 all valid; 1 a manifest is invalid or missing.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { validateXML } from "xmllint-wasm";

const ROOT = join(__dirname, "..");
export const SCHEMA_DIR = join(ROOT, "vendor", "office-xsd");
export const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
export const MANIFEST = join(ROOT, "manifest.xml");

export interface ManifestProblem {
  /** The line in the manifest, when libxml2 names one. */
  line?: number;
  message: string;
}

export interface ManifestVerdict {
  file: string;
  valid: boolean;
  problems: ManifestProblem[];
}

/** Every vendored schema: the main one, and the ones it imports by relative path for xmllint-wasm to preload. */
function schemas(): { main: { fileName: string; contents: string }; imports: { fileName: string; contents: string }[] } {
  const read = (fileName: string) => ({ fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), "utf8") });
  const others = readdirSync(SCHEMA_DIR).filter((name) => name.endsWith(".xsd") && name !== MAIN_SCHEMA);
  return { main: read(MAIN_SCHEMA), imports: others.map(read) };
}

export async function validateManifest(file: string): Promise<ManifestVerdict> {
  let text: string;
  try {
    if (!statSync(file).isFile()) return { file, valid: false, problems: [{ message: "not a file" }] };
    text = readFileSync(file, "utf8");
  } catch {
    return { file, valid: false, problems: [{ message: "no such file" }] };
  }
  const { main, imports } = schemas();
  const result = await validateXML({
    xml: [{ fileName: basename(file), contents: text }],
    schema: [main],
    preload: imports,
    disableFileNameValidation: true,
  });
  const problems = result.errors.map((error) => ({ line: error.loc?.lineNumber, message: error.message }));
  return { file, valid: result.valid, problems };
}

/** One line per problem, "file:line: message", as xmllint prints them. */
export function describeProblems(verdict: ManifestVerdict): string[] {
  return verdict.problems.map((problem) =>
    problem.line === undefined ? `${verdict.file}: ${problem.message}` : `${verdict.file}:${problem.line}: ${problem.message}`,
  );
}

async function main(files: string[]): Promise<number> {
  let failed = 0;
  for (const file of files.length > 0 ? files : [MANIFEST]) {
    const verdict = await validateManifest(file);
    if (verdict.valid) {
      console.log(`OK      ${file} is a valid Office add-in manifest`);
      continue;
    }
    for (const line of describeProblems(verdict)) console.error(line);
    console.error(`INVALID ${file} does not match the Office add-in manifest schema`);
    failed = 1;
  }
  return failed;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`validate-manifest: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
