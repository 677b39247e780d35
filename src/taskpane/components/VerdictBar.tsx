/** "Ready to submit" or "fix N errors first", announced to screen readers when it changes. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Report } from "../../core/report";
import { useText } from "../i18n";
import { verdictOf } from "../model/verdict";

export function VerdictBar({ report }: { report: Report }) {
  const t = useText();
  const verdict = verdictOf(report);
  const [intent, title, body] =
    verdict.kind === "notFound"
      ? (["error", t("pane.verdict.notFound"), t("pane.verdict.notFoundBody")] as const)
      : verdict.kind === "fix"
        ? (["error", t("pane.verdict.fix", { errors: verdict.errors }), t("pane.verdict.fixBody")] as const)
        : ([
            verdict.warnings > 0 ? "warning" : "success",
            t("pane.verdict.ready"),
            verdict.warnings > 0
              ? t("pane.verdict.readyWarnings", { warnings: verdict.warnings })
              : t("pane.verdict.readyClean"),
          ] as const);
  return (
    <div aria-live="polite">
      <MessageBar intent={intent} layout="multiline" data-testid="verdict" data-verdict={verdict.kind}>
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
