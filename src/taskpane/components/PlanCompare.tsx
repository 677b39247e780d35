/**
 * "Сравнение с плана", under a report's issues: which plan the report is reconciled with — the plan sheet of the same
 * workbook, found by itself, or a plan file the user opened — and "Сравни с плана…" to open a plan file from disk
 * (a plain file input: it works in every web view Office runs the pane in). A file that cannot be used is named, with
 * the reason. The plan.* issues themselves are in the list above, each saying where its goal is in the plan.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { PlanSheet } from "../../core/check";
import { useText } from "../i18n";
import type { PlanFile, PlanFileState } from "../usePlanFile";
import { SectionHeading } from "./SectionHeading";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  open: { alignSelf: "flex-start" },
});

interface PlanCompareProps {
  planFile: PlanFile;
  /** The plan the report is reconciled with now, if any. */
  compared?: PlanSheet;
}

export function PlanCompare({ planFile, compared }: PlanCompareProps) {
  const styles = useStyles();
  const t = useText();
  const input = useRef<HTMLInputElement>(null);
  const state = planFile.planFile;
  return (
    <section className={styles.section} aria-labelledby="plan-heading" data-testid="plan-compare">
      <SectionHeading id="plan-heading">
        {t("pane.plan.heading")}
      </SectionHeading>
      <p className={styles.hint}>{t("pane.plan.compareHint")}</p>
      <Button
        className={styles.open}
        onClick={() => input.current?.click()}
        disabledFocusable={state.phase === "reading"}
        data-testid="plan-open"
      >
        {t("pane.plan.compare")}
      </Button>
      <input
        ref={input}
        type="file"
        accept={XLSX_TYPES}
        hidden
        data-testid="plan-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so that choosing the same file again (changed on disk since) reads it again.
          event.target.value = "";
          if (file) void planFile.openPlanFile(file);
        }}
      />
      <PlanState state={state} compared={compared} onClear={planFile.clearPlanFile} />
    </section>
  );
}

function PlanState({ state, compared, onClear }: { state: PlanFileState; compared?: PlanSheet; onClear: () => void }) {
  const t = useText();
  switch (state.phase) {
    case "reading":
      return <Spinner size="tiny" label={t("pane.plan.reading", { file: state.file })} labelPosition="after" />;
    case "failed":
      return (
        <MessageBar intent="error" data-testid="plan-failed">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.plan.failed")}</MessageBarTitle>
            {problemWords(state, t)}
          </MessageBarBody>
        </MessageBar>
      );
    case "loaded":
      return (
        <MessageBar intent="info" data-testid="plan-compared">
          <MessageBarBody>{t("pane.plan.comparedFile", { file: state.file, sheet: state.plan.grid.name })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onClear} data-testid="plan-clear">
              {t("pane.plan.clear")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case "none":
      return compared ? (
        <MessageBar intent="info" data-testid="plan-compared">
          <MessageBarBody>{t("pane.plan.comparedSheet", { sheet: compared.grid.name })}</MessageBarBody>
        </MessageBar>
      ) : null;
  }
}

function problemWords(state: Extract<PlanFileState, { phase: "failed" }>, t: ReturnType<typeof useText>): string {
  const { problem } = state;
  switch (problem.problem) {
    case "unreadable":
      return t("pane.plan.unreadable", { file: state.file, reason: t(problem.reason.key, problem.reason.params) });
    case "notAPlan":
      return t("pane.plan.notAPlan", { file: state.file });
    case "unexpected":
      return t("pane.unexpected", { detail: problem.detail });
  }
}
