// Two builds from one config:
//   the add-in   (taskpane.html + commands.html + manifest.xml + icons) → dist/addin, what Excel loads;
//   the harness  (harness.html: the same pane over an .xlsx opened in the browser) → dist/harness, with --env harness.
// office.js comes from Microsoft's CDN script tag in taskpane.html and commands.html, never from the bundle; every page
// carries a Content-Security-Policy (contentSecurityPolicy below).
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** Where office.js comes from: the one script the add-in's pages load from anywhere but their own origin. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/**
 * Each page's Content-Security-Policy, written as a <meta> in its <head> before anything it governs. Scripts only
 * from the listed sources (no inline script, no eval); connections only to the page's own origin, as the add-in makes
 * no network calls; no plugins, no <base>, no forms. Styles may be inline: Fluent UI (Griffel) puts its CSS in <style>
 * elements at run time, and office.js in Excel on the web sets inline styles.
 */
function contentSecurityPolicy(scriptSources) {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

const ADDIN_POLICY = contentSecurityPolicy(["'self'", OFFICE_CDN]);
/** The help page has no script at all. */
const HELP_POLICY = contentSecurityPolicy(["'none'"]);
/** The harness runs without Office: its own scripts only. */
const HARNESS_POLICY = contentSecurityPolicy(["'self'"]);

/**
 * The web views that load the add-in, and so the syntax floor of its scripts: ES2020. WebView2 and Chromium 80+,
 * Safari 14+ (Excel on the Mac and the iPad), current Firefox for Excel on the web. Internet Explorer and EdgeHTML are
 * below it and get legacy.js's plain message instead. Dependencies ship newer syntax (Fluent UI's tabster has a class
 * `static {}` block and `??=`), so they are transpiled to this floor as well as our own code.
 */
const ADDIN_BROWSERS = ["chrome >= 80", "edge >= 80", "firefox >= 78", "safari >= 14", "ios_saf >= 14"];

/** The URL the manifest points at while developing; a production build replaces it with ADDIN_URL. */
const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const harness = Boolean(env.harness);
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    target: ["web", "es2020"],
    entry: harness
      ? { harness: "./src/harness/index.tsx" }
      : { taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts", message: "./src/commands/message.ts" },
    output: {
      path: path.resolve(__dirname, "dist", harness ? "harness" : "addin"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"], ...(harness && harnessResolve()) },
    module: { rules: harness ? [typescript(production)] : addinRules(production) },
    performance: { hints: false },
    // The harness's ExcelJS, with what it alone brings, is one script of its own ("exceljs", named by the dynamic
    // import in src/file/fileWorkbook.ts), loaded the first time something is written; no further splitting.
    optimization: harness ? { splitChunks: { cacheGroups: { default: false, defaultVendors: false } } } : undefined,
    plugins: harness ? harnessPlugins() : addinPlugins(production),
    devServer: harness ? undefined : await devServer(),
  };
};

/** Type checking is `npm run typecheck`'s job; here only transpile, to ES modules so webpack can tree-shake. */
function typescript(production) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "es2020", sourceMap: !production } },
  };
}

/**
 * What Excel loads goes through Babel down to ADDIN_BROWSERS: our TypeScript after ts-loader, and every dependency.
 * Syntax only, no polyfills. Babel's own helpers and core-js are left alone (they are what Babel calls).
 */
function addinRules(production) {
  const babel = {
    loader: "babel-loader",
    options: {
      babelrc: false,
      configFile: false,
      cacheDirectory: true,
      sourceType: "unambiguous",
      presets: [["@babel/preset-env", { targets: ADDIN_BROWSERS, modules: false, bugfixes: true }]],
    },
  };
  const { test, exclude, loader, options } = typescript(production);
  return [
    { test, exclude, use: [babel, { loader, options }] },
    { test: /\.[cm]?js$/, exclude: /[\\/]node_modules[\\/](@babel|core-js|webpack)[\\/]/, use: [babel] },
  ];
}

function addinPlugins(production) {
  const url = addinUrl(production);
  return [
    page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"], ADDIN_POLICY),
    page("commands.html", "./src/commands/commands.html", ["commands"], ADDIN_POLICY),
    // The ribbon command's failure, in a dialog (src/commands/failureDialog.ts).
    page("message.html", "./src/commands/message.html", ["message"], ADDIN_POLICY),
    page("help.html", "./src/taskpane/help.html", [], HELP_POLICY),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/icon-*.png", to: "assets/[name][ext]" },
        { from: "src/taskpane/legacy.js", to: "legacy.js" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => content.toString().split(DEV_URL).join(url),
        },
      ],
    }),
  ];
}

/** An HTML page from its template, with its scripts (none for a page without chunks) and its policy. */
function page(filename, template, chunks, csp) {
  return new HtmlWebpackPlugin({ filename, template, chunks, csp, inject: chunks.length > 0 });
}

/**
 * The harness takes ExcelJS from its ES5 sources without the polyfills its browser bundle carries (core-js for old
 * browsers, crypto for password hashes, CSV with its streams), so the page has less to run before the first results.
 * Node's stream, buffer and events come from their browser packages; fs and crypto are never called there.
 */
function harnessResolve() {
  const exceljs = path.dirname(require.resolve("exceljs/dist/es5/exceljs.bare.js"));
  return {
    alias: {
      exceljs$: path.join(exceljs, "exceljs.bare.js"),
      [path.join(exceljs, "csv", "csv.js")]: path.resolve(__dirname, "src/harness/noCsv.js"),
    },
    fallback: {
      buffer: require.resolve("buffer/"),
      events: require.resolve("events/"),
      stream: require.resolve("readable-stream"),
      crypto: false,
      fs: false,
      path: false,
      os: false,
    },
  };
}

function harnessPlugins() {
  const webpack = require("webpack");
  return [
    new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"], process: "process/browser" }),
    page("harness.html", "./src/harness/harness.html", ["harness"], HARNESS_POLICY),
    // The help page too, as the add-in has it: the pane's issues link to it, in the harness as in Excel.
    page("help.html", "./src/taskpane/help.html", [], HELP_POLICY),
    new CopyWebpackPlugin({ patterns: [{ from: "assets/samples/*.xlsx", to: "samples/[name][ext]" }] }),
  ];
}

/** Where the production add-in is hosted: ADDIN_URL (https, ending in "/"); development keeps localhost. */
function addinUrl(production) {
  const url = process.env.ADDIN_URL;
  if (!production || !url) {
    if (production) console.warn(`ADDIN_URL is not set: the manifest in dist/addin still points at ${DEV_URL}`);
    return DEV_URL;
  }
  if (!/^https:\/\/.+\/$/.test(url)) throw new Error(`ADDIN_URL must be an https URL ending in "/": ${url}`);
  return url;
}

/** `npm start`: https on localhost:3000 with the Office dev certificates, as Excel requires for sideloading. */
async function devServer() {
  if (!process.env.WEBPACK_SERVE) return undefined;
  const devCerts = require("office-addin-dev-certs");
  return {
    port: DEV_PORT,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: await devCerts.getHttpsServerOptions() },
  };
}
