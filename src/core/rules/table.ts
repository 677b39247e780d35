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
}

export const RULES = {
  "layout.notFound": {
    severity: "error",
    title: { bg: "Таблицата не е намерена", en: "Table not found" },
    message: {
      bg: "Не е намерена таблицата на Приложение №2 (заглавен ред с „Ред №“, „Ежегодна цел“, „Статус на изпълнението“…) в нито един лист",
      en: "The Annex 2 table (a header row with “Ред №”, “Ежегодна цел”, “Статус на изпълнението”…) was not found on any sheet",
    },
  },
  "layout.columnMissing": {
    severity: "error",
    title: { bg: "Липсваща колона", en: "Missing column" },
    message: { bg: "Липсва колона „{fieldName}“", en: "The column “{fieldName}” is missing" },
  },
  "layout.columnUnknown": {
    severity: "info",
    title: { bg: "Колона извън образеца", en: "Column not in the template" },
    message: {
      bg: "Колоната „{header}“ не е от образеца на Приложение №2",
      en: "The column “{header}” is not part of the Annex 2 template",
    },
  },
  "layout.columnOrder": {
    severity: "warning",
    title: { bg: "Ред на колоните", en: "Column order" },
    message: {
      bg: "Колоните не са в реда на образеца: „{fieldName}“ трябва да е след „{afterName}“",
      en: "The columns are not in the template's order: “{fieldName}” should come after “{afterName}”",
    },
  },
  "layout.yearMismatch": {
    severity: "warning",
    title: { bg: "Различни години", en: "Years differ" },
    message: {
      bg: "Годините в заглавието и в заглавния ред се различават ({years}); вероятно е ползван образецът от друга година",
      en: "The years in the title and the header differ ({years}); the template of another year was probably reused",
    },
  },
  "layout.planForm": {
    severity: "info",
    title: { bg: "План вместо отчет", en: "Plan instead of report" },
    message: {
      bg: "Листът е планът (Приложение №1), а не отчетът: няма колони за статус и ход на изпълнението, затова те не се проверяват",
      en: "The sheet is the plan (Annex 1), not the report: it has no status or progress columns, so those are not checked",
    },
  },
  "meta.administrationMissing": {
    severity: "warning",
    title: { bg: "Липсва администрацията", en: "Administration missing" },
    message: {
      bg: "Не е попълнено наименованието на администрацията",
      en: "The name of the administration is not filled in",
    },
  },
  "meta.contactIncomplete": {
    severity: "warning",
    title: { bg: "Непълни данни за контакт", en: "Incomplete contact" },
    message: {
      bg: "В реда „Изготвил/лице за контакт“ липсва {missing}",
      en: "The “prepared by / contact” line lacks {missing}",
    },
  },
  "row.numberMissing": {
    severity: "warning",
    title: { bg: "Липсва „Ред №“", en: "Row number missing" },
    field: "no",
    message: { bg: "Редът има съдържание, но няма „Ред №“", en: "The row has content but no row number" },
  },
  "row.numberSequence": {
    severity: "warning",
    title: { bg: "Номерация на редовете", en: "Row numbering" },
    field: "no",
    message: {
      bg: "„Ред №“ е {actual}, а след {previous} се очаква {expected}",
      en: "Row number {actual} where {expected} was expected after {previous}",
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
  },
  "goal.missing": {
    severity: "error",
    title: { bg: "Липсва ежегодна цел", en: "Annual goal missing" },
    field: "goal",
    message: { bg: "Редът има съдържание, но няма ежегодна цел", en: "The row has content but no annual goal" },
  },
  "status.missing": {
    severity: "error",
    title: { bg: "Липсва статус", en: "Status missing" },
    field: "status",
    message: {
      bg: "Не е посочен статус на изпълнението (Изпълнена, Неизпълнена или В процес на изпълнение)",
      en: "No status is given (Изпълнена, Неизпълнена or В процес на изпълнение)",
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
  },
  "status.invisibleCharacter": {
    severity: "error",
    title: { bg: "Невидим знак в статуса", en: "Invisible character in the status" },
    field: "status",
    message: {
      bg: "Статусът „{value}“ съдържа невидим знак — {characters} — и затова не съвпада с допустимите; изтрийте съдържанието на клетката и въведете статуса наново",
      en: "The status “{value}” holds an invisible character — {characters} — so it does not match the allowed values; clear the cell and type the status again",
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
  },
  "responsible.missing": {
    severity: "error",
    title: { bg: "Липсва отговорно звено", en: "Responsible unit missing" },
    field: "responsible",
    message: { bg: "Не е посочено отговорно звено", en: "No responsible unit is given" },
  },
  "indicator.missing": {
    severity: "error",
    title: { bg: "Липсва показател", en: "Indicator missing" },
    field: "indicator",
    message: {
      bg: "Целта няма показател (индикатор) за изпълнение",
      en: "The goal has no performance indicator",
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
  },
  "indicator.targetMissing": {
    severity: "error",
    title: { bg: "Липсва целева стойност", en: "Target value missing" },
    field: "targetValue",
    message: {
      bg: "Показателят няма целева стойност (в края на годината)",
      en: "The indicator has no target value (end of the year)",
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
  },
  "indicator.unitMismatch": {
    severity: "warning",
    title: { bg: "Различни мерни единици", en: "Units differ" },
    field: "targetValue",
    message: {
      bg: "{item}Текущата стойност е в {currentUnit}, а целевата — в {targetUnit}",
      en: "{item}The current value is in {currentUnit} and the target in {targetUnit}",
    },
  },
  "indicator.percentOutOfRange": {
    severity: "error",
    title: { bg: "Процент извън 0–100", en: "Percent out of 0–100" },
    message: {
      bg: "Процентът {value} % е извън границите от 0 до 100",
      en: "The percentage {value} % is outside 0 to 100",
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
  },
  "indicator.targetBelowCurrent": {
    severity: "info",
    title: { bg: "Целевата е под текущата", en: "Target below current" },
    field: "targetValue",
    message: {
      bg: "{item}Целевата стойност ({target}) е по-малка от текущата ({current}); вярно ли е?",
      en: "{item}The target ({target}) is below the current value ({current}); is that intended?",
    },
  },
  "indicator.qualitative": {
    severity: "info",
    title: { bg: "Описателна стойност", en: "Descriptive value" },
    message: {
      bg: "Стойността е описателна, без число за сравнение",
      en: "The value is descriptive, with no number to compare",
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
  },
  "finance.sourceMissing": {
    severity: "warning",
    title: { bg: "Липсва източник на финансиране", en: "Funding source missing" },
    field: "fundingSource",
    message: {
      bg: "Има индикативен размер, но не е посочен източник на финансиране",
      en: "An amount is given but no funding source",
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
  },
  "plan.goalNotReported": {
    severity: "error",
    title: { bg: "Цел от плана липсва в отчета", en: "Planned goal not reported" },
    field: "goal",
    message: {
      bg: "Цел № {number} от плана („{words}“) липсва в отчета",
      en: "Goal {number} of the plan (“{words}”) is missing from the report",
    },
  },
  "plan.goalNotPlanned": {
    severity: "info",
    title: { bg: "Цел извън плана", en: "Goal not in the plan" },
    field: "goal",
    message: { bg: "Тази цел я няма в плана", en: "This goal is not in the plan" },
  },
  "plan.targetChanged": {
    severity: "warning",
    title: { bg: "Целевата стойност е променена", en: "Target changed" },
    field: "targetValue",
    message: {
      bg: "Целевата стойност е „{reported}“, а в плана е „{planned}“",
      en: "The target is “{reported}” where the plan has “{planned}”",
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
  },
  "finance.totalMismatch": {
    severity: "warning",
    title: { bg: "Общата сума не съвпада", en: "Total does not match" },
    field: "amount",
    message: {
      bg: "Посочената обща сума {stated} не е равна на сбора от сумите на целите {sum}",
      en: "The stated total {stated} is not the sum of the goals' amounts {sum}",
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
  },
  "text.formulaLike": {
    severity: "warning",
    title: { bg: "Текст като формула", en: "Text like a formula" },
    message: {
      bg: "Текстът започва с „{first}“ и Excel може да го приеме за формула; започнете го с друг знак",
      en: "The text starts with “{first}” and Excel may take it for a formula; start it with another character",
    },
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
