/**
 * The bg/en dictionary of everything that is not a rule's message (rule messages live in the rule table):
 * reasons a file cannot be read, and the words of the command line's reports. The pane's and the hosts' words live in
 * their own modules (pane.ts, host.ts) and are merged here, so there is still one dictionary to look things up in.
 */
import { fill, type Bilingual, type Lang, type Params } from "./format";
import { HOST_STRINGS } from "./host";
import { PANE_STRINGS } from "./pane";
import { PLAN_PANE_STRINGS } from "./planPane";
import { SUMMARY_STRINGS } from "./summary";

export const STRINGS = {
  ...HOST_STRINGS,
  ...PANE_STRINGS,
  ...PLAN_PANE_STRINGS,
  ...SUMMARY_STRINGS,
  // Why a file cannot be read (src/file)
  "file.notWorkbook": {
    bg: "файлът не е работна книга на Excel (.xlsx)",
    en: "the file is not an Excel workbook (.xlsx)",
  },
  "file.openDocument": {
    bg: "файлът е таблица OpenDocument (.ods), а не работна книга на Excel (.xlsx); отворете го в LibreOffice Calc или Excel и го запишете като .xlsx",
    en: "the file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx); open it in LibreOffice Calc or Excel and save it as .xlsx",
  },
  "file.legacyXls": {
    bg: "файлът е в стария формат .xls; запишете го като .xlsx (Файл → Запиши като → Работна книга на Excel)",
    en: "the file is in the old .xls format; save it as .xlsx (File → Save As → Excel Workbook)",
  },
  "file.encrypted": {
    bg: "файлът е защитен с парола; махнете паролата (Файл → Информация → Защита на работната книга) и опитайте пак",
    en: "the file is password-protected; remove the password (File → Info → Protect Workbook) and try again",
  },
  "file.damaged": {
    bg: "файлът е повреден и не може да бъде прочетен ({detail})",
    en: "the file is damaged and cannot be read ({detail})",
  },
  "file.empty": {
    bg: "работната книга няма нито един лист с данни",
    en: "the workbook has no sheet with any data",
  },
  "file.checkFailed": {
    bg: "проверката на файла спря поради грешка в програмата ({detail}); моля, изпратете ни файла",
    en: "checking the file stopped on a fault of the program ({detail}); please send us the file",
  },
  "file.tooLarge": {
    bg: "файлът е твърде голям за проверка: частта {part} се разгъва до {mb} MB (най-много {limit} MB)",
    en: "the file is too large to check: its part {part} expands to {mb} MB (at most {limit} MB)",
  },
  "file.beyondExcel.row": {
    bg: "лист „{sheet}“ излиза извън границите на Excel: ред {place} (Excel има до 1 048 576 реда)",
    en: "sheet “{sheet}” goes beyond Excel's limits: row {place} (Excel has up to 1,048,576 rows)",
  },
  "file.beyondExcel.column": {
    bg: "лист „{sheet}“ излиза извън границите на Excel: колона {place} (Excel има до 16 384 колони)",
    en: "sheet “{sheet}” goes beyond Excel's limits: column {place} (Excel has up to 16,384 columns)",
  },
  "file.gridTooLarge": {
    bg: "лист „{sheet}“ е твърде голям за проверка: над {limit} клетки",
    en: "sheet “{sheet}” is too large to check: over {limit} cells",
  },
  "file.tooSlow": {
    bg: "проверката на файла не завърши за {seconds} секунди и беше спряна; файлът е необичайно голям или сложен",
    en: "checking the file did not finish within {seconds} seconds and was stopped; the file is unusually large or complex",
  },
  "file.tooMuchMemory": {
    bg: "проверката на файла беше спряна: той изисква повече от {mb} MB памет; файлът е необичайно голям",
    en: "checking the file was stopped: it needs more than {mb} MB of memory; the file is unusually large",
  },

  // Why a path given or found cannot be read (src/cli). The words fit a file and a folder alike.
  "path.notFound": { bg: "няма такъв файл или папка", en: "there is no such file or folder" },
  "path.noAccess": { bg: "няма права за четене ({detail})", en: "there is no permission to read it ({detail})" },
  "path.linkLoop": {
    bg: "символната връзка води в кръг или през твърде много връзки ({detail})",
    en: "the symbolic link goes round in a loop or through too many links ({detail})",
  },
  "path.unreadable": { bg: "не може да се отвори ({detail})", en: "it cannot be opened ({detail})" },
  "path.directory": { bg: "това е папка, а не файл", en: "this is a folder, not a file" },
  "path.fifo": {
    bg: "това е именуван канал (FIFO), а не обикновен файл; не се чете, защото четенето може да чака без край",
    en: "this is a named pipe (FIFO), not a regular file; it is not read, as reading it can wait forever",
  },
  "path.characterDevice": {
    bg: "това е устройство, а не обикновен файл; не се чете, защото четенето може да няма край",
    en: "this is a device, not a regular file; it is not read, as reading it may never end",
  },
  "path.blockDevice": {
    bg: "това е дисково устройство, а не обикновен файл; не се чете",
    en: "this is a disk device, not a regular file; it is not read",
  },
  "path.socket": { bg: "това е сокет, а не обикновен файл; не се чете", en: "this is a socket, not a regular file; it is not read" },
  "path.other": { bg: "това не е обикновен файл; не се чете", en: "this is not a regular file; it is not read" },

  // Field names, as the template's headers say them
  "field.no": { bg: "Ред №", en: "Row No." },
  "field.goal": { bg: "Ежегодна цел", en: "Annual goal" },
  "field.strategicDocuments": { bg: "Стратегически документ/и", en: "Strategic document(s)" },
  "field.strategicGoal": { bg: "Стратегическа цел", en: "Strategic goal" },
  "field.strategicIndicator": { bg: "Показател от стратегическия документ", en: "Indicator from the strategic document" },
  "field.indicator": { bg: "Наименование на показателя", en: "Performance indicator" },
  "field.currentValue": { bg: "Текуща стойност", en: "Current value" },
  "field.targetValue": { bg: "Целева стойност", en: "Target value" },
  "field.amount": { bg: "Индикативен размер", en: "Indicative amount" },
  "field.fundingSource": { bg: "Източник на финансиране", en: "Funding source" },
  "field.activities": { bg: "Планирани дейности", en: "Planned activities" },
  "field.responsible": { bg: "Отговорно звено", en: "Responsible unit" },
  "field.status": { bg: "Статус на изпълнението", en: "Status" },
  "field.progressInfo": { bg: "Кратка информация за хода на изпълнение", en: "Progress note" },

  // Units of indicator values
  "unit.percent": { bg: "проценти", en: "percent" },
  "unit.count": { bg: "брой", en: "a count" },
  "unit.money": { bg: "пари", en: "money" },
  "unit.number": { bg: "число", en: "a number" },
  "currency.BGN": { bg: "лева", en: "BGN" },
  "currency.EUR": { bg: "евро", en: "EUR" },
  "item.label": { bg: "Точка {label}: ", en: "Item {label}: " },

  // Characters a person cannot see, as the status.invisibleCharacter message names them
  "char.zeroWidthSpace": { bg: "интервал с нулева ширина ({code})", en: "a zero-width space ({code})" },
  "char.zeroWidthNonJoiner": { bg: "несвързващ знак с нулева ширина ({code})", en: "a zero-width non-joiner ({code})" },
  "char.zeroWidthJoiner": { bg: "свързващ знак с нулева ширина ({code})", en: "a zero-width joiner ({code})" },
  "char.wordJoiner": { bg: "невидим свързващ знак ({code})", en: "a word joiner ({code})" },
  "char.byteOrderMark": { bg: "знак за ред на байтовете ({code})", en: "a byte-order mark ({code})" },
  "char.softHyphen": { bg: "меко тире ({code})", en: "a soft hyphen ({code})" },
  "char.noBreakSpace": { bg: "непрекъсваем интервал ({code})", en: "a non-breaking space ({code})" },
  "char.directionMark": { bg: "знак за посока на текста ({code})", en: "a text direction mark ({code})" },
  "char.space": { bg: "особен интервал ({code})", en: "a special space ({code})" },
  "char.control": { bg: "управляващ знак ({code})", en: "a control character ({code})" },
  "char.format": { bg: "форматиращ знак ({code})", en: "a formatting character ({code})" },

  // Parts of a contact line
  "contact.name": { bg: "име", en: "a name" },
  "contact.phone": { bg: "телефон", en: "a phone number" },
  "contact.email": { bg: "валиден адрес на ел. поща", en: "a valid e-mail address" },

  // Column words of the issue lists: the CSV header, the Markdown table and the summary workbook
  "column.file": { bg: "Файл", en: "File" },
  "column.sheet": { bg: "Лист", en: "Sheet" },
  "column.cell": { bg: "Клетка", en: "Cell" },
  "column.severity": { bg: "Тежест", en: "Severity" },
  "column.rule": { bg: "Правило", en: "Rule" },
  "column.field": { bg: "Поле", en: "Field" },
  "column.message": { bg: "Съобщение", en: "Message" },
  "column.suggestion": { bg: "Предложение", en: "Suggestion" },
  "column.source": { bg: "В плана", en: "In the plan" },

  // The command line's reports
  "cli.sheet": { bg: "лист", en: "sheet" },
  "cli.administration": { bg: "Администрация", en: "Administration" },
  "cli.year": { bg: "Година", en: "Year" },
  "cli.form.plan": { bg: "план (Приложение №1)", en: "plan (Annex 1)" },
  "cli.goals": {
    bg: "Цели: {goals} · изпълнени {fulfilled} ({completion} %) · в процес {inProgress} · неизпълнени {notFulfilled} · без статус {missing} · с невалиден статус {invalid}",
    en: "Goals: {goals} · fulfilled {fulfilled} ({completion} %) · in progress {inProgress} · not fulfilled {notFulfilled} · no status {missing} · invalid status {invalid}",
  },
  "cli.goals.plan": {
    bg: "Цели в плана: {goals} · изпълнението им се отчита в отчета (Приложение №2)",
    en: "Goals in the plan: {goals} · their completion is told by the report (Annex 2)",
  },
  "cli.units": { bg: "По отговорни звена", en: "By responsible unit" },
  "cli.unitLine.plan": { bg: "{unit}: {goals:# цел|# цели}", en: "{unit}: {goals:# goal|# goals}" },
  "cli.planNotAPlan": {
    bg: "файлът на плана {plan} не съдържа план (Приложение №1)",
    en: "the plan file {plan} holds no plan (Annex 1)",
  },
  "cli.onlyThePlan": {
    bg: "{plan} е планът, с който се сравняват отчетите: посочете и отчетите за проверка",
    en: "{plan} is the plan the reports are held against: name the reports to check as well",
  },
  "cli.planUnreadable": { bg: "планът {plan} не може да се прочете: {reason}", en: "the plan {plan} cannot be read: {reason}" },
  "cli.newReport.notXlsx": {
    bg: "отчетът се записва като .xlsx файл, а „{path}“ не завършва на .xlsx",
    en: "the report is written as an .xlsx file, and “{path}” does not end in .xlsx",
  },
  "cli.newReport.written": {
    bg: "Отчетът е записан в {path}: {goals:# цел|# цели} от плана; попълнете статуса и информацията за хода на изпълнение",
    en: "The report is written to {path}: {goals:# goal|# goals} from the plan; fill in the status and the progress notes",
  },
  "cli.newReport.exists": {
    bg: "{path} вече съществува; изберете друго име или добавете --force, за да го замените",
    en: "{path} already exists; choose another name, or add --force to replace it",
  },
  "cli.newReport.isInput": {
    bg: "{path} е самият план; отчетът не може да бъде записан върху него",
    en: "{path} is the plan itself; the report cannot be written over it",
  },
  "cli.newReport.onePlan": {
    bg: "--new-report иска точно един файл с плана",
    en: "--new-report takes exactly one plan file",
  },
  "cli.sections": { bg: "По раздели", en: "By section" },
  "cli.sectionLine": { bg: "{section}: {counts}", en: "{section}: {counts}" },
  // One heading's goals, in the text output and the pane (sectionCounts).
  "sections.counts": {
    bg: "{goals:# цел|# цели}, {fulfilled:# изпълнена|# изпълнени}",
    en: "{goals:# goal|# goals}, {fulfilled} fulfilled",
  },
  "sections.counts.plan": { bg: "{goals:# цел|# цели}", en: "{goals:# goal|# goals}" },
  "cli.unitLine": {
    bg: "{unit}: цели {goals}, изпълнени {fulfilled} ({completion} %)",
    en: "{unit}: {goals} goals, {fulfilled} fulfilled ({completion} %)",
  },
  "cli.financing": {
    bg: "Финансиране: {total} {currency} общо · цели без сума: {without}",
    en: "Financing: {total} {currency} in all · goals without an amount: {without}",
  },
  "cli.counts": {
    bg: "Грешки: {error} · предупреждения: {warning} · за сведение: {info}",
    en: "Errors: {error} · warnings: {warning} · info: {info}",
  },
  "cli.severity.error": { bg: "Грешки", en: "Errors" },
  "cli.severity.warning": { bg: "Предупреждения", en: "Warnings" },
  "cli.severity.info": { bg: "За сведение", en: "Info" },
  "cli.inPlan": { bg: "в плана: {place}", en: "in the plan: {place}" },
  "cli.source": { bg: "лист „{sheet}“, клетка {cell}", en: "sheet “{sheet}”, cell {cell}" },
  "cli.sourceFile": { bg: "{file}, лист „{sheet}“, клетка {cell}", en: "{file}, sheet “{sheet}”, cell {cell}" },
  "cli.suggestion": { bg: "предложение: „{value}“", en: "suggestion: “{value}”" },
  "cli.noIssues": { bg: "Няма забележки.", en: "No issues." },
  "cli.unreadable": { bg: "НЕ МОЖЕ ДА СЕ ПРОЧЕТЕ: {reason}", en: "CANNOT BE READ: {reason}" },
  "cli.total": {
    bg: "Общо: файлове {files}, листове {reports} · грешки {error} · предупреждения {warning} · за сведение {info} · непрочетени файлове {unreadable}",
    en: "Total: files {files}, sheets {reports} · errors {error} · warnings {warning} · info {info} · unreadable files {unreadable}",
  },
  "cli.progress": { bg: "Проверка", en: "Checking" },
  // Plans and reports paired among the files checked (issue 15)
  "cli.pairs.title": {
    bg: "Планове и отчети на една администрация за една година, сверени помежду си",
    en: "Plans and reports of one administration and year, reconciled with each other",
  },
  "cli.pairs.subject": { bg: "{administration}, {year} г.", en: "{administration}, {year}" },
  "cli.pairs.report": { bg: "отчет: {file} — лист „{sheet}“", en: "report: {file} — sheet “{sheet}”" },
  "cli.pairs.plan": { bg: "план:  {file} — лист „{sheet}“", en: "plan:   {file} — sheet “{sheet}”" },
  "cli.pairs.clean": {
    bg: "Всички цели от плана са в отчета, без промени.",
    en: "Every goal of the plan is in the report, unchanged.",
  },
  "cli.pairs.reportsAlone": {
    bg: "Отчети без своя план сред файловете (проверени без сверка):",
    en: "Reports without their plan among the files (checked without reconciling):",
  },
  "cli.pairs.plansAlone": { bg: "Планове без своя отчет сред файловете:", en: "Plans without their report among the files:" },
  "cli.pairs.manyPlans": {
    bg: "Отчети с повече от един план за същата администрация и година — не са сверени с никой от тях; посочете плана с --plan:",
    en: "Reports with more than one plan of the same administration and year — reconciled with none of them; name the plan with --plan:",
  },
  "cli.pairs.tooLarge": {
    bg: "Твърде много цели за сверка при проверка на много файлове наведнъж — сверете отчета с плана с --plan:",
    en: "Too many goals to reconcile when checking many files at once — reconcile the report with its plan using --plan:",
  },
  "cli.pairs.changed": {
    bg: "Отчети, чийто файл се промени или не можа да се прочете отново за сверката — не са сверени; проверете ги пак:",
    en: "Reports whose file changed, or could not be read again, for reconciling — not reconciled; check them again:",
  },
  "cli.pairs.sheet": { bg: "{file} — лист „{sheet}“", en: "{file} — sheet “{sheet}”" },
  "cli.pairs.goals": { bg: "{goals:# цел|# цели}", en: "{goals:# goal|# goals}" },
  "cli.pairs.paired": {
    bg: "сверени: отчет {report} с план {plan}",
    en: "reconciled: report {report} with plan {plan}",
  },
  "cli.skipped": { bg: "Пропуснат файл: {path} — {reason}", en: "Skipped: {path} — {reason}" },
  "cli.skipped.lockFile": {
    bg: "временен файл, който Excel оставя до отворена работна книга, а не отчет",
    en: "a temporary file that Excel leaves beside an open workbook, not a report",
  },
  "cli.skipped.openDocument": {
    bg: "таблица OpenDocument (.ods); отворете я в LibreOffice Calc или Excel и я запишете като .xlsx",
    en: "an OpenDocument spreadsheet (.ods); open it in LibreOffice Calc or Excel and save it as .xlsx",
  },
  "cli.skipped.legacyXls": {
    bg: "в стария формат .xls; запишете го като .xlsx (Файл → Запиши като → Работна книга на Excel)",
    en: "in the old .xls format; save it as .xlsx (File → Save As → Excel Workbook)",
  },
  "cli.skipped.otherExcel": {
    bg: "работна книга с макроси или двоична (.xlsm, .xlsb); запишете я като .xlsx (Файл → Запиши като → Работна книга на Excel)",
    en: "a macro-enabled or binary workbook (.xlsm, .xlsb); save it as .xlsx (File → Save As → Excel Workbook)",
  },
  "cli.noFiles": { bg: "Не са намерени .xlsx файлове в: {paths}", en: "No .xlsx files found in: {paths}" },
  "cli.severityName.error": { bg: "грешка", en: "error" },
  "cli.severityName.warning": { bg: "предупреждение", en: "warning" },
  "cli.severityName.info": { bg: "за сведение", en: "info" },
  "cli.folderUnlistable": {
    bg: "{path}: папката не може да бъде прочетена — {reason}; останалите папки и файлове са проверени",
    en: "{path}: the folder cannot be read — {reason}; the other folders and files were checked",
  },
  "cli.repeated": {
    bg: "{path}: води до „{first}“, който вече е в проверката; не се проверява втори път",
    en: "{path}: leads to “{first}”, which is already in the check; it is not checked twice",
  },
  "cli.optionLikePath": {
    bg: "„{path}“ е взет като файл, защото съществува, макар да прилича на опция; пишете имената на файловете след --, за да е ясно",
    en: "“{path}” is taken as a file, because it exists, though it looks like an option; put file names after -- to make this clear",
  },
  "cli.internalError": {
    bg: "вътрешна грешка в програмата (моля, съобщете ни)",
    en: "internal error in the program (please tell us)",
  },

  // The summary workbook (p2check --summary)
  "summary.sheet.overview": { bg: "Обобщение", en: "Summary" },
  "summary.sheet.units": { bg: "По звена", en: "By unit" },
  "summary.sheet.issues": { bg: "Забележки", en: "Issues" },
  "summary.title": { bg: "Обобщение на отчетите по Приложение №2", en: "Summary of the Annex 2 reports" },
  "summary.made": { bg: "Изготвено на {date} с p2check", en: "Made on {date} with p2check" },
  "summary.col.goals": { bg: "Цели", en: "Goals" },
  "summary.col.fulfilled": { bg: "Изпълнени", en: "Fulfilled" },
  "summary.col.inProgress": { bg: "В процес на изпълнение", en: "In progress" },
  "summary.col.notFulfilled": { bg: "Неизпълнени", en: "Not fulfilled" },
  "summary.col.missing": { bg: "Без статус", en: "No status" },
  "summary.col.invalid": { bg: "С невалиден статус", en: "Invalid status" },
  "summary.col.completion": { bg: "Изпълнение, %", en: "Completion, %" },
  "summary.col.amount": { bg: "Индикативен размер, {currency}", en: "Indicative amount, {currency}" },
  "summary.col.withoutAmount": { bg: "Цели без сума", en: "Goals without an amount" },
  "summary.col.note": { bg: "Бележка", en: "Note" },
  "summary.col.planMissing": { bg: "Цели от плана без отчет", en: "Planned goals not reported" },
  "summary.currency.BGN": { bg: "лв.", en: "BGN" },
  "summary.currency.EUR": { bg: "евро", en: "EUR" },
  "summary.total": { bg: "Общо", en: "Total" },
  "summary.note.notFound": {
    bg: "няма лист с таблицата на Приложение №2",
    en: "no sheet holds the Annex 2 table",
  },
  "summary.note.unreadable": { bg: "не може да се прочете: {reason}", en: "cannot be read: {reason}" },
  "summary.written": { bg: "Обобщението е записано в {path}", en: "The summary was written to {path}" },
  "summary.notXlsx": {
    bg: "обобщението се записва като .xlsx файл, а „{path}“ не завършва на .xlsx",
    en: "the summary is written as an .xlsx file, and “{path}” does not end in .xlsx",
  },
  "summary.isInput": {
    bg: "„{path}“ е сред проверяваните файлове; обобщението не се записва върху входен файл — изберете друго име",
    en: "“{path}” is one of the files being checked; the summary never overwrites an input file — choose another name",
  },
  "summary.noFolder": {
    bg: "папката „{folder}“ не съществува; създайте я или изберете друго място за обобщението „{path}“",
    en: "the folder “{folder}” does not exist; create it or choose another place for the summary “{path}”",
  },
  "summary.isFolder": {
    bg: "„{path}“ е папка; за обобщението посочете файл, който завършва на .xlsx",
    en: "“{path}” is a folder; give the summary a file name ending in .xlsx",
  },
  "summary.notRegular": {
    bg: "обобщението не може да се запише в „{path}“: това не е обикновен файл",
    en: "the summary cannot be written to “{path}”: it is not a regular file",
  },
  "summary.folderReadOnly": {
    bg: "в папката „{folder}“ не може да се записва ({detail}); изберете друго място за обобщението „{path}“",
    en: "nothing can be written in the folder “{folder}” ({detail}); choose another place for the summary “{path}”",
  },
  "summary.previousLeftOut": {
    bg: "{path}: обобщение от предишна проверка с p2check; не се проверява и ще бъде заменено",
    en: "{path}: a summary from an earlier p2check run; it is not checked, and it will be replaced",
  },
  "summary.writeFailed": {
    bg: "обобщението не може да се запише в „{path}“ ({detail})",
    en: "the summary cannot be written to “{path}” ({detail})",
  },
} satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

export function text(lang: Lang, key: StringKey, params?: Params): string {
  return fill(STRINGS[key][lang], params, lang);
}

/** One heading's goals in words that agree with their numbers ("8 цели, 8 изпълнени", "1 цел, 1 изпълнена"); a plan's, its goals alone. */
export function sectionCounts(section: { goals: number; fulfilled: number }, completes: boolean, lang: Lang): string {
  return text(lang, completes ? "sections.counts" : "sections.counts.plan", { goals: section.goals, fulfilled: section.fulfilled });
}

export function isStringKey(key: string): key is StringKey {
  return Object.prototype.hasOwnProperty.call(STRINGS, key);
}
