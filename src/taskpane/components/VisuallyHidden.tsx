/** Words for screen readers only (punctuation, "cell"), which the eye gets from the layout instead. */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export function VisuallyHidden({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <span className={mergeClasses(useStyles().hidden, className)} data-visually-hidden>
      {children}
    </span>
  );
}
