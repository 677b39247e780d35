/** Opening a workbook in the harness: from the file input, or the bundled sample served beside the page. */
import type { Lang } from "../core/i18n/format";
import { UnreadableWorkbookError } from "../file/errors";
import { FileWorkbook } from "../file/fileWorkbook";

export const SAMPLE_NAME = "blagoevgrad-2024.xlsx";

export interface OpenWorkbook {
  name: string;
  book: FileWorkbook;
}

export async function openFile(file: File): Promise<OpenWorkbook> {
  return { name: file.name, book: await FileWorkbook.open(new Uint8Array(await file.arrayBuffer())) };
}

export async function openSample(): Promise<OpenWorkbook> {
  const response = await fetch(`samples/${SAMPLE_NAME}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { name: SAMPLE_NAME, book: await FileWorkbook.open(new Uint8Array(await response.arrayBuffer())) };
}

/** Why a file could not be opened, in the user's words: the reader's reason, or the error's own message. */
export function reasonOf(error: unknown, lang: Lang): string {
  if (error instanceof UnreadableWorkbookError) return error.describe(lang);
  return error instanceof Error ? error.message : String(error);
}

/** The workbook as it now is, offered as a download under its own name (written by ExcelJS, loaded for it if need be). */
export async function download(open: OpenWorkbook): Promise<void> {
  const workbook = await open.book.editable();
  const bytes = await workbook.xlsx.writeBuffer();
  const blob = new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = open.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
