/** The preview of "fix all statuses": every cell with its text now and the suggestion it will get; one click applies. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { StatusFix } from "../model/edits";
import { useText } from "../i18n";
import { LookAlikeNote } from "./LookAlikeNote";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  note: { display: "block", color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

interface FixPreviewProps {
  fixes: readonly StatusFix[];
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}

export function FixPreview({ fixes, busy, onApply, onCancel }: FixPreviewProps) {
  const styles = useStyles();
  const t = useText();
  return (
    <div className={styles.box} role="group" aria-labelledby="fix-preview-title" data-testid="fix-preview">
      <p id="fix-preview-title" style={{ margin: 0 }}>
        {t("pane.fixPreview", { count: fixes.length })}
      </p>
      <ul className={styles.list}>
        {fixes.map((fix) => (
          <li key={`${fix.sheet}!${fix.cell}`} data-testid="fix-preview-row" data-cell={fix.cell}>
            {t("pane.fixPreviewRow", { cell: fix.cell, from: fix.from, to: fix.text })}
            <LookAlikeNote text={fix.from} className={styles.note} />
          </li>
        ))}
      </ul>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onApply} disabledFocusable={busy} data-testid="fix-apply">
          {t("pane.fixApply")}
        </Button>
        <Button onClick={onCancel} data-testid="fix-cancel">
          {t("pane.cancel")}
        </Button>
      </div>
    </div>
  );
}
