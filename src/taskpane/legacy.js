// Runs before the add-in's bundle, in every web view, on the task pane and on the ribbon's commands page. The bundles
// are ES2020 (Chromium 80+, Safari 14+); where they cannot run this script says so in plain words instead of leaving
// a blank pane or a ribbon button that does nothing:
//   - Internet Explorer (Trident) and the old Edge (EdgeHTML, "Edge/" in the user agent): the bundle must not start;
//   - any other web view where the bundle did not run by the page's load (it failed to parse: a web view below the
//     floor), or where office.js did not load (the CDN is blocked): the matching message.
// On the commands page there is nothing to show: the ribbon's "Обобщение" opens the task pane page in a dialog
// instead, which shows the same message in the same web view.
// Deliberately ES5 and dependency-free, because it must parse in Internet Explorer 11.
(function () {
  var SUMMARY_FUNCTION = "writeSummary";
  var ua = window.navigator.userAgent;
  var webView = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1 ? "ie" : / Edge\/\d/.test(ua) ? "edge" : "";
  var onCommandsPage = /commands\.html$/i.test(window.location.pathname);
  if (webView) window.p2checkUnsupported = true;

  function show(reason) {
    var notice = document.getElementById("notice-" + reason);
    if (notice) notice.style.display = "block";
  }

  // The ribbon's command, when the bundle that holds the real one cannot run: the pane's page, in a dialog, shows why.
  function registerFallbackCommand() {
    window[SUMMARY_FUNCTION] = function (event) {
      var ui = window.Office && window.Office.context && window.Office.context.ui;
      var page = window.location.href.replace(/commands\.html.*$/, "taskpane.html");
      if (ui && ui.displayDialogAsync) ui.displayDialogAsync(page, { height: 45, width: 35 });
      if (event && event.completed) event.completed();
    };
    // A function file must tell Office it is ready, or Office never calls its functions.
    if (window.Office && window.Office.onReady) window.Office.onReady();
  }

  function fallBack(reason) {
    if (!onCommandsPage) show(reason);
    else if (reason !== "no-office") registerFallbackCommand();
  }

  if (webView) {
    if (onCommandsPage) registerFallbackCommand();
    else document.addEventListener("DOMContentLoaded", function () { show(webView); });
    return;
  }
  window.addEventListener("load", function () {
    if (typeof window.Office === "undefined") fallBack("no-office");
    else if (!window.p2checkLoaded) fallBack("old");
  });
})();
