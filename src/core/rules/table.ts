/**
 * Every rule the checker knows: its stable id, its severity, the field it is about and its message in both
 * languages. A check function only says which rule fired where and with which parameters; the words are here.
 */
import type { FieldKey } from "../fields";
import type { Bilingual } from "../i18n/format";

export type Severity = "error" | "warning" | "info";

export interface RuleDefinition {
  severity: Severity;
  /** A few words naming the rule: the heading of its group in the task pane. */
  title: Bilingual;
  field?: FieldKey;
  message: Bilingual;
  /** Why the rule matters and how to put it right, in a sentence or two: an issue in the pane opens onto it. */
  why?: Bilingual;
}

export const RULES = {
  "layout.notFound": {
    severity: "error",
    title: { bg: "Таблицата не е намерена", en: "Table not found" },
    message: {
      bg: "Не е намерена таблицата на Приложение №2 (заглавен ред с „Ред №“, „Ежегодна цел“, „Статус на изпълнението“…) в нито един лист",
      en: "The Annex 2 table (a header row with “Ред №”, “Ежегодна цел”, “Статус на изпълнението”…) was not found on any sheet",
    },
    why: {
      bg: "Без заглавния ред на образеца нищо друго не може да бъде проверено. Отворете листа с отчета или върнете заглавния ред така, както е в образеца на Приложение №2.",
      en: "Without the template's header row nothing else can be checked. Open the sheet with the report, or restore the header row as the Annex 2 template has it.",
    },
  },
  "layout.columnMissing": {
    severity: "error",
    title: { bg: "Липсваща колона", en: "Missing column" },
    message: { bg: "Липсва колона „{fieldName}“", en: "The column “{fieldName}” is missing" },
    why: {
      bg: "Колоната е задължителна по образеца и проверката на полето ѝ е пропусната. Върнете колоната с текста на заглавието от образеца.",
      en: "The column is required by the template, and its field was not checked. Put the column back with the template's header text.",
    },
  },
  "layout.columnUnknown": {
    severity: "info",
    title: { bg: "Колона извън образеца", en: "Column not in the template" },
    message: {
      bg: "Колоната „{header}“ не е от образеца на Приложение №2",
      en: "The column “{header}” is not part of the Annex 2 template",
    },
    why: {
      bg: "Колоните извън образеца не се проверяват и при обобщаване може да объркат. Ако не е нужна, премахнете я.",
      en: "Columns outside the template are not checked and may confuse those who collate reports. Remove it if it is not needed.",
    },
  },
  "layout.columnOrder": {
    severity: "warning",
    title: { bg: "Ред на колоните", en: "Column order" },
    message: {
      bg: "Колоните не са в реда на образеца: „{fieldName}“ трябва да е след „{afterName}“",
      en: "The columns are not in the template's order: “{fieldName}” should come after “{afterName}”",
    },
    why: {
      bg: "Приемащите отчетите очакват колоните в реда на образеца. Преместете колоната на мястото ѝ.",
      en: "Those who receive the reports expect the template's column order. Move the column back to its place.",
    },
  },
  "layout.yearMismatch": {
    severity: "warning",
    title: { bg: "Различни години", en: "Years differ" },
    message: {
      bg: "Годините в заглавието и в заглавния ред се различават ({years}); вероятно е ползван образецът от друга година",
      en: "The years in the title and the header differ ({years}); the template of another year was probably reused",
    },
    why: {
      bg: "Различните години обикновено значат, че е попълнен образецът от миналата година. Поправете годината в заглавието и в заглавния ред.",
      en: "Different years usually mean last year's template was filled in. Correct the year in the title and in the header row.",
    },
  },
  "layout.planForm": {
    severity: "info",
    title: { bg: "План вместо отчет", en: "Plan instead of report" },
    message: {
      bg: "Листът е планът (Приложение №1), а не отчетът: няма колони за статус и ход на изпълнението, затова те не се проверяват",
      en: "The sheet is the plan (Annex 1), not the report: it has no status or progress columns, so those are not checked",
    },
    why: {
      bg: "Планът (Приложение №1) няма статус и информация за хода. Ако трябва да подадете отчет, използвайте образеца на Приложение №2.",
      en: "The plan (Annex 1) has no status or progress columns. If a report is due, use the Annex 2 template.",
    },
  },
  "meta.administrationMissing": {
    severity: "warning",
    title: { bg: "Липсва администрацията", en: "Administration missing" },
    message: {
      bg: "Не е попълнено наименованието на администрацията",
      en: "The name of the administration is not filled in",
    },
    why: {
      bg: "Без наименование не се знае чий е отчетът. Попълнете реда „Наименование на администрацията“ над таблицата.",
      en: "Without a name nobody knows whose report it is. Fill in the “Наименование на администрацията” line above the table.",
    },
  },
  "meta.contactIncomplete": {
    severity: "warning",
    title: { bg: "Непълни данни за контакт", en: "Incomplete contact" },
    message: {
      bg: "В реда „Изготвил/лице за контакт“ липсва {missing}",
      en: "The “prepared by / contact” line lacks {missing}",
    },
    why: {
      bg: "При въпроси по отчета трябва да се знае към кого да се обърнат. Допишете име, телефон и адрес на ел. поща.",
      en: "Questions about the report need someone to go to. Add a name, a phone number and an e-mail address.",
    },
  },
  "row.numberMissing": {
    severity: "warning",
    title: { bg: "Липсва „Ред №“", en: "Row number missing" },
    field: "no",
    message: { bg: "Редът има съдържание, но няма „Ред №“", en: "The row has content but no row number" },
    why: {
      bg: "Редовете без номер трудно се посочват при въпроси и се пропускат при броене. Дайте номер на реда или го обединете с целта над него.",
      en: "Rows without a number are hard to refer to and get missed when counting. Number the row, or merge it with the goal above.",
    },
  },
  "row.numberSequence": {
    severity: "warning",
    title: { bg: "Номерация на редовете", en: "Row numbering" },
    field: "no",
    message: {
      bg: "„Ред №“ е {actual}, а след {previous} се очаква {expected}",
      en: "Row number {actual} where {expected} was expected after {previous}",
    },
    why: {
      bg: "Повторен или пропуснат номер обикновено значи изтрита или копирана цел. Проверете реда и преномерирайте целите.",
      en: "A repeated or skipped number usually means a goal was deleted or copied. Check the row and renumber the goals.",
    },
  },
  "row.emptyNumbered": {
    severity: "info",
    title: { bg: "Празни номерирани редове", en: "Empty numbered rows" },
    field: "no",
    message: {
      bg: "Ред № {number} е празен (останал от образеца); може да бъде изтрит",
      en: "Row {number} is empty (left from the template); it can be deleted",
    },
    why: {
      bg: "Празните редове са останали от образеца и не се броят. Изтрийте ги, за да е таблицата по-ясна.",
      en: "Empty rows are left from the template and are not counted. Delete them to keep the table clear.",
    },
  },
  "goal.missing": {
    severity: "error",
    title: { bg: "Липсва ежегодна цел", en: "Annual goal missing" },
    field: "goal",
    message: { bg: "Редът има съдържание, но няма ежегодна цел", en: "The row has content but no annual goal" },
    why: {
      bg: "Всеки ред с показател трябва да принадлежи на ежегодна цел. Напишете целта или обединете реда с целта над него.",
      en: "Every row with an indicator must belong to an annual goal. Write the goal, or merge the row with the goal above.",
    },
  },
  "status.missing": {
    severity: "error",
    title: { bg: "Липсва статус", en: "Status missing" },
    field: "status",
    message: {
      bg: "Не е посочен статус на изпълнението (Изпълнена, Неизпълнена или В процес на изпълнение)",
      en: "No status is given (Изпълнена, Неизпълнена or В процес на изпълнение)",
    },
    why: {
      bg: "Без статус целта не се брои в изпълнението. Изберете Изпълнена, Неизпълнена или В процес на изпълнение.",
      en: "Without a status the goal does not count towards completion. Choose Изпълнена, Неизпълнена or В процес на изпълнение.",
    },
  },
  "status.invalid": {
    severity: "error",
    title: { bg: "Невалиден статус", en: "Invalid status" },
    field: "status",
    message: {
      bg: "Статусът „{value}“ не е от допустимите: Изпълнена, Неизпълнена, В процес на изпълнение",
      en: "The status “{value}” is not one of the allowed: Изпълнена, Неизпълнена, В процес на изпълнение",
    },
    why: {
      bg: "Приемат се само трите статуса от образеца, изписани точно. Изберете един от тях; падащият списък пази от грешки.",
      en: "Only the template's three statuses, written exactly, are accepted. Choose one of them; the drop-down list prevents mistakes.",
    },
  },
  "status.invisibleCharacter": {
    severity: "error",
    title: { bg: "Невидим знак в статуса", en: "Invisible character in the status" },
    field: "status",
    message: {
      bg: "Статусът „{value}“ съдържа невидим знак — {characters} — и затова не съвпада с допустимите; изтрийте съдържанието на клетката и въведете статуса наново",
      en: "The status “{value}” holds an invisible character — {characters} — so it does not match the allowed values; clear the cell and type the status again",
    },
    why: {
      bg: "Невидимите знаци идват от копиран текст и правят статуса различен от допустимите. Изтрийте клетката и въведете статуса наново.",
      en: "Invisible characters come with copied text and make the status differ from the allowed ones. Clear the cell and type the status again.",
    },
  },
  "progress.missing": {
    severity: "error",
    title: { bg: "Липсва информация за хода", en: "Progress note missing" },
    field: "progressInfo",
    message: {
      bg: "Няма кратка информация за хода на изпълнение (статус „{status}“)",
      en: "No progress note is given (status “{status}”)",
    },
    why: {
      bg: "За неизпълнена или започната цел трябва да се обясни докъде е стигнала и защо. Напишете кратко какво е направено.",
      en: "A goal not fulfilled or still in progress needs a word on how far it got and why. Write briefly what was done.",
    },
  },
  "responsible.missing": {
    severity: "error",
    title: { bg: "Липсва отговорно звено", en: "Responsible unit missing" },
    field: "responsible",
    message: { bg: "Не е посочено отговорно звено", en: "No responsible unit is given" },
    why: {
      bg: "Всяка цел трябва да има звено, което отговаря за нея. Посочете дирекцията или отдела.",
      en: "Every goal needs a unit answerable for it. Name the directorate or department.",
    },
  },
  "indicator.missing": {
    severity: "error",
    title: { bg: "Липсва показател", en: "Indicator missing" },
    field: "indicator",
    message: {
      bg: "Целта няма показател (индикатор) за изпълнение",
      en: "The goal has no performance indicator",
    },
    why: {
      bg: "Без показател не може да се прецени дали целта е постигната. Посочете как се измерва изпълнението ѝ.",
      en: "Without an indicator nobody can tell whether the goal was met. Say how its fulfilment is measured.",
    },
  },
  "indicator.currentMissing": {
    severity: "warning",
    title: { bg: "Липсва текуща стойност", en: "Current value missing" },
    field: "currentValue",
    message: {
      bg: "Показателят няма текуща стойност (в началото на годината)",
      en: "The indicator has no current value (start of the year)",
    },
    why: {
      bg: "Текущата стойност е отправната точка за сравнение с целевата. Попълнете стойността в началото на годината.",
      en: "The current value is the baseline the target is compared with. Fill in the value at the start of the year.",
    },
  },
  "indicator.targetMissing": {
    severity: "error",
    title: { bg: "Липсва целева стойност", en: "Target value missing" },
    field: "targetValue",
    message: {
      bg: "Показателят няма целева стойност (в края на годината)",
      en: "The indicator has no target value (end of the year)",
    },
    why: {
      bg: "Без целева стойност не може да се каже дали целта е постигната. Попълнете стойността, която се очаква в края на годината.",
      en: "Without a target nobody can tell whether the goal was met. Fill in the value expected at the end of the year.",
    },
  },
  "indicator.itemCountMismatch": {
    severity: "warning",
    title: { bg: "Различен брой точки", en: "Item counts differ" },
    field: "targetValue",
    message: {
      bg: "Текущата стойност изброява {current} точки ({currentLabels}), а целевата — {target} ({targetLabels})",
      en: "The current value lists {current} items ({currentLabels}) and the target {target} ({targetLabels})",
    },
    why: {
      bg: "Всяка точка от текущата стойност трябва да има своя целева стойност. Изравнете номерираните точки в двете клетки.",
      en: "Each item of the current value needs its own target. Make the numbered items of the two cells match.",
    },
  },
  "indicator.unitMismatch": {
    severity: "warning",
    title: { bg: "Различни мерни единици", en: "Units differ" },
    field: "targetValue",
    message: {
      bg: "{item}Текущата стойност е в {currentUnit}, а целевата — в {targetUnit}",
      en: "{item}The current value is in {currentUnit} and the target in {targetUnit}",
    },
    why: {
      bg: "Процент и брой не могат да се сравнят. Запишете двете стойности в една и съща мерна единица.",
      en: "A percentage and a count cannot be compared. Write both values in the same unit.",
    },
  },
  "indicator.percentOutOfRange": {
    severity: "error",
    title: { bg: "Процент извън 0–100", en: "Percent out of 0–100" },
    message: {
      bg: "Процентът {value} % е извън границите от 0 до 100",
      en: "The percentage {value} % is outside 0 to 100",
    },
    why: {
      bg: "Процентът е между 0 и 100. Проверете за сгрешена цифра или пропусната запетая.",
      en: "A percentage lies between 0 and 100. Look for a wrong digit or a missing decimal comma.",
    },
  },
  "indicator.targetEqualsCurrent": {
    severity: "warning",
    title: { bg: "Целевата е равна на текущата", en: "Target equals current" },
    field: "targetValue",
    message: {
      bg: "Целевата стойност е равна на текущата ({value}): не е планирана промяна",
      en: "The target equals the current value ({value}): no change is planned",
    },
    why: {
      bg: "Цел без планирана промяна обикновено е грешка при попълването. Проверете целевата стойност.",
      en: "A goal with no change planned is usually a slip when filling in. Check the target value.",
    },
  },
  "indicator.targetBelowCurrent": {
    severity: "info",
    title: { bg: "Целевата е под текущата", en: "Target below current" },
    field: "targetValue",
    message: {
      bg: "{item}Целевата стойност ({target}) е по-малка от текущата ({current}); вярно ли е?",
      en: "{item}The target ({target}) is below the current value ({current}); is that intended?",
    },
    why: {
      bg: "Това е вярно за цели като „по-малко нарушения“, но иначе е грешка. Проверете двете стойности.",
      en: "That is right for goals such as “fewer breaches”, and a mistake otherwise. Check both values.",
    },
  },
  "indicator.qualitative": {
    severity: "info",
    title: { bg: "Описателна стойност", en: "Descriptive value" },
    message: {
      bg: "Стойността е описателна, без число за сравнение",
      en: "The value is descriptive, with no number to compare",
    },
    why: {
      bg: "Описателните стойности са допустими, но не се сравняват автоматично. Ако може, добавете число.",
      en: "Descriptive values are allowed, but cannot be compared automatically. Add a number where you can.",
    },
  },
  "finance.amountUnparsed": {
    severity: "warning",
    title: { bg: "Неразчетена сума", en: "Amount not understood" },
    field: "amount",
    message: {
      bg: "Сумата „{value}“ не е число, нито „не е приложимо“",
      en: "The amount “{value}” is neither a number nor “not applicable”",
    },
    why: {
      bg: "Сумите се събират в обобщението само ако са числа. Запишете сумата като число (напр. 1 320 лв.) или „не е приложимо“.",
      en: "Amounts are added up in the summary only when they are numbers. Write the amount as a number (e.g. 1 320 лв.) or “не е приложимо”.",
    },
  },
  "finance.sourceMissing": {
    severity: "warning",
    title: { bg: "Липсва източник на финансиране", en: "Funding source missing" },
    field: "fundingSource",
    message: {
      bg: "Има индикативен размер, но не е посочен източник на финансиране",
      en: "An amount is given but no funding source",
    },
    why: {
      bg: "Сумата трябва да има източник на финансиране. Посочете го (напр. Национален бюджет).",
      en: "An amount needs a funding source. Name it (e.g. Национален бюджет).",
    },
  },
  "progress.contradictsStatus": {
    severity: "warning",
    title: { bg: "Информацията противоречи на статуса", en: "Note contradicts the status" },
    field: "progressInfo",
    message: {
      bg: "Статусът е „{status}“, а информацията за хода на изпълнение казва обратното; проверете кое е вярно",
      en: "The status is “{status}” but the progress note says the opposite; check which is right",
    },
    why: {
      bg: "Статус и информация, които си противоречат, пораждат въпроси при приемането на отчета. Поправете едното от двете.",
      en: "A status and a note that contradict each other raise questions when the report is received. Correct one of the two.",
    },
  },
  "plan.goalNotReported": {
    severity: "error",
    title: { bg: "Цел от плана липсва в отчета", en: "Planned goal not reported" },
    field: "goal",
    message: {
      bg: "Цел № {number} от плана („{words}“) липсва в отчета",
      en: "Goal {number} of the plan (“{words}”) is missing from the report",
    },
    why: {
      bg: "Отчетът трябва да казва какво е станало с всяка цел от плана. Добавете целта в отчета или обяснете защо е отпаднала.",
      en: "The report must say what became of every goal of the plan. Add the goal to the report, or explain why it was dropped.",
    },
  },
  "plan.goalNotPlanned": {
    severity: "info",
    title: { bg: "Цел извън плана", en: "Goal not in the plan" },
    field: "goal",
    message: { bg: "Тази цел я няма в плана", en: "This goal is not in the plan" },
    why: {
      bg: "Цел, която я няма в плана, може да е нова или преименувана. Проверете дали отговаря на цел от плана.",
      en: "A goal that is not in the plan may be new or renamed. Check whether it matches a goal of the plan.",
    },
  },
  "plan.targetChanged": {
    severity: "warning",
    title: { bg: "Целевата стойност е променена", en: "Target changed" },
    field: "targetValue",
    message: {
      bg: "Целевата стойност е „{reported}“, а в плана е „{planned}“",
      en: "The target is “{reported}” where the plan has “{planned}”",
    },
    why: {
      bg: "Изпълнението се мери спрямо целевата стойност от плана. Върнете стойността от плана или обяснете промяната.",
      en: "Fulfilment is measured against the plan's target. Restore the plan's value, or explain the change.",
    },
  },
  "plan.goalReworded": {
    severity: "info",
    title: { bg: "Целта е преформулирана", en: "Goal reworded" },
    field: "goal",
    message: {
      bg: "Текстът на целта е променен спрямо цел № {number} от плана",
      en: "The goal's wording differs from goal {number} of the plan",
    },
    why: {
      bg: "Целта трябва да се разпознава като същата от плана. Ако смисълът е същият, може да я оставите.",
      en: "The goal should be recognisable as the plan's own. If its meaning is the same, it can stay.",
    },
  },
  "finance.totalMismatch": {
    severity: "warning",
    title: { bg: "Общата сума не съвпада", en: "Total does not match" },
    field: "amount",
    message: {
      bg: "Посочената обща сума {stated} не е равна на сбора от сумите на целите {sum}",
      en: "The stated total {stated} is not the sum of the goals' amounts {sum}",
    },
    why: {
      bg: "Общата сума трябва да е сборът от сумите на целите. Проверете сумите или поправете общата.",
      en: "The total must be the sum of the goals' amounts. Check the amounts, or correct the total.",
    },
  },
  "finance.currencyMixed": {
    severity: "warning",
    title: { bg: "Смесени валути", en: "Mixed currencies" },
    field: "amount",
    message: {
      bg: "Сумата е в {amountCurrency}, а таблицата е в {tableCurrency} (1 EUR = 1,95583 лв.)",
      en: "The amount is in {amountCurrency} while the table is in {tableCurrency} (1 EUR = 1.95583 BGN)",
    },
    why: {
      bg: "Сумите в таблицата се събират в една валута. Запишете сумата във валутата на таблицата или я преизчислете.",
      en: "The table's amounts are added up in one currency. Write the amount in the table's currency, or convert it.",
    },
  },
  "text.formulaLike": {
    severity: "warning",
    title: { bg: "Текст като формула", en: "Text like a formula" },
    message: {
      bg: "Текстът започва с „{first}“ и Excel може да го приеме за формула; започнете го с друг знак",
      en: "The text starts with “{first}” and Excel may take it for a formula; start it with another character",
    },
    why: {
      bg: "Ако клетката бъде редактирана, Excel ще опита да я изчисли като формула. Започнете текста с буква или с апостроф.",
      en: "If the cell is edited, Excel will try to calculate it as a formula. Start the text with a letter, or with an apostrophe.",
    },
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
