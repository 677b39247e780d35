/**
 * Keeps keyboard focus in the pane's actions when the control that had it goes away: an action's button is removed
 * once it has done its work (the drop-down's, "fix all" once nothing is left to fix, Undo once nothing is left to
 * undo) and the preview closes on Apply. The browser then puts focus on the page's body, and a keyboard or screen
 * reader user would have to find their way back from the top. Once a change is over, focus goes to the section's
 * preferred control (Undo, the change just made) or, failing that, its first button.
 */
import { useEffect, useRef, type RefObject } from "react";

export function useFocusKept(section: RefObject<HTMLElement | null>, busy: boolean, preferred: string): void {
  // Whether focus was in the section last: removing a focused element fires no event to tell us it was lost.
  const hadFocus = useRef(false);
  useEffect(() => {
    const element = section.current;
    if (!element) return undefined;
    const onFocusIn = () => (hadFocus.current = true);
    // Focus moved on somewhere else on purpose (Tab, a click on another control): not ours to bring back.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !element.contains(event.relatedTarget)) hadFocus.current = false;
    };
    element.addEventListener("focusin", onFocusIn);
    element.addEventListener("focusout", onFocusOut);
    return () => {
      element.removeEventListener("focusin", onFocusIn);
      element.removeEventListener("focusout", onFocusOut);
    };
  }, [section]);
  // Only when a change has just finished: focus lost at any other time (a click on the page's text) is left alone.
  const wasBusy = useRef(busy);
  useEffect(() => {
    const finished = wasBusy.current && !busy;
    wasBusy.current = busy;
    const element = section.current;
    if (!finished || !element || !hadFocus.current) return;
    const active = element.ownerDocument.activeElement;
    if (active && active !== element.ownerDocument.body && active.isConnected) return;
    const target = element.querySelector<HTMLElement>(preferred) ?? element.querySelector<HTMLElement>("button");
    target?.focus();
  }, [busy, section, preferred]);
}
