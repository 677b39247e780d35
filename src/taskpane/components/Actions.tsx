/**
 * The pane's changes to the workbook, after the issue list: the summary sheet, colour the cells with issues (and
 * clear it), fix all misspelt statuses after a preview, add the status drop-down, and undo the last change. Nothing
 * here runs but on a click. How each went is shown here and said by the pane's live region.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { PlanSheet } from "../../core/check";
import type { SheetGrid } from "../../core/grid";
import type { Report } from "../../core/report";
import type { WorkbookHost } from "../../host/workbookHost";
import { useText } from "../i18n";
import { statusDropDown, statusFixes } from "../model/edits";
import type { Actions as ActionsHook } from "../useActions";
import { useFocusKept } from "../useFocusKept";
import type { Summary, SummaryState } from "../useSummary";
import { FixPreview } from "./FixPreview";
import { SectionHeading } from "./SectionHeading";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface ActionsProps {
  report: Report;
  grid?: SheetGrid;
  /** The plan the report is reconciled with: the summary counts the planned goals it leaves out. */
  plan?: PlanSheet;
  host: WorkbookHost;
  edits: ActionsHook;
  summary: Summary;
}

export function Actions({ report, grid, plan, host, edits, summary }: ActionsProps) {
  const styles = useStyles();
  const t = useText();
  const [previewing, setPreviewing] = useState(false);
  const { actions } = edits;
  const fixes = statusFixes(report, grid);
  // Once added, the drop-down's button goes until its undo: pressed again it would only find its own rule.
  const dropDownAdded = actions.undo.some((entry) => entry.label.key === "pane.change.dropDown");
  const dropDown = host.features.dropDowns && !dropDownAdded ? statusDropDown(report) : undefined;
  const last = actions.undo[0];
  const dropDownRange = dropDown?.range.split(":");
  const section = useRef<HTMLElement>(null);
  useFocusKept(section, actions.busy, '[data-testid="undo"]');

  return (
    <section ref={section} className={styles.section} aria-labelledby="actions-heading">
      <SectionHeading id="actions-heading">
        {t("pane.actions")}
      </SectionHeading>
      <p className={styles.hint}>{t("pane.actionsHint")}</p>
      <div className={styles.buttons}>
        <Button
          title={t("pane.summaryHint")}
          onClick={() => grid && void summary.writeSummary(grid, plan)}
          disabledFocusable={!grid || summary.summary.phase === "writing"}
        >
          {t("pane.summary")}
        </Button>
        {((host.features.highlights && report.issues.length > 0) || actions.highlighted) && (
          <ToggleButton
            checked={actions.highlighted}
            disabledFocusable={actions.busy}
            onClick={() => void edits.toggleHighlight(report)}
            title={t("pane.highlightHint")}
            data-testid="highlight-toggle"
          >
            {actions.highlighted ? t("pane.highlightClear") : t("pane.highlight")}
          </ToggleButton>
        )}
        {fixes.length > 0 && (
          <Button
            disabledFocusable={actions.busy}
            onClick={() => setPreviewing(true)}
            aria-expanded={previewing}
            data-testid="fix-all"
          >
            {t("pane.fixAll")}
          </Button>
        )}
        {dropDown && dropDownRange && (
          <Button
            disabledFocusable={actions.busy}
            onClick={() => void edits.addDropDown(report)}
            title={t("pane.dropDownHint", {
              column: report.layout.columns.status,
              first: report.layout.firstDataRow,
              last: report.layout.lastDataRow,
            })}
            data-testid="dropdown-add"
          >
            {t("pane.dropDown")}
          </Button>
        )}
        {report.form === "plan" && grid && (
          <Button
            disabledFocusable={actions.busy}
            onClick={() => void edits.newReport(grid)}
            title={t("pane.newReportHint")}
            data-testid="new-report"
          >
            {t("pane.newReport")}
          </Button>
        )}
        {last && (
          <Button disabledFocusable={actions.busy} onClick={() => void edits.undo()} data-testid="undo">
            {t("pane.undo", { change: t(last.label.key, last.label.params) })}
          </Button>
        )}
        {actions.busy && <Spinner size="tiny" aria-label={t("pane.checking")} />}
      </div>
      {previewing && fixes.length > 0 && (
        <FixPreview
          fixes={fixes}
          busy={actions.busy}
          onApply={() => {
            setPreviewing(false);
            void edits.fix(fixes);
          }}
          onCancel={() => setPreviewing(false)}
        />
      )}
      <SummaryNote state={summary.summary} />
      {actions.note && (
        <MessageBar intent={actions.note === "dropDownExists" ? "warning" : "success"} data-testid="actions-note">
          <MessageBarBody>{t(actions.note === "dropDownExists" ? "pane.dropDownExists" : "pane.dropDownDone")}</MessageBarBody>
        </MessageBar>
      )}
      {actions.made && <MadeNote made={actions.made} />}
      {actions.error && (
        <MessageBar intent="error" data-testid="actions-error">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.editFailed")}</MessageBarTitle>
            {t(actions.error.key, actions.error.params)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function SummaryNote({ state }: { state: SummaryState }) {
  const t = useText();
  switch (state.phase) {
    case "idle":
      return null;
    case "writing":
      return <Spinner size="tiny" label={t("pane.summaryWriting")} labelPosition="after" data-testid="summary-writing" />;
    case "done":
      return (
        <MessageBar intent="success" data-testid="summary-done">
          <MessageBarBody>{t("pane.summaryDone", { sheet: state.sheet })}</MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.summaryFailed")}</MessageBarTitle>
            {t(state.error.key, state.error.params)}
          </MessageBarBody>
        </MessageBar>
      );
  }
}

/** The report made from the plan: where it is, and what this Excel could not put on it. */
function MadeNote({ made }: { made: NonNullable<ActionsHook["actions"]["made"]> }) {
  const t = useText();
  return (
    <>
      <MessageBar intent="success" data-testid="new-report-done">
        <MessageBarBody>{t("pane.newReportDone", { sheet: made.sheet })}</MessageBarBody>
      </MessageBar>
      {made.leftOut.map((part) => (
        <MessageBar key={part} intent="warning" data-testid="new-report-left-out" data-left-out={part}>
          <MessageBarBody>{t(part === "dropDowns" ? "pane.newReportNoDropDown" : "pane.newReportNoMerges")}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
