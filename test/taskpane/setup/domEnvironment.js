// jsdom for the tests that render the task pane over the fake Excel, with what every browser the pane runs in has
// and jsdom lacks: TextEncoder/TextDecoder (the fixtures' .xlsx reader), CSS.escape (the issue list finds a row by
// its key; the css.escape package is the standard's own polyfill) and ResizeObserver (the windowed issue list;
// jsdom lays nothing out, so there is never a size to tell). Packages load as in Node (the fixtures build .xlsx files
// with ExcelJS, whose browser build is not CommonJS).
/* eslint-disable @typescript-eslint/no-require-imports -- a Jest environment is a CommonJS module */
const { TestEnvironment } = require("jest-environment-jsdom");
const cssEscape = require("css.escape");

class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

module.exports = class DomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    // Node's own: the jsdom window has none.
    Object.assign(this.global, { TextDecoder, TextEncoder, ResizeObserver, CSS: { escape: cssEscape } });
    this.customExportConditions = ["node", "node-addons"];
  }
};
