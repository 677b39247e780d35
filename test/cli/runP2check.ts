/** p2check from the sources, for tests that need it in a process of its own (run with `node --import tsx`). */
import { main } from "../../src/cli/main";

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
