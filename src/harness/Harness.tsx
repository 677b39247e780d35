/**
 * The harness page: a toolbar (open, download, language, theme), the sheet tabs and a grid preview on the left, and
 * the real task pane on the right, working on the open workbook through a FileHost.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Lang, Params } from "../core/i18n/format";
import { text, type StringKey } from "../core/i18n/strings";
import { FileHost } from "../file/fileHost";
import { App } from "../taskpane/App";
import { GridPreview, PREVIEW_ROWS } from "./GridPreview";
import { typeInto } from "./typedValue";
import { download, openFile, openSample, reasonOf, SAMPLE_NAME, type OpenWorkbook } from "./openWorkbook";

interface Selection {
  sheet: string;
  cell: string;
}

/** `sample`: the sample's opening, when the page started it already; else the harness opens it itself. */
export function Harness({ sample }: { sample?: Promise<OpenWorkbook> }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [dark, setDark] = useState(false);
  const [open, setOpen] = useState<OpenWorkbook>();
  const [status, setStatus] = useState<string>();
  const [activeSheet, setActiveSheet] = useState("");
  const [selection, setSelection] = useState<Selection>();
  // Each opened workbook gets a new pane, which checks it at once, as the pane does when it opens in Excel.
  const [generation, setGeneration] = useState(0);
  // Bumped when the pane changes the workbook (the summary sheet), so the tabs and the preview show it.
  const [revision, setRevision] = useState(0);
  // The generation whose pane has drawn its first results: only then is that workbook's preview drawn.
  const [checked, setChecked] = useState(0);
  const t = (key: StringKey, params?: Params) => text(lang, key, params);

  const show = useCallback((next: OpenWorkbook) => {
    setOpen(next);
    setGeneration((count) => count + 1);
    setActiveSheet(next.book.sheets()[0]?.name ?? "");
    setSelection(undefined);
    setStatus(undefined);
  }, []);
  const load = useCallback(
    async (name: string, opening: () => Promise<OpenWorkbook>) => {
      setStatus(text(lang, "harness.loading", { file: name }));
      try {
        show(await opening());
      } catch (error) {
        setStatus(text(lang, "harness.loadFailed", { file: name, reason: reasonOf(error, lang) }));
      }
    },
    [lang, show],
  );
  useEffect(() => {
    void load(SAMPLE_NAME, () => sample ?? openSample());
  }, []); // the sample loads once, at start; later loads come from the file input

  // The host asks for the active sheet when it reads; a ref gives it the current one without a new host.
  const activeRef = useRef(activeSheet);
  activeRef.current = activeSheet;
  const host = useMemo(
    () =>
      open &&
      new FileHost(
        open.book,
        {
          activeSheet: () => activeRef.current,
          select: (sheet, cell) => {
            setActiveSheet(sheet);
            setSelection({ sheet, cell });
          },
          changed: () => setRevision((count) => count + 1),
        },
        undefined,
        { liveEdits: liveEditsAsked() },
      ),
    [open],
  );
  // The user's own clicks and typing in the preview reach the pane as Excel's events would.
  const selectCell = useCallback(
    (cell: string) => {
      setSelection({ sheet: activeRef.current, cell });
      host?.userSelected();
    },
    [host],
  );
  const editCell = useCallback(
    async (cell: string, text: string) => {
      if (!open || !host) return;
      const name = activeRef.current;
      const sheet = (await open.book.editable()).getWorksheet(name); // typing writes: ExcelJS is loaded for it
      if (!sheet) return;
      typeInto(sheet, cell, text);
      setRevision((count) => count + 1);
      host.userEdited(sheet.name);
    },
    [open, host],
  );
  // The preview of a newly opened workbook is drawn after the pane's first results, which the user opened it for:
  // the preview's fills are read from the file, and it must not hold the pane's check back.
  const shown = checked === generation ? open : undefined;
  const grid = useMemo(
    () => shown?.book.grid(activeSheet),
    [shown, activeSheet, revision], // revision: the pane changed the sheet in place
  );
  const fills = useMemo(
    () => shown?.book.fills(activeSheet, PREVIEW_ROWS),
    [shown, activeSheet, revision], // revision: highlights and fixes change the cells in place
  );
  const selectedCell = selection?.sheet === activeSheet ? selection.cell : undefined;

  return (
    <div className={dark ? "harness dark" : "harness"}>
      <div className="workbook">
        <div className="toolbar">
          <strong>{t("harness.title")}</strong>
          <label>
            {t("harness.open")}{" "}
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="harness-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void load(file.name, () => openFile(file));
              }}
            />
          </label>
          <button type="button" disabled={!open} onClick={() => open && void download(open)} data-testid="harness-download">
            {t("harness.download")}
          </button>
          <label>
            {t("harness.language")}{" "}
            <select value={lang} onChange={(event) => setLang(event.target.value as Lang)} data-testid="harness-lang">
              <option value="bg">Български</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={dark} onChange={(event) => setDark(event.target.checked)} /> {t("harness.dark")}
          </label>
          <span>
            {t("harness.selection")}: {selection ? `${selection.sheet}!` : ""}
            <output data-testid="harness-selection">{selection?.cell ?? ""}</output>
          </span>
        </div>
        {status && (
          <p className="status" role="status" data-testid="harness-status">
            {status}
          </p>
        )}
        {open && (
          <>
            <div className="tabs" role="tablist" aria-label={t("harness.sheets")}>
              {open.book.sheets().filter((each) => each.state === "visible").map((each) => (
                <button
                  key={each.name}
                  type="button"
                  role="tab"
                  aria-selected={each.name === activeSheet}
                  data-testid="harness-sheet-tab"
                  onClick={() => setActiveSheet(each.name)}
                >
                  {each.name}
                </button>
              ))}
            </div>
            {grid && (
              <GridPreview
                grid={grid}
                selected={selectedCell}
                onSelect={selectCell}
                moreRowsNote={(hidden) => t("harness.moreRows", { hidden })}
                fills={fills}
                onEdit={editCell}
              />
            )}
          </>
        )}
      </div>
      <aside className="pane" aria-label={t("pane.title")}>
        {host && <App key={generation} host={host} lang={lang} dark={dark} onChecked={() => setChecked(generation)} />}
      </aside>
    </div>
  );
}

/** `?lang=en` opens the harness in English; Bulgarian otherwise, as in Excel. */
function initialLang(): Lang {
  return new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "bg";
}

/** `?live=0` plays an Excel without ExcelApi 1.7, which cannot tell the pane about edits as they happen. */
function liveEditsAsked(): boolean {
  return new URLSearchParams(window.location.search).get("live") !== "0";
}
