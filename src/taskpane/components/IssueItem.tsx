/** One issue: its cell, its message and its suggestion; a click (or Enter) selects the cell in the workbook. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/report";
import { useText } from "../i18n";
import { severityColor } from "./severity";

const useStyles = makeStyles({
  button: {
    display: "grid",
    gridTemplateColumns: "4px 3.5em 1fr",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  stripe: { borderRadius: "2px", gridRow: "1 / span 2" },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2, gridRow: "1 / span 2" },
  message: { overflowWrap: "anywhere" },
  suggestion: { gridColumn: 3, fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  withFix: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  fix: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS },
});

interface IssueItemProps {
  issue: Issue;
  onSelect: () => void;
  /** Writes the suggestion into the cell; given only for issues the add-in can fix. */
  onFix?: () => void;
  fixing?: boolean;
}

export function IssueItem({ issue, onSelect, onFix, fixing }: IssueItemProps) {
  const styles = useStyles();
  const t = useText();
  const suggestion = issue.suggestion !== undefined ? t("pane.suggestion", { value: issue.suggestion }) : undefined;
  const label = t("pane.goToCell", { cell: issue.cell, message: issue.message });
  const button = (
    <button
      type="button"
      className={styles.button}
      onClick={onSelect}
      data-testid="issue"
      data-rule={issue.rule}
      data-cell={issue.cell}
      data-severity={issue.severity}
      aria-label={suggestion ? `${label}. ${suggestion}` : label}
    >
      <span className={styles.stripe} style={{ backgroundColor: severityColor[issue.severity] }} aria-hidden />
      <span className={styles.cell}>{issue.cell}</span>
      <span className={styles.message}>{issue.message}</span>
      {suggestion && <span className={styles.suggestion}>{suggestion}</span>}
    </button>
  );
  if (!onFix || issue.suggestion === undefined) return button;
  // A button beside the issue's own, not inside it: a button cannot hold another.
  return (
    <div className={styles.withFix}>
      {button}
      <Button
        size="small"
        className={styles.fix}
        onClick={onFix}
        disabled={fixing}
        aria-label={t("pane.fixOneLabel", { cell: issue.cell, value: issue.suggestion })}
        data-testid="fix-one"
        data-cell={issue.cell}
      >
        {t("pane.fixOne")}
      </Button>
    </div>
  );
}
