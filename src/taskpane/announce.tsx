/**
 * The pane's one live region. It is there from the pane's first draw to its last, so a screen reader hears every
 * new verdict and count (a region made anew with its text already in it is often not read); everything the pane
 * has to say without being asked goes through it.
 */
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { VisuallyHidden } from "./components/VisuallyHidden";

const AnnounceContext = createContext<(words: string) => void>(() => {});

export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [said, setSaid] = useState("");
  // The same words twice (a re-check that changed nothing) must still be read: a no-break space makes them new.
  const announce = useCallback((words: string) => setSaid((before) => (before === words ? `${words}\u00a0` : words)), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <VisuallyHidden>
        <span role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
          {said}
        </span>
      </VisuallyHidden>
    </AnnounceContext.Provider>
  );
}

/** `announce(words)`: said once by screen readers, politely, after what they are reading. */
export function useAnnounce(): (words: string) => void {
  return useContext(AnnounceContext);
}
