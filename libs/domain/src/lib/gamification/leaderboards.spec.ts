import fc from 'fast-check';
import { isoWeek, leaderboardWindow, teamQuestProgress, type LeaderboardEntry, type LeaderboardView } from './leaderboards';

const DAY = 24 * 60 * 60 * 1000;

/** A board of `n` opted-in advisors a01…, with distinct XP falling by 10 from 1000. */
const board = (n: number): LeaderboardEntry[] => Array.from({ length: n }, (_, i) => ({ userId: `a${String(i + 1).padStart(2, '0')}`, xp: 1000 - i * 10, optedIn: true }));
const seen = (view: LeaderboardView) => view.rows.map((row) => `${row.rank}${row.gapBefore ? '…' : ''}${row.isViewer ? '*' : ''}`);

describe('ISO weeks in the local calendar', () => {
  it('golden weeks', () => {
    expect(isoWeek(new Date('2026-11-26T12:00:00Z'), 'Europe/Paris')).toBe('2026-W48');
    expect(isoWeek(new Date('2026-01-01T12:00:00Z'), 'Europe/Paris')).toBe('2026-W01'); // a Thursday
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'), 'Europe/Paris')).toBe('2026-W53'); // a Friday: the last week of 2026
    expect(isoWeek(new Date('2024-12-30T12:00:00Z'), 'Europe/Paris')).toBe('2025-W01'); // a Monday: the first week of 2025
    expect(isoWeek(new Date('2021-01-03T12:00:00Z'), 'UTC')).toBe('2020-W53'); // a Sunday
  });

  it('the week turns at local midnight between Sunday and Monday, in the zone given', () => {
    const sundayEveningInParis = new Date('2026-11-29T22:30:00Z'); // Sun 23:30 in Paris, already Mon 07:30 in Tokyo
    expect(isoWeek(sundayEveningInParis, 'Europe/Paris')).toBe('2026-W48');
    expect(isoWeek(sundayEveningInParis, 'Asia/Tokyo')).toBe('2026-W49');
    const mondayJustAfterMidnightInParis = new Date('2026-11-29T23:30:00Z'); // Mon 00:30 in Paris, Sun in UTC
    expect(isoWeek(mondayJustAfterMidnightInParis, 'Europe/Paris')).toBe('2026-W49');
    expect(isoWeek(mondayJustAfterMidnightInParis, 'UTC')).toBe('2026-W48');
  });

  it('property: day after day, the week changes only on Mondays, by one week or to week 1 of the next year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 40 }), (offset) => {
        const at = Date.UTC(2000, 0, 1, 12) + offset * DAY;
        const [today, tomorrow] = [isoWeek(new Date(at), 'UTC'), isoWeek(new Date(at + DAY), 'UTC')];
        const parse = (week: string) => week.split('-W').map(Number);
        const [[year, week], [nextYear, nextWeek]] = [parse(today), parse(tomorrow)];
        expect(week).toBeGreaterThanOrEqual(1);
        expect(week).toBeLessThanOrEqual(53);
        if (new Date(at + DAY).getUTCDay() !== 1) expect(tomorrow).toBe(today);
        else expect(nextYear === year ? nextWeek === week + 1 : nextYear === year + 1 && nextWeek === 1 && week >= 52).toBe(true);
      }),
    );
  });
});

