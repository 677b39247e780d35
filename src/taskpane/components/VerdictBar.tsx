/** "Ready to submit" or "fix N errors first", in a bar of the verdict's colour (the live region announces it). */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Report } from "../../core/report";
import { useLang } from "../i18n";
import { verdictOf, verdictWords } from "../model/verdict";

const useStyles = makeStyles({
  body: { overflowWrap: "break-word", minWidth: 0 },
  // On a line of its own: the count that ends the title never runs into the sentence after it.
  title: { display: "block" },
});

export function VerdictBar({ report }: { report: Report }) {
  const styles = useStyles();
  const verdict = verdictOf(report);
  const { intent, title, body } = verdictWords(verdict, useLang());
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="verdict" data-verdict={verdict.kind}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle className={styles.title}>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
    </MessageBar>
  );
}
