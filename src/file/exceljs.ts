/**
 * ExcelJS as the project uses it, with its merge check indexed (excelMerges.ts): whatever loads or writes a workbook
 * takes ExcelJS from here, so that no path is left with the check that grows with the square of the merges.
 */
import ExcelJS from "exceljs";
import { indexMergeCheck } from "./excelMerges";

indexMergeCheck(ExcelJS);

export default ExcelJS;
