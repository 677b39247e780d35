#!/usr/bin/env node
// The command line is compiled from src/cli by `npm run build:cli` (run on npm install through "prepare").
require("../dist/cli/process.js").start(process.argv.slice(2));