describe('leaderboard window', () => {
  it('a viewer who has not opted in sees no rows and has no rank', () => {
    const entries = [...board(5), { userId: 'shy', xp: 2000, optedIn: false }];
    expect(leaderboardWindow(entries, 'shy')).toEqual({ rows: [], viewerRank: null, total: 5 });
    expect(leaderboardWindow(entries, 'somebody-else')).toEqual({ rows: [], viewerRank: null, total: 5 });
  });

  it('advisors who have not opted in are neither ranked nor shown', () => {
    const entries = [{ userId: 'shy', xp: 2000, optedIn: false }, ...board(10)];
    const view = leaderboardWindow(entries, 'a01');
    expect(view.rows.map((row) => row.userId)).not.toContain('shy');
    expect(view.viewerRank).toBe(1);
  });

  it('ties share a rank and the next rank counts everyone ahead (competition ranking, "1224")', () => {
    const entries: LeaderboardEntry[] = [
      { userId: 'd', xp: 200, optedIn: true },
      { userId: 'c', xp: 250, optedIn: true },
      { userId: 'b', xp: 250, optedIn: true },
      { userId: 'a', xp: 300, optedIn: true },
      ...board(10).map((entry) => ({ ...entry, xp: entry.xp - 900 })),
    ];
    const view = leaderboardWindow(entries, 'b');
    expect(view.rows.map((row) => [row.rank, row.userId])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [2, 'c'],
      [4, 'd'],
    ]);
    expect(view.viewerRank).toBe(2);
  });

  it('in the middle of the board: the top three, then two above and two below the viewer', () => {
    const view = leaderboardWindow(board(20), 'a10');
    expect(seen(view)).toEqual(['1', '2', '3', '8…', '9', '10*', '11', '12']);
    expect(view).toMatchObject({ viewerRank: 10, total: 20 });
    expect(view.rows.find((row) => row.isViewer)).toEqual({ rank: 10, userId: 'a10', xp: 910, isViewer: true, gapBefore: false });
  });

  it('near the top the top three and the window join without repeats', () => {
    expect(seen(leaderboardWindow(board(20), 'a02'))).toEqual(['1', '2*', '3', '4']);
    expect(seen(leaderboardWindow(board(20), 'a05'))).toEqual(['1', '2', '3', '4', '5*', '6', '7']);
    expect(seen(leaderboardWindow(board(20), 'a07'))).toEqual(['1', '2', '3', '5…', '6', '7*', '8', '9']);
  });

  it('nobody but the viewer can be seen in the bottom three ranks', () => {
    // 20 on the board: ranks 18, 19 and 20 are protected.
    expect(seen(leaderboardWindow(board(20), 'a16'))).toEqual(['1', '2', '3', '14…', '15', '16*', '17']);
    expect(seen(leaderboardWindow(board(20), 'a17'))).toEqual(['1', '2', '3', '15…', '16', '17*']);
    expect(seen(leaderboardWindow(board(20), 'a18'))).toEqual(['1', '2', '3', '16…', '17', '18*']);
    expect(seen(leaderboardWindow(board(20), 'a19'))).toEqual(['1', '2', '3', '17…', '19…*']);
    expect(seen(leaderboardWindow(board(20), 'a20'))).toEqual(['1', '2', '3', '20…*']);
  });

  it('everyone tied with the bottom three is protected too', () => {
    const entries = [...board(6), ...['z1', 'z2', 'z3', 'z4', 'z5'].map((userId) => ({ userId, xp: 0, optedIn: true }))];
    const view = leaderboardWindow(entries, 'a06');
    expect(view.rows.map((row) => row.userId)).toEqual(['a01', 'a02', 'a03', 'a04', 'a05', 'a06']);
    expect(leaderboardWindow(entries, 'z1').rows.map((row) => [row.rank, row.userId])).toEqual([
      [1, 'a01'],
      [2, 'a02'],
      [3, 'a03'],
      [5, 'a05'],
      [6, 'a06'],
      [7, 'z1'],
    ]);
  });

  it('a small board shows each advisor only themselves and the top places outside the bottom three', () => {
    expect(seen(leaderboardWindow(board(3), 'a01'))).toEqual(['1*']);
    expect(seen(leaderboardWindow(board(3), 'a03'))).toEqual(['3…*']);
    expect(seen(leaderboardWindow(board(5), 'a01'))).toEqual(['1*', '2']);
    expect(seen(leaderboardWindow(board(5), 'a05'))).toEqual(['1', '2', '5…*']);
    // A new week: everybody at 0 XP shares rank 1, and everybody is in the bottom places.
    const quiet = board(8).map((entry) => ({ ...entry, xp: 0 }));
    expect(leaderboardWindow(quiet, 'a04').rows.map((row) => [row.rank, row.userId])).toEqual([[1, 'a04']]);
  });

  it('a wider radius protects as many places at the bottom', () => {
    expect(seen(leaderboardWindow(board(20), 'a10', { radius: 4 }))).toEqual(['1', '2', '3', '6…', '7', '8', '9', '10*', '11', '12', '13', '14']);
    expect(seen(leaderboardWindow(board(20), 'a15', { radius: 5 }))).toEqual(['1', '2', '3', '10…', '11', '12', '13', '14', '15*']);
    expect(seen(leaderboardWindow(board(20), 'a10', { radius: 0 }))).toEqual(['1', '2', '3', '10…*']);
  });

  it('refuses a board with an advisor twice, XP that is not a number, or a negative radius', () => {
    expect(() => leaderboardWindow([...board(3), { userId: 'a01', xp: 5, optedIn: true }], 'a01')).toThrow('twice');
    expect(() => leaderboardWindow([{ userId: 'x', xp: Number.NaN, optedIn: true }], 'x')).toThrow(RangeError);
    expect(() => leaderboardWindow(board(3), 'a01', { radius: -1 })).toThrow(RangeError);
  });
});

