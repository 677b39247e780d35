/**
 * The issues, grouped by column or by rule and filtered by severity. Each issue is a button that selects its cell
 * in the workbook, so the user can go through them one by one.
 */
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Issue, Severity } from "../../core/report";
import { asHostError } from "../useCheck";
import type { WorkbookHost } from "../../host/workbookHost";
import { useLang, useText } from "../i18n";
import { isStatusFix } from "../model/edits";
import { groupIssues, type GroupBy } from "../model/issueGroups";
import { IssueItem } from "./IssueItem";
import { SEVERITIES } from "./severity";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  groupTitle: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
});

interface IssueListProps {
  issues: Issue[];
  host: WorkbookHost;
  /** Quick fix of one issue (a status from its suggestion); issues without a fix get no button. */
  onFix?: (issue: Issue) => void;
  fixing?: boolean;
}

export function IssueList({ issues, host, onFix, fixing }: IssueListProps) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const [groupBy, setGroupBy] = useState<GroupBy>("field");
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [selectError, setSelectError] = useState<string>();
  const groups = useMemo(() => groupIssues(issues, groupBy, shown, lang), [issues, groupBy, shown, lang]);

  const toggle = (severity: Severity) => {
    const next = new Set(shown);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    setShown(next);
  };
  const select = async (issue: Issue) => {
    setSelectError(undefined);
    try {
      await host.select(issue.sheet, issue.cell);
    } catch (caught) {
      const error = asHostError(caught);
      setSelectError(`${t("pane.selectFailed")}: ${t(error.key, error.params)}`);
    }
  };

  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading" className={styles.heading}>
        {t("pane.issues")} ({issues.length})
      </h2>
      {issues.length === 0 ? (
        <p>{t("pane.noIssues")}</p>
      ) : (
        <>
          <div className={styles.controls}>
            <TabList
              size="small"
              selectedValue={groupBy}
              onTabSelect={(_, data) => setGroupBy(data.value as GroupBy)}
              aria-label={t("pane.groupBy")}
            >
              <Tab value="field">{t("pane.groupBy.field")}</Tab>
              <Tab value="rule">{t("pane.groupBy.rule")}</Tab>
            </TabList>
            <div className={styles.filters} role="group" aria-label={t("pane.filter")}>
              {SEVERITIES.map((severity) => (
                <ToggleButton
                  key={severity}
                  size="small"
                  checked={shown.has(severity)}
                  onClick={() => toggle(severity)}
                  data-testid={`filter-${severity}`}
                >
                  {t(`cli.severity.${severity}`)} {issues.filter((issue) => issue.severity === severity).length}
                </ToggleButton>
              ))}
            </div>
          </div>
          {selectError && (
            <MessageBar intent="warning">
              <MessageBarBody>{selectError}</MessageBarBody>
            </MessageBar>
          )}
          {groups.length === 0 && <p>{t("pane.noneShown")}</p>}
          {groups.map((group) => (
            <div key={group.key} data-testid="issue-group" data-group={group.key}>
              <h3 className={styles.groupTitle}>
                {group.title} ({group.issues.length})
              </h3>
              <ul className={styles.list}>
                {group.issues.map((issue, index) => (
                  <li key={`${issue.rule}-${issue.cell}-${index}`}>
                    <IssueItem
                      issue={issue}
                      onSelect={() => void select(issue)}
                      onFix={onFix && isStatusFix(issue) ? () => onFix(issue) : undefined}
                      fixing={fixing}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
