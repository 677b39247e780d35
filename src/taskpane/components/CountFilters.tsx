/**
 * Errors, warnings and notes as three counts that are also the list's filters: each is a toggle button
 * (aria-pressed) that shows or hides its severity, with the severity's icon and its word agreeing with the number.
 */
import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { Report, Severity } from "../../core/report";
import { useText } from "../i18n";
import { SEVERITIES } from "../model/issueGroups";
import { SeverityIcon } from "./Severity";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalXS },
  tile: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "2px",
    minWidth: 0,
    height: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  },
  figure: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  label: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "center",
    overflowWrap: "break-word",
    hyphens: "auto",
    maxWidth: "100%",
  },
});

interface CountFiltersProps {
  counts: Report["counts"];
  shown: ReadonlySet<Severity>;
  onToggle: (severity: Severity) => void;
}

export function CountFilters({ counts, shown, onToggle }: CountFiltersProps) {
  const styles = useStyles();
  const t = useText();
  return (
    <div className={styles.row} role="group" aria-label={t("pane.counts")}>
      {SEVERITIES.map((severity) => (
        <ToggleButton
          key={severity}
          className={styles.tile}
          checked={shown.has(severity)}
          onClick={() => onToggle(severity)}
          data-testid={`filter-${severity}`}
        >
          <span className={styles.figure}>
            <SeverityIcon severity={severity} />
            <span className={styles.number} data-testid={`count-${severity}`}>
              {counts[severity]}
            </span>
          </span>
          <span className={styles.label}>{t(`pane.count.${severity}`, { count: counts[severity] })}</span>
        </ToggleButton>
      ))}
    </div>
  );
}