describe('leaderboard properties', () => {
  const entriesArb = fc.uniqueArray(fc.record({ userId: fc.string({ minLength: 1, maxLength: 3 }), xp: fc.integer({ min: 0, max: 60 }), optedIn: fc.integer({ min: 0, max: 4 }).map((n) => n > 0) }), { selector: (entry) => entry.userId, maxLength: 40 });
  const caseArb = fc.record({ entries: entriesArb, pick: fc.nat(), radius: fc.integer({ min: 0, max: 6 }) });
  const viewerOf = (entries: LeaderboardEntry[], pick: number) => (entries.length ? entries[pick % entries.length].userId : 'nobody');

  it('nobody but the viewer is ever seen among the bottom places (the last max(3, radius), and those tied with them)', () => {
    fc.assert(
      fc.property(caseArb, ({ entries, pick, radius }) => {
        const viewerId = viewerOf(entries, pick);
        const ascending = entries.filter((entry) => entry.optedIn).map((entry) => entry.xp).sort((a, b) => a - b);
        const protectedUpTo = ascending.length <= Math.max(3, radius) ? Infinity : ascending[Math.max(3, radius) - 1];
        for (const row of leaderboardWindow(entries, viewerId, { radius }).rows) {
          if (!row.isViewer) expect(row.xp).toBeGreaterThan(protectedUpTo);
        }
      }),
    );
  });

  it('only opted-in advisors appear, ranks are "1 + everyone with more XP", and the viewer is there exactly when opted in', () => {
    fc.assert(
      fc.property(caseArb, ({ entries, pick, radius }) => {
        const viewerId = viewerOf(entries, pick);
        const view = leaderboardWindow(entries, viewerId, { radius });
        const optedIn = entries.filter((entry) => entry.optedIn);
        expect(view.total).toBe(optedIn.length);
        for (const row of view.rows) {
          expect(optedIn.map((entry) => entry.userId)).toContain(row.userId);
          expect(row.rank).toBe(1 + optedIn.filter((entry) => entry.xp > row.xp).length);
        }
        const viewer = optedIn.find((entry) => entry.userId === viewerId);
        expect(view.rows.filter((row) => row.isViewer).map((row) => row.userId)).toEqual(viewer ? [viewerId] : []);
        expect(view.viewerRank).toBe(viewer ? 1 + optedIn.filter((entry) => entry.xp > viewer.xp).length : null);
        if (!viewer) expect(view.rows).toEqual([]);
        expect(view.rows.length).toBeLessThanOrEqual(3 + 2 * radius + 1);
        view.rows.slice(1).forEach((row, i) => expect(row.rank).toBeGreaterThanOrEqual(view.rows[i].rank));
      }),
    );
  });

  it('the order of the entries does not change the view', () => {
    const shuffledCase = caseArb.chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(c.entries, { minLength: c.entries.length, maxLength: c.entries.length })));
    fc.assert(
      fc.property(shuffledCase, ([{ entries, pick, radius }, shuffled]) => {
        const viewerId = viewerOf(entries, pick);
        expect(leaderboardWindow(shuffled, viewerId, { radius })).toEqual(leaderboardWindow(entries, viewerId, { radius }));
      }),
    );
  });
});

describe('team quests', () => {
  it('the boutique\'s combined total against its goal, with no individual ranks', () => {
    expect(teamQuestProgress({ goal: 1000, contributions: [120, 300, 0, 80] })).toEqual({ total: 500, goal: 1000, progress: 0.5, reached: false });
    expect(teamQuestProgress({ goal: 1000, contributions: [700, 450] })).toEqual({ total: 1150, goal: 1000, progress: 1, reached: true });
    expect(teamQuestProgress({ goal: 1000, contributions: [] })).toEqual({ total: 0, goal: 1000, progress: 0, reached: false });
  });

  it('refuses a goal of 0 and negative contributions', () => {
    expect(() => teamQuestProgress({ goal: 0, contributions: [1] })).toThrow(RangeError);
    expect(() => teamQuestProgress({ goal: 10, contributions: [5, -3] })).toThrow(RangeError);
  });

  it('property: progress is within 0..1, reached exactly at the goal, and the order of contributions does not matter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 20 }), (goal, contributions) => {
        const quest = teamQuestProgress({ goal, contributions });
        expect(quest.progress).toBeGreaterThanOrEqual(0);
        expect(quest.progress).toBeLessThanOrEqual(1);
        expect(quest.reached).toBe(quest.total >= goal);
        expect(quest.reached).toBe(quest.progress === 1);
        expect(teamQuestProgress({ goal, contributions: [...contributions].reverse() })).toEqual(quest);
      }),
    );
  });
});
