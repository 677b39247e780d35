#!/usr/bin/env node
// The command line is compiled from src/cli by `npm run build:cli` (run on npm install through "prepare").
// The check worker is started first of all: on two cores it loads the checker while this thread loads p2check.
const argv = process.argv.slice(2);
require("../dist/cli/workerStart.js").startWorkerFor(argv);
require("../dist/cli/process.js").start(argv);
