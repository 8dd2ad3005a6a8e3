/**
 * Daily streaks, counted in local days: the calendar dates of the advisor's own time zone, wherever they are.
 *
 * Every activity is dated in the IANA zone the advisor is in at that moment (passed with each call, from the
 * device or the profile: the zone is trusted). Days are calendar dates, not 24-hour spans, so a 23- or 25-hour day
 * (daylight saving) is one day like any other, and a flight east or west neither breaks a streak nor counts a
 * date twice. A missed day can be bridged by a freeze, earned by consistency. Nothing here shames: a broken streak
 * simply starts again, and the longest one is kept.
 */

export interface StreakState {
  /** Consecutive local days with activity, up to the last active one (a freeze bridges one missed day). */
  current: number;
  /** The longest streak ever reached. */
  longest: number;
  /** The local date (YYYY-MM-DD) of the latest activity, in the zone the advisor was in; null before any. */
  lastActiveDate: string | null;
  /** Freezes banked: each one bridges a single missed day. */
  freezes: number;
  /** Freezes spent so far (for a quiet "kept by a freeze" note). */
  freezesUsed: number;
  /**
   * The instant (ISO 8601) of the latest activity. Optional: with it, a flight that skips a calendar date (across
   * the date line) is not a missed day when, in the zone the advisor has landed in, they were active yesterday.
   * Without it, days are compared by `lastActiveDate` alone.
   */
  lastActiveAt?: string | null;
}

export interface StreakRules {
  /** A freeze is earned each time the streak reaches a multiple of this many days. */
  freezeEvery: number;
  /** The most freezes that can be banked. */
  maxFreezes: number;
}

/**
 * One freeze a week of consistency, at most two banked: enough for a day off sick or a long-haul flight, not
 * enough to keep a streak alive without practice.
 */
export const DEFAULT_STREAK_RULES: StreakRules = { freezeEvery: 7, maxFreezes: 2 };

export const EMPTY_STREAK: StreakState = { current: 0, longest: 0, lastActiveDate: null, freezes: 0, freezesUsed: 0, lastActiveAt: null };

const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for an unknown zone.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date (YYYY-MM-DD) of `instant` in the IANA `timeZone`. Does not depend on the process's zone. */
export function localDate(instant: Date, timeZone: string): string {
  if (!Number.isFinite(instant.getTime())) throw new RangeError('Not a valid date');
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a date written YYYY-MM-DD: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** Calendar days from one local date to another (YYYY-MM-DD): 1 from a date to the next, negative backwards. */
export function localDaysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function checkRules(rules: StreakRules): void {
  if (!(Number.isInteger(rules.freezeEvery) && rules.freezeEvery >= 1)) throw new RangeError('freezeEvery must be a whole number of days, at least 1');
  if (!(Number.isInteger(rules.maxFreezes) && rules.maxFreezes >= 0)) throw new RangeError('maxFreezes must be a whole number, at least 0');
}

/**
 * Local days missed between the last activity and `today` (a date in `timeZone`). A date is missed only if it was
 * missed in the zone the advisor was in (`lastActiveDate`) and, when the instant is known, in the zone they are in
 * now: a traveller who was active "yesterday" as seen from where they stand has missed nothing.
 */
function missedDays(state: StreakState, today: string, timeZone: string): number {
  let gap = localDaysBetween(state.lastActiveDate as string, today);
  if (state.lastActiveAt) gap = Math.min(gap, localDaysBetween(localDate(new Date(state.lastActiveAt), timeZone), today));
  return Math.max(0, gap - 1);
}

/**
 * Records an activity at `instant`, dated in `timeZone` (the zone the advisor is in at that moment):
 * - the same local date as the last activity, or an earlier one (a late event, a flight west): unchanged;
 * - the next local date: +1;
 * - exactly one missed day and a freeze banked: the freeze is spent and the streak continues (+1);
 * - otherwise: the streak starts again at 1 (freezes already banked are kept; the longest streak is kept).
 * Each time the streak reaches a multiple of `freezeEvery` days a freeze is earned, up to `maxFreezes` banked.
 *
 * Activities are meant to be recorded in time order; `streakFromActivities` sorts them for you.
 */
export function recordActivity(state: StreakState, instant: Date, timeZone: string, rules: StreakRules = DEFAULT_STREAK_RULES): StreakState {
  checkRules(rules);
  const today = localDate(instant, timeZone);
  const lastActiveAt = state.lastActiveAt && Date.parse(state.lastActiveAt) > instant.getTime() ? state.lastActiveAt : instant.toISOString();
  if (state.lastActiveDate !== null && localDaysBetween(state.lastActiveDate, today) <= 0) return { ...state, lastActiveAt };

  let { current, freezes, freezesUsed } = state;
  const missed = state.lastActiveDate === null ? Infinity : missedDays(state, today, timeZone);
  if (missed === 0) {
    current += 1;
  } else if (missed === 1 && freezes >= 1) {
    current += 1;
    freezes -= 1;
    freezesUsed += 1;
  } else {
    current = 1;
  }
  if (current % rules.freezeEvery === 0) freezes = Math.min(rules.maxFreezes, freezes + 1);
  return { current, longest: Math.max(state.longest, current), lastActiveDate: today, freezes, freezesUsed, lastActiveAt };
}

/**
 * The streak a set of activities builds, from nothing. Activities are taken in time order (simultaneous ones by
 * zone name) whatever order they are given in, so the same activities always give the same state: a worker can
 * rebuild a streak from history.
 */
export function streakFromActivities(activities: Iterable<{ at: Date; timeZone: string }>, rules: StreakRules = DEFAULT_STREAK_RULES): StreakState {
  const ordered = [...activities].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.timeZone < b.timeZone ? -1 : a.timeZone > b.timeZone ? 1 : 0));
  return ordered.reduce((state, activity) => recordActivity(state, activity.at, activity.timeZone, rules), EMPTY_STREAK);
}

export interface StreakStatus {
  /** The streak as of `now`: 0 when it is already broken (a banked freeze that would save it counts as saving it). */
  current: number;
  /** The streak is alive and today has no activity yet: being active today keeps it (quietly worth a reminder). */
  atRisk: boolean;
  /** Keeping the streak today will spend a freeze (yesterday was missed). */
  freezeNeeded: boolean;
}

/** The streak to display at `now`, in the zone the advisor is in. Recording an activity now gives `current + 1` when at risk. */
export function streakStatus(state: StreakState, now: Date, timeZone: string): StreakStatus {
  const broken: StreakStatus = { current: 0, atRisk: false, freezeNeeded: false };
  if (state.lastActiveDate === null || state.current === 0) return broken;
  const today = localDate(now, timeZone);
  if (localDaysBetween(state.lastActiveDate, today) <= 0) return { current: state.current, atRisk: false, freezeNeeded: false };
  const missed = missedDays(state, today, timeZone);
  if (missed === 0) return { current: state.current, atRisk: true, freezeNeeded: false };
  if (missed === 1 && state.freezes >= 1) return { current: state.current, atRisk: true, freezeNeeded: true };
  return broken;
}
