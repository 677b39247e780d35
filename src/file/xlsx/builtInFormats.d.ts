// ExcelJS's table of Excel's built-in number formats (a plain data module; importing it does not load ExcelJS).
declare module "exceljs/lib/xlsx/defaultnumformats" {
  const formats: Record<number, { f?: string } | undefined>;
  export default formats;
}
