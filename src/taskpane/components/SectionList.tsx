/**
 * The goals per heading ("Приоритет 1. …"), for reports that group their goals: each heading's text, and under it
 * its goals and how many are fulfilled, in words that agree with their numbers. A list rather than a table, as
 * headings run to a whole sentence and the pane is 350 px wide.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { sectionCounts } from "../../core/i18n/strings";
import type { Report } from "../../core/report";
import { useLang, useText } from "../i18n";
import { SectionHeading } from "./SectionHeading";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Whole words move to the next line; only a word longer than the pane is broken.
  title: { overflowWrap: "break-word", hyphens: "auto" },
  // "1 цел, 1 изпълнена" is short: one line, never a number parted from its word.
  counts: { color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

export function SectionList({ rollup }: { rollup: Report["rollup"] }) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const completes = rollup.completionPercent !== null;
  return (
    <section aria-labelledby="sections-heading">
      <SectionHeading id="sections-heading">
        {t("pane.sections")}
      </SectionHeading>
      <ul className={styles.list} data-testid="sections">
        {rollup.bySection.map((section) => (
          <li key={section.cell} className={styles.item} data-testid="section" data-cell={section.cell}>
            <span className={styles.title}>{section.section}</span>
            <span className={styles.counts}>{sectionCounts(section, completes, lang)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
