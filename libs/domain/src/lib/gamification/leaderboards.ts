import { localDate } from './streaks';

/**
 * Leaderboards are strictly opt-in and weekly, and they never expose who is behind: an advisor sees the top of the
 * board and the few colleagues around them, never the last places of others. Team quests are collective: one
 * shared total, no individual ranks.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The ISO 8601 week ("2026-W48") of `instant` on the local calendar of `timeZone`: weeks run Monday to Sunday, and
 * week 1 is the week with the year's first Thursday (so 1 January 2027, a Friday, is in 2026-W53).
 */
export function isoWeek(instant: Date, timeZone: string): string {
  const [year, month, day] = localDate(instant, timeZone).split('-').map(Number);
  const date = Date.UTC(year, month - 1, day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = date + (3 - weekday) * DAY_MS;
  const weekYear = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(weekYear, 0, 1)) / (7 * DAY_MS));
  return `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

export interface LeaderboardEntry {
  userId: string;
  /** XP earned in the week. */
  xp: number;
  optedIn: boolean;
}

export interface LeaderboardRow {
  /** Competition ranking ("1224"): equal XP shares a rank, and the next rank counts everyone ahead. */
  rank: number;
  userId: string;
  xp: number;
  isViewer: boolean;
  /** Colleagues are left out between the previous row shown (or the top of the board) and this one. */
  gapBefore: boolean;
}

export interface LeaderboardOptions {
  /** Rows shown above and below the viewer. */
  radius?: number;
  /** Leading rows always shown (unless protected, see below). */
  top?: number;
  /**
   * The last places nobody but their holder ever sees: the last `max(protectedBottom, radius)` places, and everyone
   * tied with them.
   */
  protectedBottom?: number;
}

export interface LeaderboardView {
  rows: LeaderboardRow[];
  /** The viewer's rank; null when the viewer has not opted in. */
  viewerRank: number | null;
  /** Advisors on the board (opted in). */
  total: number;
}

const wholeAtLeast0 = (value: number, name: string) => {
  if (!(Number.isInteger(value) && value >= 0)) throw new RangeError(`${name} must be a whole number, at least 0`);
};

/**
 * What one advisor sees of a weekly board:
 * - only advisors who opted in are ranked, by XP (ties share a rank: competition ranking, "1224"; within a tie,
 *   rows are listed by user id so the view is stable);
 * - a viewer who has not opted in sees no rows (and no rank);
 * - otherwise the viewer sees the `top` 3 and `radius` rows either side of their own position;
 * - NOBODY BUT THE VIEWER IS EVER SHOWN IN THE BOTTOM PLACES: the last `max(protectedBottom, radius)` positions (3
 *   with the defaults), extended to everyone tied with them, are dropped from every view except their holder's own
 *   row. A viewer near the bottom therefore sees nobody below them, and a board of three or fewer shows each
 *   advisor only themselves.
 */
export function leaderboardWindow(entries: ReadonlyArray<LeaderboardEntry>, viewerId: string, options: LeaderboardOptions = {}): LeaderboardView {
  const { radius = 2, top = 3, protectedBottom = 3 } = options;
  wholeAtLeast0(radius, 'radius');
  wholeAtLeast0(top, 'top');
  wholeAtLeast0(protectedBottom, 'protectedBottom');
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.userId)) throw new Error(`${entry.userId} appears twice on the board`);
    if (!Number.isFinite(entry.xp)) throw new RangeError(`The XP of ${entry.userId} is not a number`);
    ids.add(entry.userId);
  }

  const board = entries.filter((entry) => entry.optedIn).sort((a, b) => b.xp - a.xp || (a.userId < b.userId ? -1 : 1));
  const ranks: number[] = [];
  board.forEach((entry, i) => ranks.push(i > 0 && entry.xp === board[i - 1].xp ? ranks[i - 1] : i + 1));
  const total = board.length;
  const viewer = board.findIndex((entry) => entry.userId === viewerId);
  if (viewer < 0) return { rows: [], viewerRank: null, total };

  const bottom = Math.max(protectedBottom, radius);
  const highestProtectedXp = bottom === 0 ? -Infinity : total <= bottom ? Infinity : board[total - bottom].xp;
  const shown = (i: number) => i === viewer || board[i].xp > highestProtectedXp;
  const positions = new Set<number>();
  for (let i = 0; i < Math.min(top, total); i++) positions.add(i);
  for (let i = Math.max(0, viewer - radius); i <= Math.min(total - 1, viewer + radius); i++) positions.add(i);

  let previous = -1;
  const rows = [...positions]
    .filter(shown)
    .sort((a, b) => a - b)
    .map((i) => {
      const row: LeaderboardRow = { rank: ranks[i], userId: board[i].userId, xp: board[i].xp, isViewer: i === viewer, gapBefore: i > previous + 1 };
      previous = i;
      return row;
    });
  return { rows, viewerRank: ranks[viewer], total };
}

export interface TeamQuestProgress {
  /** The team's combined contribution. */
  total: number;
  goal: number;
  /** total / goal, within 0..1. */
  progress: number;
  reached: boolean;
}

/** A boutique's shared goal: the sum of everyone's contributions, never who contributed what. */
export function teamQuestProgress(quest: { goal: number; contributions: readonly number[] }): TeamQuestProgress {
  const { goal, contributions } = quest;
  if (!(Number.isFinite(goal) && goal > 0)) throw new RangeError('A team quest needs a goal above 0');
  if (contributions.some((contribution) => !(Number.isFinite(contribution) && contribution >= 0))) throw new RangeError('Contributions are numbers, at least 0');
  const total = contributions.reduce((sum, contribution) => sum + contribution, 0);
  return { total, goal, progress: Math.min(1, total / goal), reached: total >= goal };
}
