/** Words of the task pane (src/taskpane) and of the harness page around it (src/harness). */
import type { Bilingual } from "./format";

export const PANE_STRINGS = {
  // "№2" and "100 %" keep to their word and number: a no-break space (\u00a0) between them.
  "pane.title": { bg: "Проверка на Приложение\u00a0№2", en: "Annex\u00a02 report check" },
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
  "pane.stale": {
    bg: "Листът може да е променен след проверката.",
    en: "The sheet may have changed since the check.",
  },
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
    bg: "Няма грешки. Прегледайте {warnings:предупреждението|предупрежденията} по-долу.",
    en: "No errors. Look through the {warnings:warning|warnings} below.",
  },
  "pane.verdict.fix": {
    bg: "Поправете първо {errors:# грешка|# грешки}",
    en: "Fix {errors:# error|# errors} first",
  },
  "pane.verdict.fixBody": {
    bg: "Щракнете върху забележка, за да отидете на клетката ѝ.",
    en: "Click an issue to go to its cell.",
  },
  "pane.verdict.notFound": { bg: "Таблицата не е намерена", en: "Table not found" },
  "pane.verdict.notFoundBody": {
    bg: "В нито един лист няма заглавен ред на Приложение №2. Отворете листа с отчета и натиснете „Провери отново“.",
    en: "No sheet has the Annex 2 header row. Open the sheet with the report and press “Check again”.",
  },

  "pane.counts": { bg: "Покажи забележките по вид", en: "Show issues by kind" },
  "pane.count.error": { bg: "{count:грешка|грешки}", en: "{count:error|errors}" },
  // Soft hyphens (\u00ad) where "предуп-реж-дения" may break when its tile is narrow.
  "pane.count.warning": {
    bg: "{count:предуп\u00adреж\u00adдение|предуп\u00adреж\u00adдения}",
    en: "{count:warning|warnings}",
  },
  "pane.count.info": { bg: "за сведение", en: "{count:note|notes}" },
  "pane.announce": {
    bg: "{verdict}. {errors:# грешка|# грешки}, {warnings:# предупреждение|# предупреждения}, {infos} за сведение.",
    en: "{verdict}. {errors:# error|# errors}, {warnings:# warning|# warnings}, {infos:# note|# notes}.",
  },
  "pane.completion": { bg: "Изпълнение", en: "Completion" },
  "pane.completionOf": {
    bg: "{fulfilled} от {goals:# цел|# цели} {fulfilled:е изпълнена|са изпълнени}",
    en: "{fulfilled} of {goals:# goal|# goals} fulfilled",
  },
  "pane.statuses": { bg: "Цели по статус", en: "Goals by status" },
  "pane.sections": { bg: "По раздели", en: "By section" },
  "pane.units": { bg: "По отговорни звена", en: "By responsible unit" },
  "pane.unit": { bg: "Звено", en: "Unit" },
  "pane.planGoals": {
    bg: "Това е план: {goals:# цел|# цели}; изпълнението им се отчита в отчета (Приложение №2).",
    en: "This is a plan: {goals:# goal|# goals}; their completion is told by the report (Annex 2).",
  },
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
  "pane.cellWord": { bg: "клетка", en: "cell" },
  "pane.next": { bg: "Следваща", en: "Next" },
  "pane.previous": { bg: "Предишна", en: "Previous" },
  "pane.nextHint": {
    bg: "Следващата забележка и нейната клетка (Alt+↓)",
    en: "The next issue and its cell (Alt+Down)",
  },
  "pane.previousHint": {
    bg: "Предишната забележка и нейната клетка (Alt+↑)",
    en: "The previous issue and its cell (Alt+Up)",
  },
  "pane.suggestion": { bg: "Предложение: „{value}“", en: "Suggestion: “{value}”" },

  "pane.actions": { bg: "Промени в таблицата", en: "Changes to the table" },
  "pane.actionsHint": {
    bg: "Таблицата се променя само при натискане на бутон; всяка промяна може да бъде отменена.",
    en: "The table changes only when you press a button; every change can be undone.",
  },
  "pane.highlight": { bg: "Оцвети клетките със забележки", en: "Colour the cells with issues" },
  "pane.highlightClear": { bg: "Изчисти оцветяването", en: "Clear the colouring" },
  "pane.highlightHint": {
    bg: "Изчистването връща собствения цвят на всяка клетка, и след запис и ново отваряне на файла.",
    en: "Clearing gives every cell its own fill back, also after the file is saved and opened again.",
  },
  "pane.help": { bg: "Помощ за добавката", en: "Help on the add-in" },
  "pane.inCell": { bg: "В клетката", en: "In the cell" },
  "pane.latinLetter": { bg: "латинско „{letter}“", en: "Latin “{letter}”" },
  "pane.fixOne": { bg: "Поправи", en: "Fix" },
  "pane.fixTo": { bg: "на „{value}“", en: "to “{value}”" },
  "pane.fixAll": { bg: "Поправи всички статуси…", en: "Fix all statuses…" },
  "pane.fixPreview": {
    bg: "{count:Ще бъде променена # клетка|Ще бъдат променени # клетки} в колоната на статуса:",
    en: "{count:# cell|# cells} in the status column will change:",
  },
  "pane.fixPreviewRow": { bg: "{cell}: „{from}“ → „{to}“", en: "{cell}: “{from}” → “{to}”" },
  "pane.fixApply": { bg: "Приложи", en: "Apply" },
  "pane.cancel": { bg: "Отказ", en: "Cancel" },
  "pane.dropDown": { bg: "Падащ списък за статуса", en: "Status drop-down" },
  "pane.dropDownHint": {
    bg: "Добавя в колона {column}, редове {first}–{last}, списък с трите допустими статуса",
    en: "Adds a list of the three allowed statuses to column {column}, rows {first}–{last}",
  },
  "pane.dropDownDone": {
    bg: "Клетките на статуса вече предлагат трите допустими стойности.",
    en: "The status cells now offer the three allowed values.",
  },
  "pane.dropDownExists": {
    bg: "Колоната на статуса вече има правило за проверка на данните; то е запазено непроменено.",
    en: "The status column already has a data validation rule; it was left as it is.",
  },
  "pane.undo": { bg: "Отмени: {change}", en: "Undo: {change}" },
  "pane.change.fixOne": { bg: "статус в {cell}", en: "status in {cell}" },
  "pane.change.fixAll": { bg: "{count} статуса", en: "{count} statuses" },
  "pane.change.dropDown": { bg: "падащ списък за статуса", en: "status drop-down" },
  "pane.editFailed": { bg: "Промяната не можа да бъде направена", en: "The change could not be made" },
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
