/** A pane section's heading: one size and weight for every section; its id names the section (aria-labelledby). */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <h2 id={id} className={styles.heading}>
      {children}
    </h2>
  );
}
