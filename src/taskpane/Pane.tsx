/** What the pane shows in each phase: before the first check, while reading, the result, or why it failed. */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import type { SheetGrid } from "../core/grid";
import type { WorkbookHost } from "../host/workbookHost";
import { Actions } from "./components/Actions";
import { Counts } from "./components/Counts";
import { Completion } from "./components/Completion";
import { IssueList } from "./components/IssueList";
import { SheetFound } from "./components/SheetFound";
import { UnitTable } from "./components/UnitTable";
import { VerdictBar } from "./components/VerdictBar";
import { useLang, useText } from "./i18n";
import { isStatusFix, statusFix } from "./model/edits";
import { useActions, type Actions as ActionsHook } from "./useActions";
import { useCheck, type CheckState } from "./useCheck";
import { useSummary, type SummaryState } from "./useSummary";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  buttons: { display: "flex", flexWrap: "wrap", justifyContent: "flex-end", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

interface PaneProps {
  host: WorkbookHost;
  checkOnOpen: boolean;
  onError?: (error: unknown) => void;
}

export function Pane({ host, checkOnOpen, onError }: PaneProps) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const { state, run, grid } = useCheck(host, lang, onError);
  const { summary, writeSummary } = useSummary(host, lang, onError);
  const edits = useActions(host, run, onError);
  useEffect(() => {
    if (checkOnOpen) void run();
  }, [checkOnOpen, run]);

  const checked = state.phase === "done" || state.phase === "failed";
  return (
    <main className={styles.pane} aria-busy={state.phase === "reading"}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("pane.title")}</h1>
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={() => void run()} disabled={state.phase === "reading"}>
            {checked ? t("pane.checkAgain") : t("pane.check")}
          </Button>
          <Button
            title={t("pane.summaryHint")}
            onClick={() => grid && void writeSummary(grid)}
            disabled={!grid || state.phase !== "done" || !state.report.layout.found || summary.phase === "writing"}
          >
            {t("pane.summary")}
          </Button>
        </div>
      </header>
      <SummaryNote state={summary} />
      {!host.features.merges && (
        <MessageBar intent="info">
          <MessageBarBody>{t("pane.noMerges")}</MessageBarBody>
        </MessageBar>
      )}
      <PhaseView state={state} host={host} grid={grid} edits={edits} />
    </main>
  );
}

interface PhaseViewProps {
  state: CheckState;
  host: WorkbookHost;
  grid?: SheetGrid;
  edits: ActionsHook;
}

function PhaseView({ state, host, grid, edits }: PhaseViewProps) {
  const t = useText();
  switch (state.phase) {
    case "idle":
      return <p>{t("pane.intro")}</p>;
    case "reading":
      return <Reading state={state} />;
    case "failed":
      return (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.failed")}</MessageBarTitle>
            {t(state.error.key, state.error.params)}
          </MessageBarBody>
        </MessageBar>
      );
    case "done":
      return (
        <>
          <SheetFound report={state.report} />
          <VerdictBar report={state.report} />
          <Counts counts={state.report.counts} />
          {state.report.layout.found && <Actions report={state.report} grid={grid} host={host} edits={edits} />}
          {state.report.layout.found && <Completion rollup={state.report.rollup} />}
          {state.report.rollup.byUnit.length > 0 && <UnitTable units={state.report.rollup.byUnit} />}
          <IssueList
            issues={state.report.issues}
            host={host}
            onFix={(issue) => isStatusFix(issue) && void edits.fix([statusFix(issue, grid)])}
            fixing={edits.actions.busy}
          />
        </>
      );
  }
}

function SummaryNote({ state }: { state: SummaryState }) {
  const t = useText();
  switch (state.phase) {
    case "idle":
      return null;
    case "writing":
      return <Spinner size="tiny" label={t("pane.summaryWriting")} labelPosition="after" role="status" />;
    case "done":
      return (
        <MessageBar intent="success" role="status" data-testid="summary-done">
          <MessageBarBody>{t("pane.summaryDone", { sheet: state.sheet })}</MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.summaryFailed")}</MessageBarTitle>
            {t(state.error.key, state.error.params)}
          </MessageBarBody>
        </MessageBar>
      );
  }
}

function Reading({ state }: { state: Extract<CheckState, { phase: "reading" }> }) {
  const t = useText();
  const progress = state.progress;
  const label =
    progress && progress.rowsTotal > 0
      ? t("pane.readingRows", { read: progress.rowsRead, total: progress.rowsTotal })
      : t("pane.reading");
  return <Spinner size="small" label={label} labelPosition="after" role="status" />;
}
