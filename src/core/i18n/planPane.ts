/**
 * Words of the pane's plan features (issue 15): reconciling a report with its plan — in the same workbook or a plan
 * file opened from disk — and making the report from a plan sheet. Kept apart from pane.ts so each feature's words
 * are found together.
 */
import type { Bilingual } from "./format";

export const PLAN_PANE_STRINGS = {
  "pane.plan.heading": { bg: "Сравнение с плана", en: "Comparison with the plan" },
  "pane.plan.compare": { bg: "Сравни с плана…", en: "Compare with plan…" },
  "pane.plan.compareHint": {
    bg: "Изберете файла с плана (Приложение №1, .xlsx): целите на отчета се сравняват с неговите. Файлът само се чете.",
    en: "Choose the plan's file (Annex 1, .xlsx): the report's goals are compared with its goals. The file is only read.",
  },
  "pane.plan.reading": { bg: "Четене на „{file}“…", en: "Reading “{file}”…" },
  "pane.plan.comparedFile": {
    bg: "Отчетът е сравнен с плана във файла „{file}“, лист „{sheet}“.",
    en: "The report is compared with the plan in the file “{file}”, sheet “{sheet}”.",
  },
  "pane.plan.comparedSheet": {
    bg: "Отчетът е сравнен с плана в лист „{sheet}“ на тази книга.",
    en: "The report is compared with the plan on sheet “{sheet}” of this workbook.",
  },
  "pane.plan.clear": { bg: "Спри сравнението", en: "Stop comparing" },
  "pane.plan.failed": { bg: "Планът не може да бъде използван", en: "The plan cannot be used" },
  "pane.plan.unreadable": {
    bg: "Файлът „{file}“ не може да бъде прочетен: {reason}.",
    en: "The file “{file}” cannot be read: {reason}.",
  },
  "pane.plan.notAPlan": {
    bg: "Във файла „{file}“ няма план (Приложение №1): нито един лист не е по образеца на плана.",
    en: "The file “{file}” holds no plan (Annex 1): no sheet is laid out as the plan.",
  },
  "pane.plan.source": { bg: "В плана: лист „{sheet}“, клетка {cell}", en: "In the plan: sheet “{sheet}”, cell {cell}" },
  "pane.plan.sourceFile": {
    bg: "В плана „{file}“: лист „{sheet}“, клетка {cell}",
    en: "In the plan “{file}”: sheet “{sheet}”, cell {cell}",
  },
  "pane.plan.goToSource": { bg: "Отиди на целта в плана", en: "Go to the goal in the plan" },

  "pane.newReport": { bg: "Нов отчет от плана", en: "New report from plan" },
  "pane.newReportHint": {
    bg: "Добавя нов лист с отчета по образеца: целите, показателите, стойностите, дейностите и звената от плана; статусът и информацията за хода остават за попълване. Съществуващите листове не се променят.",
    en: "Adds a new sheet with the report form: the plan's goals, indicators, values, activities and units; status and progress are left to fill in. Existing sheets are not changed.",
  },
  "pane.newReportDone": {
    bg: "Отчетът е в лист „{sheet}“. Попълнете статуса и информацията за хода на всяка цел.",
    en: "The report is on sheet “{sheet}”. Fill in each goal's status and progress.",
  },
  "pane.newReportNoDropDown": {
    bg: "Тази версия на Excel не може да добави падащ списък, затова колоната на статуса е без него; въведете статусите така, както са в образеца.",
    en: "This version of Excel cannot add a drop-down list, so the status column has none; type the statuses as the form gives them.",
  },
  "pane.newReportNoMerges": {
    bg: "Тази версия на Excel не може да обединява клетки, затова обединените клетки на плана са отделни в отчета.",
    en: "This version of Excel cannot merge cells, so the plan's merged cells are separate in the report.",
  },
  "pane.change.newReport": { bg: "нов отчет „{sheet}“", en: "new report “{sheet}”" },

  "host.notAPlan": {
    bg: "Листът не е план (Приложение №1). Отворете листа с плана и опитайте отново.",
    en: "The sheet is not a plan (Annex 1). Open the plan's sheet and try again.",
  },
  "host.sheetLeft": {
    bg: "Excel прекъсна записа и листът „{sheet}“ остана недовършен. Изтрийте го и опитайте отново.",
    en: "Excel stopped the write and the sheet “{sheet}” was left unfinished. Delete it and try again.",
  },
} satisfies Record<string, Bilingual>;
