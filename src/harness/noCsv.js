// ExcelJS's CSV reader and writer, left out of the harness: it never reads or writes CSV (see webpack.config.js).
class NoCsv {
  constructor() {
    throw new Error("CSV is not part of the harness");
  }
}
module.exports = NoCsv;
