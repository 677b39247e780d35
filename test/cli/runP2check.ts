/**
 * p2check from the sources, for tests that need it in a process of its own (run with `node --import tsx`): started
 * as bin/p2check.js starts the built one, with its handling of closed pipes and unexpected errors.
 */
import { start } from "../../src/cli/process";

start(process.argv.slice(2));
