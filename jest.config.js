// Two projects: the unit tests (node, fast), and the browser tests, which build the harness once, serve it on a
// free port and drive a Chromium that scripts/browser.ts finds, with playwright-core (test/harness/*.browser.test.ts).
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] };

/** @type {import('jest').Config} */
module.exports = {
  // Tests that spawn p2check or build workbooks must hold on a loaded 2-core machine; the browser project raises it further.
  testTimeout: 30_000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["\\.browser\\.test\\.ts$"],
      transform,
      // office-addin-mock requires office-addin-manifest, whose dependencies are ESM-only; the mock never uses it.
      moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.browser.test.ts"],
      transform,
      globalSetup: "<rootDir>/test/harness/setup/globalSetup.ts",
      globalTeardown: "<rootDir>/test/harness/setup/globalTeardown.ts",
      setupFilesAfterEnv: ["<rootDir>/test/harness/setup/timeouts.ts"],
    },
  ],
};
