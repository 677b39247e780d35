/** Completion per responsible unit: which directorate has what left to do. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatPercent } from "../../core/i18n/numbers";
import type { Report } from "../../core/report";
import { useLang, useText } from "../i18n";
import { SectionHeading } from "./SectionHeading";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", marginTop: tokens.spacingVerticalXS },
  head: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", paddingLeft: "8px" },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  unit: { overflowWrap: "anywhere", fontWeight: "normal", textAlign: "left" },
});

export function UnitTable({ units }: { units: Report["rollup"]["byUnit"] }) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  return (
    <section aria-labelledby="units-heading">
      <SectionHeading id="units-heading">
        {t("pane.units")}
      </SectionHeading>
      <table className={styles.table} data-testid="units">
        <thead>
          <tr className={styles.row}>
            <th scope="col" className={styles.head}>
              {t("pane.unit")}
            </th>
            <th scope="col" className={styles.number}>
              {t("summary.col.goals")}
            </th>
            <th scope="col" className={styles.number}>
              {t("summary.col.fulfilled")}
            </th>
            <th scope="col" className={styles.number}>
              %
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.unit} className={styles.row}>
              <th scope="row" className={styles.unit}>
                {unit.unit}
              </th>
              <td className={styles.number}>{unit.goals}</td>
              <td className={styles.number}>{unit.fulfilled}</td>
              <td className={styles.number}>{unit.completionPercent === null ? "—" : formatPercent(unit.completionPercent, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
