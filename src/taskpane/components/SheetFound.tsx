/** Which sheet was checked and what the form says about itself: administration, year, the rows of the table. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Report } from "../../core/report";
import { useText } from "../i18n";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

export function SheetFound({ report }: { report: Report }) {
  const styles = useStyles();
  const t = useText();
  const { layout } = report;
  const rows =
    layout.firstDataRow !== undefined ? `${layout.firstDataRow}–${layout.lastDataRow ?? layout.firstDataRow}` : undefined;
  const entries: [string, string | undefined][] = [
    [t("pane.sheet"), report.form === "plan" ? `${report.sheet} · ${t("pane.form.plan")}` : report.sheet],
    [t("pane.administration"), layout.found ? (layout.administration ?? t("pane.notStated")) : undefined],
    [t("pane.year"), layout.year !== undefined ? String(layout.year) : layout.found ? t("pane.notStated") : undefined],
    [t("pane.rows"), rows],
  ];
  return (
    <section aria-label={t("pane.found")}>
      <dl className={styles.list} data-testid="sheet-found">
        {entries
          .filter((entry): entry is [string, string] => entry[1] !== undefined)
          .map(([term, value]) => (
            <div key={term} style={{ display: "contents" }}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
