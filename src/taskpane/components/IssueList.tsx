/**
 * The issues, errors first, grouped by rule (or by column) under collapsible headings, filtered by the count
 * buttons above. Each issue is a button that selects its cell; "next" and "previous" (and Alt+↓ / Alt+↑ anywhere in
 * the pane) go through them one by one, marking the current one.
 *
 * The list is windowed (@tanstack/react-virtual): only the rows in view, and a margin, are in the page, so
 * thousands of issues cost what a screenful does. It scrolls with the whole pane, not in a box of its own.
 *
 * A re-check gives new Issue objects; the rows keep their keys (rule, sheet, cell), and the list puts the user back
 * where they were: the row at the top of the view stays at the same height — or the next one, when a fix made that
 * issue go — and focus that was on a row that went lands on the row that took its place.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular, ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { Issue } from "../../core/report";
import { useAnnounce } from "../announce";
import type { WorkbookHost } from "../../host/workbookHost";
import { useLang, useText } from "../i18n";
import { isStatusFix } from "../model/edits";
import { groupIssues, type GroupBy } from "../model/issueGroups";
import { keyIssues } from "../model/issueKeys";
import { headingsOf, issueOrder, issueRows, type IssueRow } from "../model/issueRows";
import { landingKey, neighbour } from "../model/place";
import type { IssueView } from "../useIssueView";
import { asHostError } from "../useCheck";
import { IssueItem } from "./IssueItem";
import { SeverityIcon } from "./Severity";
import { SectionHeading } from "./SectionHeading";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  steps: { display: "flex", gap: tokens.spacingHorizontalXS },
  grouping: { display: "flex", flexWrap: "wrap", alignItems: "center", fontSize: tokens.fontSizeBase200 },
  groupingLabel: { color: tokens.colorNeutralForeground2 },
  list: { position: "relative", width: "100%" },
  row: { position: "absolute", top: 0, left: 0, width: "100%" },
  rowHeading: { margin: 0, fontSize: "inherit", fontWeight: "inherit" },
  toggle: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    minHeight: "28px",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  severityToggle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, marginTop: tokens.spacingVerticalS },
  groupToggle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  groupTitle: { overflowWrap: "break-word", minWidth: 0 },
});

/** Rows drawn beyond the view on either side: enough that a short list is drawn whole, and scrolling stays smooth. */
const OVERSCAN = 30;
const ESTIMATED_HEIGHT: Record<IssueRow["kind"], number> = { severity: 36, group: 30, issue: 62 };

interface IssueListProps {
  issues: Issue[];
  view: IssueView;
  host: WorkbookHost;
  /** The pane's scrolling element: the list is windowed against it. */
  scroller: RefObject<HTMLElement>;
  /** Quick fix of one issue (a status from its suggestion); issues without a fix get no button. */
  onFix?: (issue: Issue) => void;
  fixing?: boolean;
  /** The text of an issue's cell, where the pane shows it (a misspelt status's look-alike letters). */
  textOf?: (issue: Issue) => string | undefined;
}

