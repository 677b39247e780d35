/**
 * "In the cell: „Изпълн[e]на“ — Latin „e“": the cell's text with its Latin look-alike letters marked (by a colour
 * and an underline) and named, shown only when there are any.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useLang, useText } from "../i18n";
import { lookAlikes } from "../model/lookAlikes";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2, overflowWrap: "break-word" },
  // Fixed colours: black on light amber reads the same in the light and the dark theme.
  latin: { backgroundColor: "#ffe484", color: "#000000", textDecorationLine: "underline", textDecorationStyle: "wavy" },
});

export function LookAlikeNote({ text, className }: { text: string | undefined; className?: string }) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  if (text === undefined) return null;
  const { parts, letters } = lookAlikes(text);
  if (letters.length === 0) return null;
  const [open, close] = lang === "bg" ? ["„", "“"] : ["“", "”"];
  return (
    <span className={className ?? styles.note} data-testid="look-alikes">
      {t("pane.inCell")}: {open}
      {parts.map((part, index) =>
        part.latin ? (
          <mark key={index} className={styles.latin}>
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
      {close} — {letters.map((letter) => t("pane.latinLetter", { letter })).join(", ")}
    </span>
  );
}
