/**
 * The harness page carries its own Content-Security-Policy (scripts from its origin only, connections only to it),
 * and the real task pane runs under it: opening, checking, the summary, a workbook opened from disk and the download
 * all work with nothing refused.
 */
import { readFile } from "node:fs/promises";
import { buildWorkbook } from "../fixtures/builder";
import { cleanWith } from "../fixtures/clean";
import { harnessUrl, useBrowser } from "./browser";
import { HARNESS_VIEWPORT } from "../../scripts/harness/open";

const chromium = useBrowser();

describe("the harness under its Content-Security-Policy", () => {
  it("runs the pane with nothing refused, and no inline script or connection elsewhere would be allowed", async () => {
    const page = await chromium.browser.newPage({ viewport: HARNESS_VIEWPORT, acceptDownloads: true });
    const refused: string[] = [];
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(harnessUrl());
    await page.getByTestId("count-error").waitFor();

    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy?.split("; ")).toEqual(
      expect.arrayContaining(["script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]),
    );

    // The pane's work: a summary, a workbook of one's own opened from disk, and the workbook downloaded.
    await page.getByRole("button", { name: "Обобщение", exact: true }).click();
    await page.getByTestId("summary-done").waitFor();
    const own = await buildWorkbook([cleanWith(1, { status: "Изпълнeна" })]);
    await page.getByTestId("harness-file").setInputFiles({ name: "отчет.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(own) });
    await page.locator('[data-testid="issue"][data-rule="status.invalid"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("harness-download").click()]);
    expect((await readFile(await download.path())).subarray(0, 2).toString("latin1")).toBe("PK");

    // What the policy is for: an injected inline script does not run, and a request to another origin is refused.
    const outcome = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.head.append(script);
      const fetched = await fetch("https://example.com/").then(
        () => "sent",
        () => "refused",
      );
      return { injected: (window as { injected?: boolean }).injected === true, fetched };
    });
    expect(outcome).toEqual({ injected: false, fetched: "refused" });
    expect(refused.filter((text) => !/inline script|example\.com/.test(text))).toEqual([]);
    expect(refused.length).toBeGreaterThanOrEqual(2); // the two refusals just provoked, and no others
    expect(errors).toEqual([]);
    await page.close();
  });
});
