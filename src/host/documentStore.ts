/**
 * Small pieces of state the add-in keeps inside the workbook itself, so they survive saving and reopening: which
 * sheet is the add-in's own summary, and the original fills of highlighted cells. In Excel they live in the
 * document's add-in settings (Office.context.document.settings); in a file host, in a very hidden sheet.
 */
export interface DocumentStore {
  get<T>(key: string): T | undefined;
  /** `undefined` removes the key. */
  set(key: string, value: unknown): void;
  /** Writes what was set into the document (Excel: settings.saveAsync). */
  save(): Promise<void>;
  /**
   * Reads the document's values afresh (Excel: settings.refreshAsync). Excel's ribbon command and the task pane run
   * apart, each with its own copy, and a save writes the whole copy: so every read-modify-write starts here, or one
   * runtime's save would undo what the other saved.
   */
  refresh(): Promise<void>;
}
