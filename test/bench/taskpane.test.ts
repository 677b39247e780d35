import { localScripts } from "../../bench/taskpane";

describe("the scripts a page loads, for the bundle size benchmark", () => {
  it("finds quoted and unquoted src attributes and leaves CDN scripts out", () => {
    const html =
      '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script src="legacy.js"></script>' +
      "<script defer src=taskpane.429fa5fd.js></script><script>inline()</script><script src='//cdn.example/x.js'></script>";
    expect(localScripts(html)).toEqual({
      local: ["legacy.js", "taskpane.429fa5fd.js"],
      remote: ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "//cdn.example/x.js"],
    });
  });
});
