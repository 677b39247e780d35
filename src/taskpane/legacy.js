// Runs before the pane's bundle, in every web view. In Internet Explorer (Office 2016/2019 perpetual), React and
// Fluent UI cannot run: show the plain message in taskpane.html and tell the bundle not to start.
// Deliberately ES5 and dependency-free, because it must parse in Internet Explorer 11.
(function () {
  var ua = window.navigator.userAgent;
  var isIE = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1;
  if (!isIE) return;
  window.p2checkUnsupported = true;
  document.addEventListener("DOMContentLoaded", function () {
    document.getElementById("legacy").style.display = "block";
  });
})();
