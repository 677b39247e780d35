/** Words of the task pane (src/taskpane) and of the harness page around it (src/harness). */
import type { Bilingual } from "./format";

export const PANE_STRINGS = {
  "pane.title": { bg: "Проверка на Приложение №2", en: "Annex 2 report check" },
  "pane.check": { bg: "Провери", en: "Check" },
  "pane.checkAgain": { bg: "Провери отново", en: "Check again" },
  "pane.summary": { bg: "Обобщение", en: "Summary" },
  "pane.summaryHint": {
    bg: "Създава лист „Обобщение“ с броя цели по статус, изпълнението, звената и забележките",
    en: "Makes a sheet “Summary” with goals by status, completion, units and issues",
  },
  "pane.summaryWriting": { bg: "Създаване на обобщението…", en: "Making the summary…" },
  "pane.summaryDone": {
    bg: "Обобщението е в лист „{sheet}“. Броят по статуси се обновява сам при промяна на статусите.",
    en: "The summary is on sheet “{sheet}”. Status counts update when statuses change.",
  },
  "pane.summaryFailed": { bg: "Обобщението не можа да бъде създадено", en: "The summary could not be made" },
  "pane.intro": {
    bg: "Натиснете „Провери“, за да проверите отчета в активния лист.",
    en: "Press “Check” to check the report on the active sheet.",
  },
  "pane.reading": { bg: "Четене на листа…", en: "Reading the sheet…" },
  "pane.readingRows": { bg: "Прочетени редове: {read} от {total}", en: "Rows read: {read} of {total}" },
  "pane.checking": { bg: "Проверка…", en: "Checking…" },
  "pane.failed": { bg: "Проверката не можа да се извърши", en: "The check could not be done" },
  "pane.unexpected": {
    bg: "Възникна неочаквана грешка ({detail}). Опитайте отново; ако се повтаря, проверете файла с p2check.",
    en: "An unexpected error occurred ({detail}). Try again; if it happens again, check the file with p2check.",
  },

  "pane.found": { bg: "Проверен лист", en: "Sheet checked" },
  "pane.sheet": { bg: "Лист", en: "Sheet" },
  "pane.administration": { bg: "Администрация", en: "Administration" },
  "pane.year": { bg: "Година", en: "Year" },
  "pane.rows": { bg: "Редове на таблицата", en: "Table rows" },
  "pane.notStated": { bg: "не е посочена", en: "not stated" },
  "pane.form.plan": { bg: "План (Приложение №1)", en: "Plan (Annex 1)" },

  "pane.verdict.ready": { bg: "Готов за подаване", en: "Ready to submit" },
  "pane.verdict.readyClean": { bg: "Няма забележки.", en: "No issues." },
  "pane.verdict.readyWarnings": {
    bg: "Няма грешки. Прегледайте предупрежденията: {warnings}.",
    en: "No errors. Look through the warnings: {warnings}.",
  },
  "pane.verdict.fix": { bg: "Поправете първо грешките: {errors}", en: "Fix the errors first: {errors}" },
  "pane.verdict.fixBody": {
    bg: "Отчетът не е готов за подаване. Щракнете върху забележка, за да отидете на клетката.",
    en: "The report is not ready to submit. Click an issue to go to its cell.",
  },
  "pane.verdict.notFound": { bg: "Таблицата не е намерена", en: "Table not found" },
  "pane.verdict.notFoundBody": {
    bg: "В нито един лист няма заглавен ред на Приложение №2. Отворете листа с отчета и натиснете „Провери“.",
    en: "No sheet has the Annex 2 header row. Open the sheet with the report and press “Check”.",
  },

  "pane.counts": { bg: "Забележки по вид", en: "Issues by kind" },
  "pane.completion": { bg: "Изпълнение", en: "Completion" },
  "pane.completionOf": {
    bg: "{fulfilled} от {goals} цели са изпълнени",
    en: "{fulfilled} of {goals} goals fulfilled",
  },
  "pane.statuses": { bg: "Цели по статус", en: "Goals by status" },
  "pane.units": { bg: "По отговорни звена", en: "By responsible unit" },
  "pane.unit": { bg: "Звено", en: "Unit" },
  "pane.noGoals": { bg: "Таблицата няма попълнени цели.", en: "The table has no goals filled in." },

  "pane.issues": { bg: "Забележки", en: "Issues" },
  "pane.groupBy": { bg: "Групиране", en: "Group by" },
  "pane.groupBy.field": { bg: "по колона", en: "by column" },
  "pane.groupBy.rule": { bg: "по правило", en: "by rule" },
  "pane.filter": { bg: "Покажи", en: "Show" },
  "pane.general": { bg: "Общи (таблица и заглавие)", en: "General (table and title)" },
  "pane.noIssues": { bg: "Няма забележки.", en: "No issues." },
  "pane.noneShown": {
    bg: "Няма забележки от избраните видове.",
    en: "No issues of the kinds selected.",
  },
  "pane.issueAt": { bg: "Клетка {cell}", en: "Cell {cell}" },
  "pane.goToCell": { bg: "Отиди на клетка {cell}: {message}", en: "Go to cell {cell}: {message}" },
  "pane.suggestion": { bg: "Предложение: „{value}“", en: "Suggestion: “{value}”" },
  "pane.selectFailed": { bg: "Клетката не може да бъде избрана", en: "The cell cannot be selected" },
  "pane.noMerges": {
    bg: "Тази версия на Excel не съобщава обединените клетки; цел, обединена в няколко реда, се проверява по редове. За пълна проверка ползвайте Excel за уеб или p2check.",
    en: "This version of Excel does not report merged cells; a goal merged over several rows is checked row by row. For a full check use Excel on the web or p2check.",
  },

  "harness.title": { bg: "Пробна среда на добавката", en: "Add-in test harness" },
  "harness.open": { bg: "Отвори .xlsx файл", en: "Open an .xlsx file" },
  "harness.download": { bg: "Изтегли работната книга", en: "Download the workbook" },
  "harness.language": { bg: "Език", en: "Language" },
  "harness.dark": { bg: "Тъмна тема", en: "Dark theme" },
  "harness.selection": { bg: "Избрана клетка", en: "Selected cell" },
  "harness.loading": { bg: "Зареждане на {file}…", en: "Loading {file}…" },
  "harness.loadFailed": { bg: "{file} не може да бъде отворен: {reason}", en: "{file} cannot be opened: {reason}" },
  "harness.sheets": { bg: "Листове", en: "Sheets" },
  "harness.moreRows": {
    bg: "Показани са първите редове; още {hidden} реда не са показани.",
    en: "The first rows are shown; {hidden} more rows are not.",
  },
} satisfies Record<string, Bilingual>;
