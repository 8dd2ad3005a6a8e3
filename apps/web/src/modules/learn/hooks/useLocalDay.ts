import { useEffect, useRef, useState } from 'react';

/** The longest delay a browser timer keeps (about 24.8 days): a longer wait is taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Timers may fire a hair early: the instant is checked a moment after it. */
const PAST_THE_INSTANT_MS = 50;

/** The device's local calendar day, `2026-03-10`. */
export function localDay(at: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Milliseconds until the next local midnight. */
function untilNextDay(now: Date = new Date()): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime();
}

/** Calls `onVisible` whenever the app comes back into view (a phone woken, the app brought back from the background). */
function subscribeToVisible(onVisible: () => void): () => void {
  const listener = () => {
    if (document.visibilityState === 'visible') onVisible();
  };
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
}

/**
 * The device's local day, read again at each local midnight and whenever the app becomes visible again (a phone
 * asleep overnight runs no timer). `onLook` is called at those same moments, for what should then be read again.
 */
export function useLocalDay(onLook?: () => void): string {
  const [day, setDay] = useState(localDay);
  const onLookRef = useRef(onLook);
  useEffect(() => {
    onLookRef.current = onLook;
  }, [onLook]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(look, Math.min(untilNextDay() + PAST_THE_INSTANT_MS, MAX_TIMER_MS));
    };
    function look() {
      setDay(localDay());
      onLookRef.current?.();
      arm();
    }
    arm();
    const unsubscribe = subscribeToVisible(look);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return day;
}

/**
 * Whether `instant` (ISO 8601) has passed, checked again when it comes and whenever the app becomes visible again;
 * false without one.
 */
export function useHasPassed(instant: string | null | undefined): boolean {
  const at = instant ? Date.parse(instant) : Number.NaN;
  const [passed, setPassed] = useState<{ at: number; passed: boolean } | null>(null);

  useEffect(() => {
    if (Number.isNaN(at)) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      const wait = at - Date.now();
      setPassed({ at, passed: wait <= 0 });
      if (wait > 0) timer = setTimeout(check, Math.min(wait + PAST_THE_INSTANT_MS, MAX_TIMER_MS));
    };
    check();
    const unsubscribe = subscribeToVisible(check);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [at]);

  // Until the check above has run for this instant, the render-time clock says (a cached, long-expired challenge
  // never shows for a frame).
  if (Number.isNaN(at)) return false;
  return passed?.at === at ? passed.passed : at <= Date.now();
}
