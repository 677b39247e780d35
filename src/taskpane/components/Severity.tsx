/**
 * How a severity looks: an icon of its own shape (a circle with a cross, a triangle, an "i") in a colour of its own
 * hue (red, amber, blue), so that neither shape nor colour is needed alone; the words beside it come from the
 * dictionary. Amber is Fluent's darker marigold, which keeps its contrast on light and dark backgrounds.
 */
import { tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/report";

export const severityColor: Record<Severity, string> = {
  error: tokens.colorStatusDangerForeground1,
  warning: tokens.colorPaletteMarigoldForeground2,
  info: tokens.colorBrandForeground1,
};

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

/** The severity's icon, hidden from screen readers: the severity is always said in words beside it. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const Icon = ICONS[severity];
  return <Icon aria-hidden style={{ color: severityColor[severity], flexShrink: 0 }} />;
}
