/**
 * The built add-in's pages in Chromium, with office.js replaced by a stand-in (the tests never reach Microsoft's CDN):
 * what each web view and each failure shows. Internet Explorer and EdgeHTML are played by their user agents, which is
 * what legacy.js goes by; a web view below the floor by a bundle that fails to parse.
 */
import type { Page, Route } from "playwright-core";
import { addinPagesBase } from "../harness/setup/addinPages";
import { settled, useBrowser } from "../harness/browser";

const chromium = useBrowser();

const OFFICE_JS = "https://appsforoffice.microsoft.com/**";
const USER_AGENTS = {
  ie: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edge: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webView2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
  safari14: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

/** office.js as it behaves in a plain browser (host null) or in Excel with a display language. */
function officeStub(host: "Excel" | null, displayLanguage = "bg-BG"): string {
  return `window.officeCalls = { dialogs: [], associated: [] };
window.Office = {
  context: {
    displayLanguage: ${JSON.stringify(displayLanguage)},
    requirements: { isSetSupported: function () { return false; } },
    ui: { displayDialogAsync: function (url) { window.officeCalls.dialogs.push(url); } },
  },
  actions: { associate: function (name) { window.officeCalls.associated.push(name); } },
  onReady: function (callback) {
    var info = { host: ${JSON.stringify(host)}, platform: ${host ? '"PC"' : "null"} };
    if (callback) callback(info);
    return Promise.resolve(info);
  },
};`;
}

interface Open {
  userAgent?: string;
  office?: string | "blocked";
  brokenBundle?: boolean;
}

async function open(pageName: string, { userAgent = USER_AGENTS.webView2, office, brokenBundle }: Open): Promise<Page> {
  const context = await chromium.browser.newContext({ userAgent });
  const page = await context.newPage();
  await page.route(OFFICE_JS, (route: Route) =>
    office === undefined || office === "blocked"
      ? route.abort("blockedbyclient")
      : route.fulfill({ contentType: "text/javascript", body: office }),
  );
  if (brokenBundle) {
    // What a web view below ES2020 makes of the bundle: a syntax error before any of it runs.
    await page.route(/\/(taskpane|commands)\.[0-9a-f]{8}\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript", body: "const a = b?.c ??= (;" }),
    );
  }
  await page.goto(`${addinPagesBase()}${pageName}`, { waitUntil: "load" });
  return page;
}

/** The ids of the notices on screen. */
function visibleNotices(page: Page): Promise<string[]> {
  return page.$$eval(".notice", (notices) =>
    notices.filter((notice) => getComputedStyle(notice).display !== "none").map((notice) => notice.id),
  );
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

describe("taskpane.html outside a modern Excel", () => {
  it.each([
    ["Internet Explorer", USER_AGENTS.ie, "notice-ie"],
    ["EdgeHTML", USER_AGENTS.edge, "notice-edge"],
  ])("%s gets its plain message and the pane does not start", async (_, userAgent, notice) => {
    const page = await open("taskpane.html", { userAgent, office: officeStub("Excel") });
    expect(await settled(() => visibleNotices(page), [notice])).toEqual([notice]);
    expect(await page.locator("#root").innerHTML()).toBe("");
    await close(page);
  });

  it("the EdgeHTML message says what makes Office 2016 and 2019 work, in Bulgarian and English", async () => {
    const page = await open("taskpane.html", { userAgent: USER_AGENTS.edge, office: officeStub("Excel") });
    const text = await page.locator("#notice-edge").innerText();
    expect(text).toContain("WebView2");
    expect(text).toContain("Office 2016 и 2019");
    expect(text).toContain("retail Office 2016 and 2019");
    expect(text).toContain("p2check");
    await close(page);
  });

  it("a web view too old for the bundle gets the plain message instead of a blank pane", async () => {
    const page = await open("taskpane.html", { userAgent: USER_AGENTS.safari14, office: officeStub("Excel"), brokenBundle: true });
    expect(await settled(() => visibleNotices(page), ["notice-old"])).toEqual(["notice-old"]);
    await close(page);
  });

  it("when office.js cannot load, it says so rather than showing a blank page", async () => {
    const page = await open("taskpane.html", { office: "blocked" });
    expect(await settled(() => visibleNotices(page), ["notice-no-office"])).toEqual(["notice-no-office"]);
    expect(await page.locator("#notice-no-office").innerText()).toContain("appsforoffice.microsoft.com");
    await close(page);
  });

  it("in a plain browser (Office ready with no host) it says to open it in Excel", async () => {
    const page = await open("taskpane.html", { office: officeStub(null) });
    expect(await settled(() => visibleNotices(page), ["notice-outside"])).toEqual(["notice-outside"]);
    expect(await page.locator("#notice-outside").innerText()).toContain("Excel");
    expect(await page.locator("#root").innerHTML()).toBe("");
    await close(page);
  });
});

describe("taskpane.html in Excel", () => {
  it.each([
    // The title keeps "№2" (and "2") with its word: a no-break space, as in the pane's heading.
    ["bg-BG", "bg", "Проверка на Приложение\u00a0№2", "Провери отново"],
    ["en-GB", "en", "Annex\u00a02 report check", "Check again"],
    ["de-DE", "en", "Annex\u00a02 report check", "Check again"],
  ])("with Office in %s the page is in %s, its title too", async (displayLanguage, lang, title, button) => {
    const page = await open("taskpane.html", { office: officeStub("Excel", displayLanguage) });
    await page.getByRole("button", { name: button }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([lang, title]);
    expect(await visibleNotices(page)).toEqual([]);
    await close(page);
  });
});

describe("message.html (the ribbon's failure, in a dialog)", () => {
  it.each([
    ["bg", "Обобщението не можа да бъде създадено", "Листът „Отчет 2024“ е защитен", "Добре"],
    ["en", "The summary could not be made", "The sheet “Отчет 2024” is protected", "OK"],
  ])("words the message in %s from the dictionary", async (lang, title, message, ok) => {
    const query = `?key=host.sheetProtected&lang=${lang}&sheet=${encodeURIComponent("Отчет 2024")}`;
    const page = await open(`message.html${query}`, { office: officeStub("Excel") });
    await page.locator("#message").filter({ hasText: message }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([lang, title]);
    expect(await page.locator("#title").innerText()).toBe(title);
    expect(await page.locator("#ok").innerText()).toBe(ok);
    await close(page);
  });
});

describe("commands.html (the ribbon's Обобщение)", () => {
  it("registers the summary command where the bundle runs", async () => {
    const page = await open("commands.html", { office: officeStub("Excel") });
    expect(await settled(() => page.evaluate(() => (window as unknown as { officeCalls: { associated: string[] } }).officeCalls.associated), ["writeSummary"])).toEqual(["writeSummary"]);
    await close(page);
  });

  it.each([
    ["EdgeHTML", { userAgent: USER_AGENTS.edge }],
    ["a web view too old for the bundle", { userAgent: USER_AGENTS.safari14, brokenBundle: true }],
  ])("in %s, Обобщение opens the pane's page in a dialog, which says why, and completes", async (_, how) => {
    const page = await open("commands.html", { ...how, office: officeStub("Excel") });
    const outcome = await page.evaluate(() => {
      const run = (window as unknown as Record<string, unknown>).writeSummary as ((event: object) => void) | undefined;
      let completed = 0;
      run?.({ completed: () => completed++ });
      return { completed, dialogs: (window as unknown as { officeCalls: { dialogs: string[] } }).officeCalls.dialogs };
    });
    expect(outcome).toEqual({ completed: 1, dialogs: [`${addinPagesBase()}taskpane.html`] });
    await close(page);
  });
});
