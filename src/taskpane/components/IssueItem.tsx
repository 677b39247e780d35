/**
 * One issue: its severity (icon and word), its cell, its message and its suggestion; a click (or Enter) selects the
 * cell in the workbook. The button's accessible name is its own text — severity, cell, message — so what a screen
 * reader says is what the eye reads. A quick fix, when there is one, is a button of its own that says what it writes.
 * The current issue (the one last gone to) opens onto its rule's "why and how to fix", with a link to the help page.
 */
import { Button, Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/report";
import { RULES } from "../../core/rules";
import type { RuleDefinition } from "../../core/rules/table";
import { useLang, useText } from "../i18n";
import { LookAlikeNote } from "./LookAlikeNote";
import { SeverityIcon } from "./Severity";
import { VisuallyHidden } from "./VisuallyHidden";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", alignItems: "stretch", paddingBottom: "2px" },
  button: {
    display: "grid",
    gridTemplateColumns: "16px minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    alignItems: "start",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: "3px solid transparent",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeftColor: tokens.colorBrandStroke1,
  },
  icon: { paddingTop: "2px" },
  head: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  word: { color: tokens.colorNeutralForeground2 },
  message: { gridColumn: 2, overflowWrap: "break-word", minWidth: 0 },
  suggestion: { gridColumn: 2, fontStyle: "italic", color: tokens.colorNeutralForeground2, overflowWrap: "break-word" },
  why: {
    margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalXS} 27px`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
  },
  fix: { alignSelf: "flex-start", marginLeft: "27px", maxWidth: "calc(100% - 27px)", height: "auto", textAlign: "left" },
  source: {
    alignSelf: "flex-start",
    margin: `0 0 ${tokens.spacingVerticalXXS} 27px`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    textAlign: "left",
    overflowWrap: "anywhere",
  },
  // A target of its own next to the issue's: at least 24 px tall (WCAG 2.2, target size).
  sourceLink: { display: "inline-flex", alignItems: "center", minHeight: "24px" },
});

interface IssueItemProps {
  issue: Issue;
  /** The cell's text as checked, when the pane has it: its Latin look-alike letters are marked and named. */
  cellText?: string;
  current: boolean;
  onSelect: () => void;
  /** Writes the suggestion into the cell; given only for issues the add-in can fix. */
  onFix?: () => void;
  fixing?: boolean;
  /** Selects the plan goal the issue names (issue.source), given when that plan is a sheet of this workbook. */
  onGoToSource?: (source: { sheet: string; cell: string }) => void;
}

export function IssueItem({ issue, cellText, current, onSelect, onFix, fixing, onGoToSource }: IssueItemProps) {
  const styles = useStyles();
  const t = useText();
  return (
    <div className={styles.row}>
      <button
        type="button"
        className={mergeClasses(styles.button, current && styles.current)}
        onClick={onSelect}
        aria-current={current ? "true" : undefined}
        data-testid="issue"
        data-rule={issue.rule}
        data-cell={issue.cell}
        data-severity={issue.severity}
      >
        <span className={styles.icon}>
          <SeverityIcon severity={issue.severity} />
        </span>
        <span className={styles.head}>
          <span className={styles.word}>{t(`cli.severityName.${issue.severity}`)}</span>
          <VisuallyHidden>, {t("pane.cellWord")}</VisuallyHidden>
          <span className={styles.cell}>{issue.cell}</span>
          <VisuallyHidden>:</VisuallyHidden>
        </span>
        <span className={styles.message}>{issue.message}</span>
        {issue.suggestion !== undefined && (
          <span className={styles.suggestion}>{t("pane.suggestion", { value: issue.suggestion })}</span>
        )}
        <LookAlikeNote text={cellText} className={styles.suggestion} />
      </button>
      {issue.source && <PlanSource source={issue.source} onGoTo={onGoToSource} />}
      {current && <Why rule={issue.rule} />}
      {onFix && issue.suggestion !== undefined && (
        // A button beside the issue's own, not inside it: a button cannot hold another.
        <Button
          size="small"
          className={styles.fix}
          onClick={onFix}
          disabledFocusable={fixing}
          data-testid="fix-one"
          data-cell={issue.cell}
        >
          {t("pane.fixOne")}
          <VisuallyHidden>
            {" "}
            {t("pane.cellWord")} {issue.cell}
          </VisuallyHidden>{" "}
          {t("pane.fixTo", { value: issue.suggestion })}
        </Button>
      )}
    </div>
  );
}

function Why({ rule }: { rule: string }) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const why = (RULES as Record<string, RuleDefinition>)[rule]?.why;
  if (!why) return null;
  return (
    <p className={styles.why} data-testid="issue-why">
      {why[lang]}{" "}
      <Link href="help.html" target="_blank" rel="noreferrer">
        {t("pane.help")}
      </Link>
    </p>
  );
}

/**
 * Where the plan goal is that the issue is about: a link that selects it when the plan is a sheet of this workbook,
 * else the plan file's name with the sheet and cell, as words.
 */
function PlanSource({ source, onGoTo }: { source: NonNullable<Issue["source"]>; onGoTo?: IssueItemProps["onGoToSource"] }) {
  const styles = useStyles();
  const t = useText();
  const words =
    source.file === undefined
      ? t("pane.plan.source", { sheet: source.sheet, cell: source.cell })
      : t("pane.plan.sourceFile", { file: fileName(source.file), sheet: source.sheet, cell: source.cell });
  if (!onGoTo) {
    return (
      <span className={styles.source} data-testid="plan-source">
        {words}
      </span>
    );
  }
  return (
    <Link
      as="button"
      className={mergeClasses(styles.source, styles.sourceLink)}
      onClick={() => onGoTo(source)}
      title={t("pane.plan.goToSource")}
      data-testid="plan-source"
      data-sheet={source.sheet}
      data-cell={source.cell}
    >
      {words}
    </Link>
  );
}

/** A file's name without its folders (a path given on the command line; the pane's own plan files have none). */
function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
