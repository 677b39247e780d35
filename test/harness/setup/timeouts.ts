// Browser tests wait on conditions; on a loaded 2-core machine a page load and a re-check can take many seconds, so
// a test and its hooks get a minute (Jest 29 sets testTimeout only for all projects at once, hence this file).
jest.setTimeout(60_000);