export function IssueList({ issues, view, host, scroller, onFix, fixing, textOf }: IssueListProps) {
  const styles = useStyles();
  const t = useText();
  const lang = useLang();
  const announce = useAnnounce();
  const [selectError, setSelectError] = useState<string>();
  const keyed = useMemo(() => keyIssues(issues), [issues]);
  const sections = useMemo(() => groupIssues(keyed, view.groupBy, view.shown, lang), [keyed, view.groupBy, view.shown, lang]);
  const rows = useMemo(() => issueRows(sections, view.collapsed), [sections, view.collapsed]);
  const order = useMemo(() => issueOrder(sections), [sections]);

  const list = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  // Keeps the focused row drawn while it is scrolled out of view, so that focus is never dropped by the windowing.
  const focused = useRef<string>();
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const index = focused.current === undefined ? -1 : rowsRef.current.findIndex((row) => row.key === focused.current);
    return index < 0 || indexes.includes(index) ? indexes : [...indexes, index].sort((a, b) => a - b);
  }, []);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => ESTIMATED_HEIGHT[(rows[index] as IssueRow).kind],
    getItemKey: (index) => (rows[index] as IssueRow).key,
    overscan: OVERSCAN,
    scrollMargin: margin,
    rangeExtractor,
  });

  // What is above the list changes height (the verdict, a note): the list's own top is measured after each draw.
  useLayoutEffect(() => {
    const top = list.current?.offsetTop ?? 0;
    if (top !== margin) setMargin(top);
  });

  const section = useRef<HTMLElement>(null);
  usePlaceKept({ rows, scroller, section, list, focused, view });

  /** Makes the issue current and selects a cell: its own, or (`at`) the plan goal it names. */
  const select = useCallback(
    async (issue: Issue, key: string, at: { sheet: string; cell: string } = issue) => {
      view.setCurrent(key);
      setSelectError(undefined);
      try {
        await host.select(at.sheet, at.cell);
      } catch (caught) {
        const error = asHostError(caught);
        const words = `${t("pane.selectFailed")}: ${t(error.key, error.params)}`;
        setSelectError(words);
        announce(words);
      }
    },
    [host, view, t, announce],
  );

  const step = useCallback(
    (by: 1 | -1) => {
      const key = neighbour(order, view.current, by);
      const target = key === undefined ? undefined : keyed.find((each) => each.key === key);
      if (!key || !target) return;
      view.expand(headingsOf(sections, key));
      goTo.current = key;
      void select(target.issue, key);
    },
    [order, view, keyed, sections, select],
  );
  // Going to an issue: once its row is in the rows (its headings opened), scroll it into view and focus it.
  const goTo = useRef<string>();
  useLayoutEffect(() => {
    const key = goTo.current;
    if (key === undefined) return;
    const index = rows.findIndex((row) => row.key === key);
    if (index < 0) return;
    goTo.current = undefined;
    virtualizer.scrollToIndex(index, { align: "auto" });
    focusRow.current = key;
  });
  const focusRow = useFocusWhenDrawn(list);
  // Alt+↓ and Alt+↑ anywhere in the pane.
  useEffect(() => {
    const pane = scroller.current;
    if (!pane) return;
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
      event.preventDefault();
      step(event.key === "ArrowDown" ? 1 : -1);
    };
    pane.addEventListener("keydown", onKey);
    return () => pane.removeEventListener("keydown", onKey);
  }, [scroller, step]);

  return (
    <section ref={section} className={styles.section} aria-labelledby="issues-heading" data-testid="issues">
      <div className={styles.bar}>
        <SectionHeading id="issues-heading">
          {t("pane.issues")} ({issues.length})
        </SectionHeading>
        {issues.length > 0 && (
          <div className={styles.steps}>
            <Button
              size="small"
              icon={<ArrowUp16Regular />}
              onClick={() => step(-1)}
              title={t("pane.previousHint")}
              aria-keyshortcuts="Alt+ArrowUp"
              data-testid="issue-previous"
            >
              {t("pane.previous")}
            </Button>
            <Button
              size="small"
              icon={<ArrowDown16Regular />}
              onClick={() => step(1)}
              title={t("pane.nextHint")}
              aria-keyshortcuts="Alt+ArrowDown"
              data-testid="issue-next"
            >
              {t("pane.next")}
            </Button>
          </div>
        )}
      </div>
      {issues.length === 0 ? (
        <p>{t("pane.noIssues")}</p>
      ) : (
        <>
          <RadioGroup
            layout="horizontal"
            className={styles.grouping}
            value={view.groupBy}
            onChange={(_, data) => view.setGroupBy(data.value as GroupBy)}
            aria-labelledby="grouping-label"
          >
            <span id="grouping-label" className={styles.groupingLabel}>
              {t("pane.groupBy")}:
            </span>
            <Radio value="rule" label={t("pane.groupBy.rule")} data-testid="group-by-rule" />
            <Radio value="field" label={t("pane.groupBy.field")} data-testid="group-by-field" />
          </RadioGroup>
          {selectError && (
            <MessageBar intent="warning">
              <MessageBarBody>{selectError}</MessageBarBody>
            </MessageBar>
          )}
          {rows.length === 0 && <p>{t("pane.noneShown")}</p>}
          <div ref={list} className={styles.list} style={{ height: virtualizer.getTotalSize() }} data-testid="issue-rows">
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index] as IssueRow;
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-row-key={row.key}
                  className={styles.row}
                  style={{ transform: `translateY(${item.start - margin}px)` }}
                >
                  <Row
                    row={row}
                    current={row.key === view.current}
                    onToggle={() => view.toggleCollapsed(row.key)}
                    onSelect={(issue, at) => void select(issue, row.key, at)}
                    onFix={onFix}
                    fixing={fixing}
                    textOf={textOf}
                  />
                </div>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}

interface RowProps {
  row: IssueRow;
  current: boolean;
  onToggle: () => void;
  onSelect: (issue: Issue, at?: { sheet: string; cell: string }) => void;
  onFix?: (issue: Issue) => void;
  fixing?: boolean;
  textOf?: (issue: Issue) => string | undefined;
}

function Row({ row, current, onToggle, onSelect, onFix, fixing, textOf }: RowProps) {
  const styles = useStyles();
  const t = useText();
  const Chevron = row.kind !== "issue" && row.expanded ? ChevronDown16Regular : ChevronRight16Regular;
  switch (row.kind) {
    case "severity":
      return (
        <h3 className={styles.rowHeading}>
          <button
            type="button"
            className={`${styles.toggle} ${styles.severityToggle}`}
            aria-expanded={row.expanded}
            onClick={onToggle}
            data-testid="severity-group"
            data-severity={row.severity}
          >
            <Chevron aria-hidden />
            <SeverityIcon severity={row.severity} />
            {t(`cli.severity.${row.severity}`)} ({row.count})
          </button>
        </h3>
      );
    case "group":
      return (
        <h4 className={styles.rowHeading}>
          <button
            type="button"
            className={`${styles.toggle} ${styles.groupToggle}`}
            aria-expanded={row.expanded}
            onClick={onToggle}
            data-testid="issue-group"
            data-group={row.group.by}
            data-severity={row.group.severity}
          >
            <Chevron aria-hidden />
            <span className={styles.groupTitle}>
              {row.group.title} ({row.group.issues.length})
            </span>
          </button>
        </h4>
      );
    case "issue":
      return (
        <IssueItem
          issue={row.issue}
          cellText={textOf?.(row.issue)}
          current={current}
          onSelect={() => onSelect(row.issue)}
          onFix={onFix && isStatusFix(row.issue) ? () => onFix(row.issue) : undefined}
          fixing={fixing}
          onGoToSource={sourceHere(row.issue) ? (source) => onSelect(row.issue, source) : undefined}
        />
      );
  }
}

/** A row to focus once it is drawn (a windowed row may be drawn a frame after it is scrolled to). */
function useFocusWhenDrawn(list: RefObject<HTMLElement>) {
  const pending = useRef<string>();
  useLayoutEffect(() => {
    const key = pending.current;
    if (key === undefined || !list.current) return;
    const button = list.current.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"] button`);
    if (!button) return;
    pending.current = undefined;
    button.focus({ preventScroll: true });
  });
  return pending;
}

interface PlaceProps {
  rows: IssueRow[];
  scroller: RefObject<HTMLElement>;
  /** The list's section, which is there while the pane shows a result (the rows' box may come and go). */
  section: RefObject<HTMLElement>;
  list: RefObject<HTMLElement>;
  focused: { current?: string };
  view: IssueView;
}

/**
 * Keeps the user's place when the rows change (a re-check, a filter, a group closed): notes, as the user scrolls,
 * the row at the top of the view and, as focus moves, the row that has focus; when the rows change, scrolls the same
 * row (or the one that took its place) back to the same height, gives focus to the row that took the focused one's
 * place if focus was lost with its row, and moves the current issue along the same way.
 */
function usePlaceKept({ rows, scroller, section, list, focused, view }: PlaceProps) {
  const anchor = useRef<{ key: string; offset: number }>();
  const drawn = useRef(rows);
  const refocus = useFocusWhenDrawn(list);

  // The rows in view are always drawn (the window covers them), so the page itself says which is at the top.
  const noteAnchor = useCallback(() => {
    const pane = scroller.current;
    const top = pane?.getBoundingClientRect().top ?? 0;
    const drawnRows = [...(list.current?.querySelectorAll<HTMLElement>("[data-row-key]") ?? [])];
    const listTop = list.current?.getBoundingClientRect().top ?? top;
    // Only once the list reaches the top of the view: above that, what is above the list keeps the place anyway.
    const first = listTop < top ? drawnRows.find((row) => row.getBoundingClientRect().bottom > top) : undefined;
    anchor.current = first && { key: first.dataset.rowKey as string, offset: first.getBoundingClientRect().top - top };
  }, [scroller, list]);

  // Attached once: a listener set anew on every draw would miss scroll events, as the virtualizer draws (flushSync)
  // from its own scroll listener, and one removed during an event is not called for it.
  useEffect(() => {
    const pane = scroller.current;
    const element = section.current;
    if (!pane || !element) return;
    // Focus in the list is followed by row; focus that leaves for another control is forgotten.
    const onIn = (event: FocusEvent) => {
      focused.current = (event.target as HTMLElement).closest("[data-row-key]")?.getAttribute("data-row-key") ?? undefined;
    };
    const onOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !element.contains(event.relatedTarget)) focused.current = undefined;
    };
    pane.addEventListener("scroll", noteAnchor, { passive: true });
    element.addEventListener("focusin", onIn);
    element.addEventListener("focusout", onOut);
    return () => {
      pane.removeEventListener("scroll", noteAnchor);
      element.removeEventListener("focusin", onIn);
      element.removeEventListener("focusout", onOut);
    };
  }, [scroller, section, focused, noteAnchor]);

  useLayoutEffect(() => {
    const pane = scroller.current;
    const before = drawn.current;
    if (before === rows || !pane) return;
    drawn.current = rows;
    const beforeKeys = before.map((row) => row.key);
    const now = new Set(rows.map((row) => row.key));
    const land = (key: string) => landingKey(beforeKeys, key, now);
    const kept = anchor.current && land(anchor.current.key);
    const row = kept === undefined ? null : list.current?.querySelector(`[data-row-key="${CSS.escape(kept)}"]`);
    if (anchor.current && row) {
      pane.scrollTop += row.getBoundingClientRect().top - pane.getBoundingClientRect().top - anchor.current.offset;
    }
    if (focused.current !== undefined) {
      const lost = !list.current?.contains(document.activeElement);
      const next = land(focused.current);
      focused.current = next;
      if (lost && next !== undefined) refocus.current = next;
    }
    if (view.current !== undefined && !now.has(view.current)) view.setCurrent(land(view.current));
    noteAnchor(); // setting scrollTop to where it was fires no scroll
  });
}

/** A plan goal the issue names in this workbook (not in a plan file opened from disk): the pane can go there. */
function sourceHere(issue: Issue): boolean {
  return issue.source !== undefined && issue.source.file === undefined;
}
