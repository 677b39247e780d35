/** Words for what a host (Excel, the harness) can report: Office errors the user can fix, features switched off. */
import type { Bilingual } from "./format";

export const HOST_STRINGS = {
  "host.cellEditing": {
    bg: "Excel е в режим на редактиране на клетка. Натиснете Enter или Esc и опитайте отново.",
    en: "Excel is editing a cell. Press Enter or Esc and try again.",
  },
  "host.protected": {
    bg: "Excel не разреши действието, защото листът е защитен или книгата е отворена само за четене. Премахнете защитата (Преглед → Премахване на защитата на лист) и опитайте отново.",
    en: "Excel did not allow this because the sheet is protected or the workbook is read-only. Unprotect the sheet (Review → Unprotect Sheet) and try again.",
  },
  "host.sheetProtected": {
    bg: "Листът „{sheet}“ е защитен и добавката не може да го промени. Премахнете защитата (Преглед → Премахване на защитата на лист) и опитайте отново.",
    en: "The sheet “{sheet}” is protected, so the add-in cannot change it. Unprotect it (Review → Unprotect Sheet) and try again.",
  },
  "host.workbookProtected": {
    bg: "Структурата на книгата е защитена, затова не може да се добави или изтрие лист. Премахнете защитата (Преглед → Защита на книгата) и опитайте отново.",
    en: "The workbook's structure is protected, so no sheet can be added or deleted. Unprotect it (Review → Protect Workbook) and try again.",
  },
  "host.readOnly": {
    bg: "Книгата е отворена само за четене и не може да бъде променяна. Разрешете редактирането (в Excel за уеб: Редактиране) или запишете копие и опитайте отново.",
    en: "The workbook is open read-only and cannot be changed. Enable editing (in Excel on the web: Editing) or save a copy, and try again.",
  },
  "host.nameTaken": {
    bg: "Вече има лист с това име — може би току-що добавен. Натиснете „Провери отново“ и опитайте пак.",
    en: "A sheet with that name exists already, perhaps one just added. Press “Check again” and try once more.",
  },
  "host.inactiveWorkbook": {
    bg: "Отворени са няколко книги и тази вече не е активна. Щракнете в нейния прозорец и опитайте отново.",
    en: "Several workbooks are open and this one is no longer the active one. Click in its window and try again.",
  },
  "host.activityLimit": {
    bg: "Excel достигна ограничението си на действия за една заявка. Изчакайте малко и опитайте отново; голям отчет проверете с p2check.",
    en: "Excel reached its limit of actions for one request. Wait a moment and try again; check a very large report with p2check.",
  },
  "host.unsupportedSheet": {
    bg: "Този лист е лист с диаграма или с макроси и добавката не може да работи с него. Отворете листа с таблицата на отчета.",
    en: "This is a chart sheet or a macro sheet, which the add-in cannot work with. Open the sheet that holds the report's table.",
  },
  "host.notFound": {
    bg: "Листът или клетката вече не съществува — може би е преименуван или изтрит. Натиснете „Провери отново“.",
    en: "The sheet or cell no longer exists; it may have been renamed or deleted. Press “Check again”.",
  },
  "host.busy": {
    bg: "Книгата се променя в момента (от друг потребител или друга добавка). Изчакайте малко и опитайте отново.",
    en: "The workbook is being changed right now (by someone else or another add-in). Wait a moment and try again.",
  },
  "host.unsupported": {
    bg: "Тази версия на Excel не поддържа нужната функция. Обновете Excel, отворете файла в Excel за уеб или го проверете с p2check.",
    en: "This version of Excel lacks a feature the add-in needs. Update Excel, open the file in Excel on the web, or check it with p2check.",
  },
  "host.tooLarge": {
    bg: "Листът е твърде голям, за да бъде прочетен от Excel. Проверете файла с командния ред p2check.",
    en: "The sheet is too large for Excel to hand over. Check the file with the p2check command line.",
  },
  "host.failed": {
    bg: "Excel не изпълни заявката ({detail}). Опитайте отново.",
    en: "Excel did not carry out the request ({detail}). Try again.",
  },
} satisfies Record<string, Bilingual>;
