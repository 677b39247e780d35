/** How many goals were fulfilled: the percentage, a bar, and the goals counted by status. */
import { makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { formatPercent } from "../../core/i18n/numbers";
import type { Report } from "../../core/report";
import { useLang, useText } from "../i18n";
import { SectionHeading } from "./SectionHeading";

type Rollup = Report["rollup"];
type StatusKey = keyof Rollup["byStatus"];

const STATUS_ORDER: StatusKey[] = ["fulfilled", "inProgress", "notFulfilled", "missing", "invalid"];

const useStyles = makeStyles({
  figure: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalXS} 0` },
  percent: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: 1 },
  caption: { color: tokens.colorNeutralForeground2 },
  table: { width: "100%", borderCollapse: "collapse", marginTop: tokens.spacingVerticalS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export function Completion({ rollup }: { rollup: Rollup }) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  if (rollup.goals === 0) return <p>{t("pane.noGoals")}</p>;
  // A plan sets goals; their completion is the report's to tell.
  if (rollup.completionPercent === null) return <p data-testid="completion-plan">{t("pane.planGoals", { goals: rollup.goals })}</p>;
  const completion = rollup.completionPercent;
  return (
    <section aria-labelledby="completion-heading">
      <SectionHeading id="completion-heading">
        {t("pane.completion")}
      </SectionHeading>
      <div className={styles.figure}>
        <span className={styles.percent}>
          <span data-testid="completion">{formatPercent(completion, lang)}</span>
          {"\u00a0%"}
        </span>
        <span className={styles.caption}>
          {t("pane.completionOf", { fulfilled: rollup.byStatus.fulfilled, goals: rollup.goals })}
        </span>
      </div>
      <ProgressBar value={completion / 100} thickness="large" aria-label={t("pane.completion")} />
      <table className={styles.table} aria-label={t("pane.statuses")}>
        <tbody>
          {STATUS_ORDER.filter((status) => status === "fulfilled" || rollup.byStatus[status] > 0).map((status) => (
            <tr key={status} className={styles.row} data-testid={`status-${status}`}>
              <th scope="row" style={{ textAlign: "left", fontWeight: "normal" }}>
                {t(`summary.col.${status}`)}
              </th>
              <td className={styles.number}>{rollup.byStatus[status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
