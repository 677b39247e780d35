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
