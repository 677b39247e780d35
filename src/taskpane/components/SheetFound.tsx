/**
 * Which sheet was checked and what the form says about itself, as one compact line (sheet · administration · year)
 * that opens onto the details: administration, year, the rows of the table.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Report } from "../../core/report";
import { useText } from "../i18n";

const useStyles = makeStyles({
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  line: {
    cursor: "pointer",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  list: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "break-word", minWidth: 0, color: tokens.colorNeutralForeground1 },
});

export function SheetFound({ report }: { report: Report }) {
  const styles = useStyles();
  const t = useText();
  const { layout } = report;
  const rows =
    layout.firstDataRow !== undefined ? `${layout.firstDataRow}–${layout.lastDataRow ?? layout.firstDataRow}` : undefined;
  const sheet = report.form === "plan" ? `${report.sheet} · ${t("pane.form.plan")}` : report.sheet;
  const administration = layout.found ? (layout.administration ?? t("pane.notStated")) : undefined;
  const year = layout.year !== undefined ? String(layout.year) : layout.found ? t("pane.notStated") : undefined;
  const entries: [string, string | undefined][] = [
    [t("pane.sheet"), sheet],
    [t("pane.administration"), administration],
    [t("pane.year"), year],
    [t("pane.rows"), rows],
  ];
  const line = [sheet, layout.administration, layout.year].filter((part) => part !== undefined).join(" · ");
  return (
    <details className={styles.details}>
      <summary className={styles.line} aria-label={`${t("pane.found")}: ${line}`} data-testid="sheet-line">
        {line}
      </summary>
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
    </details>
  );
}
