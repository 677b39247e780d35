/** The severities in the order the pane shows them, and the colour each one is shown in. */
import { tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/report";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const severityColor: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorBrandForeground1,
};
