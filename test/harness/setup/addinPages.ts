/** Where globalSetup builds the add-in's pages for the browser tests, and how the workers find them served. */
import { join } from "node:path";
import { ROOT } from "../../../scripts/build";

/** Not dist/addin: a test build must not replace a production build made with ADDIN_URL. */
export const ADDIN_DIR = join(ROOT, ".tmp", "test", "addin");

/** The environment variable that holds the served add-in folder's base URL. */
export const ADDIN_PAGES_VARIABLE = "ADDIN_PAGES_URL";

export function addinPagesBase(): string {
  const base = process.env[ADDIN_PAGES_VARIABLE];
  if (!base) throw new Error(`${ADDIN_PAGES_VARIABLE} is not set: the browser project's globalSetup did not run`);
  return base;
}
