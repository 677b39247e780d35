/**
 * The pane, top to bottom as the task needs it: the title and "check again"; the sheet, administration and year on
 * one line; the verdict; the counts, which filter the list; the issues; then what changes the workbook, completion
 * and the per-unit table. While a re-check runs the last result stays, so the user keeps their place in it; a
 * spinner in the button shows the work. One live region (AnnounceProvider) says each new verdict.
 */
import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { PlanSheet } from "../core/check";
import type { SheetGrid } from "../core/grid";
import type { Report } from "../core/report";
import type { WorkbookHost } from "../host/workbookHost";
import { useAnnounce } from "./announce";
import { Actions } from "./components/Actions";
import { Completion } from "./components/Completion";
import { PlanCompare } from "./components/PlanCompare";
import { CountFilters } from "./components/CountFilters";
import { IssueList } from "./components/IssueList";
import { SheetFound } from "./components/SheetFound";
import { SectionList } from "./components/SectionList";
import { UnitTable } from "./components/UnitTable";
import { VerdictBar } from "./components/VerdictBar";
import { useLang, useText } from "./i18n";
import { isStatusFix, statusFix } from "./model/edits";
import { announcement } from "./model/verdict";
import { useActions, type Actions as ActionsHook } from "./useActions";
import { useCheck, type CheckState } from "./useCheck";
import { useIssueView, type IssueView } from "./useIssueView";
import { useLiveCheck } from "./useLiveCheck";
import { usePlanFile, type PlanFile } from "./usePlanFile";
import { useSummary, type Summary } from "./useSummary";

const useStyles = makeStyles({
  pane: {
    position: "relative", // the issue list measures its place from here
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    height: "100vh",
    overflowY: "auto",
    overflowX: "hidden",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "break-word",
  },
  // The title and the button share a line down to about 300 px; narrower, the button goes under the title.
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: {
    flex: "1 1 9em",
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  check: { flex: "none" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  stale: { opacity: 0.6 },
});

interface PaneProps {
  host: WorkbookHost;
  checkOnOpen: boolean;
  onError?: (error: unknown) => void;
  onChecked?: () => void;
}

export function Pane({ host, checkOnOpen, onError, onChecked }: PaneProps) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const planFile = usePlanFile(onError);
  const loadedPlan = planFile.planFile.phase === "loaded" ? planFile.planFile.plan : undefined;
  const { state, run, grid, plan } = useCheck(host, lang, onError, loadedPlan);
  const summary = useSummary(host, lang, onError);
  const edits = useActions(host, run, onError);
  const view = useIssueView();
  const scroller = useRef<HTMLElement>(null);
  useEffect(() => {
    if (checkOnOpen) void run();
  }, [checkOnOpen, run]);
  useAnnounced(state, summary, edits);
  useEffect(() => {
    if (state.finished > 0) onChecked?.();
  }, [state.finished]); // once per finished check
  const { stale } = useLiveCheck(host, run, state.report, state.finished, onError);

  const busy = state.busy !== undefined;
  return (
    <main ref={scroller} className={styles.pane} aria-busy={busy} data-checks={state.finished}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("pane.title")}</h1>
        <Button
          appearance="primary"
          className={styles.check}
          onClick={() => void run()}
          disabledFocusable={busy}
          icon={busy ? <Spinner size="extra-tiny" data-testid="checking" /> : undefined}
        >
          {state.finished > 0 ? t("pane.checkAgain") : t("pane.check")}
        </Button>
      </header>
      {state.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.failed")}</MessageBarTitle>
            {t(state.error.key, state.error.params)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.report ? (
        <div className={mergeClasses(styles.results, busy && styles.stale)}>
          <Results
            report={state.report}
            host={host}
            grid={grid}
            edits={edits}
            summary={summary}
            view={view}
            scroller={scroller}
            stale={stale && !busy ? run : undefined}
            planFile={planFile}
            plan={plan}
          />
        </div>
      ) : busy ? (
        <Reading state={state} />
      ) : (
        !state.error && <p>{t("pane.intro")}</p>
      )}
    </main>
  );
}

interface ResultsProps {
  report: Report;
  host: WorkbookHost;
  grid?: SheetGrid;
  edits: ActionsHook;
  summary: Summary;
  view: IssueView;
  scroller: React.RefObject<HTMLElement>;
  /** Set when the results may be out of date: checks again. */
  stale?: () => Promise<void>;
  planFile: PlanFile;
  /** The plan the report is reconciled with, if any. */
  plan?: PlanSheet;
}

function Results({ report, host, grid, edits, summary, view, scroller, stale, planFile, plan }: ResultsProps) {
  const t = useText();
  const found = report.layout.found;
  return (
    <>
      <SheetFound report={report} />
      <VerdictBar report={report} />
      {stale && (
        <MessageBar intent="warning" data-testid="stale">
          <MessageBarBody>{t("pane.stale")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void stale()}>
              {t("pane.checkAgain")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <CountFilters counts={report.counts} shown={view.shown} onToggle={view.toggleShown} />
      <IssueList
        issues={report.issues}
        view={view}
        host={host}
        scroller={scroller}
        onFix={(issue) => isStatusFix(issue) && void edits.fix([statusFix(issue, grid)])}
        fixing={edits.actions.busy}
        textOf={(issue) => (isStatusFix(issue) ? statusFix(issue, grid).from : undefined)}
      />
      {report.form === "report" && <PlanCompare planFile={planFile} compared={plan} />}
      {found && <Actions report={report} grid={grid} plan={plan} host={host} edits={edits} summary={summary} />}
      {found && <Completion rollup={report.rollup} />}
      {report.rollup.bySection.length > 0 && <SectionList rollup={report.rollup} />}
      {report.rollup.byUnit.length > 0 && <UnitTable units={report.rollup.byUnit} />}
      {!host.features.merges && (
        <MessageBar intent="info">
          <MessageBarBody>{t("pane.noMerges")}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** What the live region says: each check's verdict and counts (or why it failed), and how each change went. */
function useAnnounced(state: CheckState, summary: Summary, edits: ActionsHook) {
  const announce = useAnnounce();
  const t = useText();
  const lang = useLang();
  useEffect(() => {
    if (state.finished === 0) return;
    if (state.error) announce(`${t("pane.failed")}: ${t(state.error.key, state.error.params)}`);
    else if (state.report) announce(announcement(state.report, lang));
  }, [state.finished]); // once per finished check, in the words of that moment
  const written = summary.summary;
  useEffect(() => {
    if (written.phase === "done") announce(t("pane.summaryDone", { sheet: written.sheet }));
    if (written.phase === "failed") announce(`${t("pane.summaryFailed")}: ${t(written.error.key, written.error.params)}`);
  }, [written]); // once per outcome
  const { note, error, made } = edits.actions;
  useEffect(() => {
    if (note) announce(t(note === "dropDownExists" ? "pane.dropDownExists" : "pane.dropDownDone"));
    if (error) announce(`${t("pane.editFailed")}: ${t(error.key, error.params)}`);
    if (made) announce(t("pane.newReportDone", { sheet: made.sheet }));
  }, [note, error, made]); // once per outcome
}

function Reading({ state }: { state: CheckState }) {
  const t = useText();
  const progress = state.busy?.progress;
  const label =
    progress && progress.rowsTotal > 0
      ? t("pane.readingRows", { read: progress.rowsRead, total: progress.rowsTotal })
      : t("pane.reading");
  return <Spinner size="small" label={label} labelPosition="after" data-testid="checking" />;
}
