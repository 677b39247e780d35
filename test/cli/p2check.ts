/** p2check run from its TypeScript sources as its own process (`node --import tsx`), as bin/p2check.js runs it built. */
import { start } from "../../src/cli/process";

start(process.argv.slice(2));
