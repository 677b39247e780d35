// Lint: TypeScript's recommended rules, plus the project's security rules (no eval in any form).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", ".tmp/", "bin/", "jest.config.js", "test/stubs/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // Plain JavaScript: the webpack config runs in Node (CommonJS); legacy.js runs in the browser, even in IE 11.
  {
    files: ["webpack.config.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
  // The harness's stand-in for ExcelJS's CSV module, which ExcelJS require()s (CommonJS, bundled by webpack).
  {
    files: ["src/harness/noCsv.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.commonjs },
  },
  {
    files: ["src/taskpane/legacy.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
);
