/**
 * The current template of Приложение №2 (the 2024 wording): the header text of each column, the groups some columns
 * share, the statuses a report may give, and the title line. The report made from a plan is laid out in it.
 */
import type { FieldKey } from "../fields";

export interface HeaderWording {
  /** The group header over this column and its neighbours of the same group. */
  group?: string;
  text: (year: number) => string;
}

export const TEMPLATE_GROUPS = {
  strategic: "Връзка на ежегодната цел със стратегически цели и документи",
  values: "Стойности на индикатора за изпълнение на ежегодната цел",
  finance: "Необходимо финансиране",
};

export const TEMPLATE_HEADERS: Record<FieldKey, HeaderWording> = {
  no: { text: () => "Ред №" },
  goal: { text: (y) => `Ежегодна цел (за ${y} г.)` },
  strategicDocuments: { group: TEMPLATE_GROUPS.strategic, text: () => "Стратегически документ/и" },
  strategicGoal: { group: TEMPLATE_GROUPS.strategic, text: () => "Стратегическа цел" },
  strategicIndicator: { group: TEMPLATE_GROUPS.strategic, text: () => "Показател от стратегическия документ" },
  indicator: { text: () => "Наименование на показателя за изпълнение на ежегодната цел" },
  currentValue: { group: TEMPLATE_GROUPS.values, text: (y) => `Текуща стойност (в началото на ${y} г.)` },
  targetValue: { group: TEMPLATE_GROUPS.values, text: (y) => `Целева стойност (в края на ${y} г.)` },
  // Bulgaria pays in euro from 2026: the template's amount column says so.
  amount: { group: TEMPLATE_GROUPS.finance, text: (y) => (y >= 2026 ? "Индикативен размер, евро" : "Индикативен размер, лв.") },
  fundingSource: { group: TEMPLATE_GROUPS.finance, text: () => "Източник на финансиране" },
  activities: { text: () => "Планирани дейности за постигане на ежегодната цел" },
  responsible: { text: () => "Отговорно звено" },
  status: { text: () => "Статус на изпълнението" },
  progressInfo: { text: (y) => `Кратка информация за хода на изпълнение на ежегодната цел за ${y} г.` },
};

export const TEMPLATE_TITLE = (year: number) => `Отчет на ежегодните цели на администрацията за ${year} г.`;
export const TEMPLATE_ADMINISTRATION = "Наименование на администрацията:";
export const TEMPLATE_CONTACT = "Изготвил/лице за контакт, тел. и ел. поща:";

/** Column widths (in characters) like the template's. */
export const TEMPLATE_WIDTHS: Record<FieldKey, number> = {
  no: 6,
  goal: 30,
  strategicDocuments: 26,
  strategicGoal: 26,
  strategicIndicator: 22,
  indicator: 24,
  currentValue: 18,
  targetValue: 18,
  amount: 13,
  fundingSource: 16,
  activities: 34,
  responsible: 16,
  status: 14,
  progressInfo: 50,
};
