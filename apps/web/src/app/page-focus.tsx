import { createContext, useContext, useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** How long a page that opens on a loader may take to show its heading before focus is left where it is. */
const HEADING_WAIT_MS = 10_000;

interface PageFocusState {
  /**
   * The app's first load is over: the user has tapped or typed, or gone back or forward. Until then focus is never
   * moved (the redirects of the first load, such as `/` → `/learn`, are not the user's navigations).
   */
  settled: boolean;
  /** A navigation waits for its page's heading to appear (the page opened on a loader). */
  pending: boolean;
}

const PageFocusContext = createContext<RefObject<PageFocusState> | null>(null);

/** The page's main heading: its h1 (made focusable from script, out of the tab order). */
function mainHeading(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}

/** Focus is nowhere in particular: on the page's body (the element that had it was removed) or on nothing. */
function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

/**
 * The app's one focus rule for page changes: on each in-app navigation to another page, focus moves to the new
 * page's main heading (h1), so a screen reader announces where the user now is. A page that opens on a loader has
 * its heading focused as soon as it appears, unless the user has put focus somewhere meanwhile. The first load of
 * the app never moves focus. Players focus their own steps within a page (`useFocusWhenOpened`).
 */
export function PageFocus({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const state = useRef<PageFocusState>({ settled: false, pending: false });
  const shown = useRef(pathname);
  /** Stops waiting for the heading of the page before. */
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => () => cancel.current?.(), []);

  useEffect(() => {
    const settle = () => {
      state.current.settled = true;
    };
    document.addEventListener('pointerdown', settle, true);
    document.addEventListener('keydown', settle, true);
    return () => {
      document.removeEventListener('pointerdown', settle, true);
      document.removeEventListener('keydown', settle, true);
    };
  }, []);

  // A layout effect: it runs before the new page's own effects, so they know a heading is about to take focus.
  useLayoutEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    cancel.current?.();
    if (navigationType === 'POP') state.current.settled = true;
    if (!state.current.settled) return;

    const heading = mainHeading();
    if (heading) {
      heading.focus();
      return;
    }
    // The page opens on a loader: its heading comes with what it loads.
    const before = document.activeElement;
    state.current.pending = true;
    const stop = () => {
      state.current.pending = false;
      cancel.current = null;
      observer.disconnect();
      window.clearTimeout(timeout);
    };
    const observer = new MutationObserver(() => {
      // The user (or the page) put focus somewhere meanwhile: leave it there.
      if (document.activeElement !== before && !focusIsLost()) return stop();
      const appeared = mainHeading();
      if (!appeared) return;
      stop();
      appeared.focus();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timeout = window.setTimeout(stop, HEADING_WAIT_MS);
    cancel.current = stop;
  }, [pathname, navigationType]);

  return <PageFocusContext.Provider value={state}>{children}</PageFocusContext.Provider>;
}

/**
 * For what opens inside a page already on screen (a player once its content is read, after a retry for example):
 * moves focus to `target` when it opens, if focus was lost (the button that opened it is gone). Never on the app's
 * first load, and never over the heading a navigation is about to focus.
 */
export function useFocusWhenOpened(target: RefObject<HTMLElement | null>): void {
  const pageFocus = useContext(PageFocusContext);
  // Both are stable: this runs when it opens.
  useEffect(() => {
    const state = pageFocus?.current;
    if (!state?.settled || state.pending || !focusIsLost()) return;
    target.current?.focus();
  }, [pageFocus, target]);
}
