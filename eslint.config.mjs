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
  // ExcelJS's values come from src/file/exceljs.ts, which indexes its merge check; types may come from "exceljs".
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/file/exceljs.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "exceljs", message: "Import ExcelJS from src/file/exceljs.ts (its merge check indexed).", allowTypeImports: true }] },
      ],
    },
  },
  // Plain JavaScript: the webpack config and the pane tests' jest environment run in Node (CommonJS); legacy.js runs in the browser, even in IE 11.
  {
    files: ["webpack.config.js", "test/taskpane/setup/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
  // The harness's stand-in for ExcelJS's CSV module, which ExcelJS require()s (CommonJS, bundled by webpack).
  {
    files: ["src/harness/noCsv.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.commonjs },
  },
  {
    files: ["src/taskpane/legacy.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: globals.browser },
  },
  // What Excel loads must parse in Safari 14 (the add-in's ES2020 floor), which rejects a whole script holding a
  // regex look-behind. The bundle test finds them in the built scripts; this finds ours where they are written.
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/cli/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[regex.pattern=/\\(\\?<[=!]/]",
          message: "No regex look-behind: Safari before 16.4 cannot parse it (the add-in's floor is ES2020).",
        },
      ],
    },
  },
);
