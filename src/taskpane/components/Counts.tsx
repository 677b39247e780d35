/** Errors, warnings and info as three numbers, coloured like their severity. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Report, Severity } from "../../core/report";
import { useText } from "../i18n";
import { SEVERITIES, severityColor } from "./severity";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  cell: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  number: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: 1.1 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, textAlign: "center" },
});

export function Counts({ counts }: { counts: Report["counts"] }) {
  const styles = useStyles();
  const t = useText();
  return (
    <ul className={styles.row} aria-label={t("pane.counts")}>
      {SEVERITIES.map((severity: Severity) => (
        <li key={severity} className={styles.cell}>
          <span className={styles.number} style={{ color: severityColor[severity] }} data-testid={`count-${severity}`}>
            {counts[severity]}
          </span>
          <span className={styles.label}>{t(`cli.severity.${severity}`)}</span>
        </li>
      ))}
    </ul>
  );
}
