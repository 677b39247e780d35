// office-addin-mock requires office-addin-manifest, whose dependency chain is ESM-only and cannot load under jest's
// CommonJS runtime; jest.config.js maps the package here. The mock reads only the OfficeApp enum (on every object it
// makes, to treat Outlook differently), so this stub carries that enum, with the values of
// office-addin-manifest/lib/officeApp.js, and nothing else.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
