import fc from 'fast-check';
import { DEFAULT_STREAK_RULES, EMPTY_STREAK, localDate, localDaysBetween, recordActivity, streakFromActivities, streakStatus, type StreakState } from './streaks';

const PARIS = 'Europe/Paris';
const TOKYO = 'Asia/Tokyo';
const NEW_YORK = 'America/New_York';
const LOS_ANGELES = 'America/Los_Angeles';
const SYDNEY = 'Australia/Sydney';
const utc = (iso: string) => new Date(iso);
const DAY = 24 * 60 * 60 * 1000;

/** Folds activities given as [UTC instant, zone] in the order written. */
const replay = (activities: Array<[string, string]>, from: StreakState = EMPTY_STREAK) =>
  activities.reduce((state, [instant, zone]) => recordActivity(state, utc(instant), zone), from);
const counts = (state: StreakState) => ({ current: state.current, longest: state.longest, freezes: state.freezes, freezesUsed: state.freezesUsed, lastActiveDate: state.lastActiveDate });

/** The instant at which the wall clock of `zone` shows `local` (YYYY-MM-DDTHH:mm); test helper only. */
function instantIn(zone: string, local: string): Date {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  const wall = (ms: number) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  };
  const target = Date.parse(`${local}:00Z`);
  let guess = target;
  for (let i = 0; i < 3; i++) guess += target - wall(guess);
  return new Date(guess);
}

describe('local dates', () => {
  it('dates an instant in the given zone, whatever the zone of the process', () => {
    const instant = utc('2026-03-28T23:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-03-28');
    expect(localDate(instant, PARIS)).toBe('2026-03-29');
    expect(localDate(instant, NEW_YORK)).toBe('2026-03-28');
    expect(localDate(instant, TOKYO)).toBe('2026-03-29');
    expect(localDate(utc('2026-12-31T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2027-01-01');
    expect(localDate(utc('2026-01-01T10:30:00Z'), 'Pacific/Pago_Pago')).toBe('2025-12-31');
  });

  it('refuses an unknown zone and an invalid date', () => {
    expect(() => localDate(utc('2026-03-28T23:30:00Z'), 'Europe/Atlantis')).toThrow(RangeError);
    expect(() => localDate(new Date(Number.NaN), PARIS)).toThrow(RangeError);
  });

  it('counts calendar days between local dates, across months, years and leap days', () => {
    expect(localDaysBetween('2026-03-28', '2026-03-29')).toBe(1);
    expect(localDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(localDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(localDaysBetween('2026-03-29', '2026-03-28')).toBe(-1);
    expect(() => localDaysBetween('2026-3-1', '2026-03-02')).toThrow(RangeError);
  });

  it('the test helper finds the instant a local wall clock shows', () => {
    expect(instantIn(PARIS, '2026-03-29T03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantIn(TOKYO, '2026-06-02T08:00').toISOString()).toBe('2026-06-01T23:00:00.000Z');
  });
});

describe('streaks at home', () => {
  it('the first activity starts a streak of 1', () => {
    expect(recordActivity(EMPTY_STREAK, utc('2026-06-01T08:00:00Z'), PARIS)).toEqual({ current: 1, longest: 1, lastActiveDate: '2026-06-01', freezes: 0, freezesUsed: 0, lastActiveAt: '2026-06-01T08:00:00.000Z' });
  });

  it('a second activity the same local day changes nothing', () => {
    const state = replay([['2026-06-01T06:00:00Z', PARIS], ['2026-06-01T21:30:00Z', PARIS]]); // 08:00 and 23:30 in Paris
    expect(counts(state)).toEqual({ current: 1, longest: 1, freezes: 0, freezesUsed: 0, lastActiveDate: '2026-06-01' });
  });

  it('the next local day adds one, even a few minutes after the last activity', () => {
    const state = replay([['2026-06-01T21:55:00Z', PARIS], ['2026-06-01T22:05:00Z', PARIS]]); // 23:55, then 00:05 the next day
    expect(counts(state)).toMatchObject({ current: 2, lastActiveDate: '2026-06-02' });
  });

  it('a missed day without a freeze starts again at 1, and the longest streak is kept', () => {
    const state = replay([['2026-06-01T08:00:00Z', PARIS], ['2026-06-02T08:00:00Z', PARIS], ['2026-06-03T08:00:00Z', PARIS], ['2026-06-05T08:00:00Z', PARIS]]);
    expect(counts(state)).toEqual({ current: 1, longest: 3, freezes: 0, freezesUsed: 0, lastActiveDate: '2026-06-05' });
  });

  it('a week of practice earns a freeze; a fortnight two; never more than two are banked', () => {
    const days = (n: number) => Array.from({ length: n }, (_, i) => ({ at: new Date(Date.parse('2026-06-01T08:00:00Z') + i * DAY), timeZone: PARIS }));
    expect(counts(streakFromActivities(days(6)))).toMatchObject({ current: 6, freezes: 0 });
    expect(counts(streakFromActivities(days(7)))).toMatchObject({ current: 7, freezes: 1 });
    expect(counts(streakFromActivities(days(14)))).toMatchObject({ current: 14, freezes: 2 });
    expect(counts(streakFromActivities(days(21)))).toMatchObject({ current: 21, freezes: 2 });
  });

  it('exactly one missed day with a freeze banked: the freeze is spent and the streak goes on', () => {
    const state: StreakState = { current: 9, longest: 9, lastActiveDate: '2026-06-10', freezes: 1, freezesUsed: 0 };
    const next = recordActivity(state, utc('2026-06-12T08:00:00Z'), PARIS);
    expect(counts(next)).toEqual({ current: 10, longest: 10, freezes: 0, freezesUsed: 1, lastActiveDate: '2026-06-12' });
  });

  it('two missed days start again even with two freezes banked: a freeze bridges one day, and the freezes are kept', () => {
    const state: StreakState = { current: 15, longest: 15, lastActiveDate: '2026-06-10', freezes: 2, freezesUsed: 0 };
    expect(counts(recordActivity(state, utc('2026-06-13T08:00:00Z'), PARIS))).toEqual({ current: 1, longest: 15, freezes: 2, freezesUsed: 0, lastActiveDate: '2026-06-13' });
  });

  it('a day bridged by a freeze can itself complete a week and earn the freeze back', () => {
    const state: StreakState = { current: 6, longest: 6, lastActiveDate: '2026-06-10', freezes: 1, freezesUsed: 0 };
    expect(counts(recordActivity(state, utc('2026-06-12T08:00:00Z'), PARIS))).toEqual({ current: 7, longest: 7, freezes: 1, freezesUsed: 1, lastActiveDate: '2026-06-12' });
  });

  it('an activity dated before the last active day (a late event) changes no count', () => {
    const state = replay([['2026-06-01T08:00:00Z', PARIS], ['2026-06-02T08:00:00Z', PARIS], ['2026-05-31T08:00:00Z', PARIS]]);
    expect(counts(state)).toMatchObject({ current: 2, lastActiveDate: '2026-06-02' });
  });

  it('honours other rules, and refuses rules that make no sense', () => {
    const rules = { freezeEvery: 3, maxFreezes: 1 };
    const state = [0, 1, 2, 3, 4, 5].reduce((s, i) => recordActivity(s, new Date(Date.parse('2026-06-01T08:00:00Z') + i * DAY), PARIS, rules), EMPTY_STREAK);
    expect(counts(state)).toMatchObject({ current: 6, freezes: 1 });
    expect(() => recordActivity(EMPTY_STREAK, utc('2026-06-01T08:00:00Z'), PARIS, { freezeEvery: 0, maxFreezes: 2 })).toThrow(RangeError);
    expect(() => recordActivity(EMPTY_STREAK, utc('2026-06-01T08:00:00Z'), PARIS, { freezeEvery: 7, maxFreezes: -1 })).toThrow(RangeError);
  });
});

describe('streaks across daylight saving time (Europe/Paris)', () => {
  it('29 March 2026 is a 23-hour day and counts as one day', () => {
    const state = replay([
      ['2026-03-28T22:30:00Z', PARIS], // Sat 28 23:30 CET
      ['2026-03-28T23:30:00Z', PARIS], // Sun 29 00:30 CET
      ['2026-03-29T21:30:00Z', PARIS], // Sun 29 23:30 CEST: 22 hours later, the same day
      ['2026-03-29T22:30:00Z', PARIS], // Mon 30 00:30 CEST
    ]);
    expect(counts(state)).toMatchObject({ current: 3, lastActiveDate: '2026-03-30' });
  });

  it('missing the 23-hour day is a missed day, although less than 24 hours pass', () => {
    const state = replay([
      ['2026-03-28T22:50:00Z', PARIS], // Sat 28 23:50 CET
      ['2026-03-29T22:10:00Z', PARIS], // Mon 30 00:10 CEST: 23h20 later, Sunday had no activity
    ]);
    expect(counts(state)).toMatchObject({ current: 1, longest: 1, lastActiveDate: '2026-03-30' });
  });

  it('25 October 2026 is a 25-hour day: activity 24 hours apart within it counts once', () => {
    const state = replay([
      ['2026-10-24T20:00:00Z', PARIS], // Sat 24 22:00 CEST
      ['2026-10-24T22:30:00Z', PARIS], // Sun 25 00:30 CEST
      ['2026-10-25T00:30:00Z', PARIS], // Sun 25 02:30 CEST
      ['2026-10-25T01:30:00Z', PARIS], // Sun 25 02:30 CET, the hour repeated
      ['2026-10-25T22:30:00Z', PARIS], // Sun 25 23:30 CET, 24 hours after 00:30
    ]);
    expect(counts(state)).toMatchObject({ current: 2, lastActiveDate: '2026-10-25' });
    expect(counts(recordActivity(state, utc('2026-10-25T23:05:00Z'), PARIS))).toMatchObject({ current: 3, lastActiveDate: '2026-10-26' }); // Mon 26 00:05 CET
  });

  it('missing the 25-hour day is a missed day', () => {
    const state = replay([
      ['2026-10-24T21:55:00Z', PARIS], // Sat 24 23:55 CEST
      ['2026-10-25T23:05:00Z', PARIS], // Mon 26 00:05 CET
    ]);
    expect(counts(state)).toMatchObject({ current: 1, lastActiveDate: '2026-10-26' });
  });

  it('every evening at the same wall-clock time across both changes keeps the streak', () => {
    const march = ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31'].map((date) => ({ at: instantIn(PARIS, `${date}T20:00`), timeZone: PARIS }));
    const october = ['2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26'].map((date) => ({ at: instantIn(PARIS, `${date}T07:30`), timeZone: PARIS }));
    expect(streakFromActivities(march).current).toBe(5);
    expect(streakFromActivities(october).current).toBe(4);
  });
});

describe('streaks while travelling', () => {
  it('Paris → Tokyo (east): the evening in Paris and the next day in Tokyo are two consecutive days', () => {
    const state = replay([
      ['2026-06-01T17:00:00Z', PARIS], // Mon 19:00 in Paris, before the evening flight
      ['2026-06-02T11:00:00Z', TOKYO], // Tue 20:00 in Tokyo, after landing
      ['2026-06-02T23:00:00Z', TOKYO], // Wed 08:00 in Tokyo
    ]);
    expect(counts(state)).toEqual({ current: 3, longest: 3, freezes: 0, freezesUsed: 0, lastActiveDate: '2026-06-03' });
  });

  it('Paris → Tokyo: a late night in Paris followed by a morning in Tokyo counts Tokyo\'s date once', () => {
    const state = replay([
      ['2026-06-01T21:30:00Z', PARIS], // Mon 23:30 in Paris (already Tue 06:30 in Tokyo)
      ['2026-06-02T01:00:00Z', TOKYO], // Tue 10:00 in Tokyo
      ['2026-06-02T12:00:00Z', TOKYO], // Tue 21:00 in Tokyo: the same Tuesday
    ]);
    expect(counts(state)).toMatchObject({ current: 2, lastActiveDate: '2026-06-02' });
  });

  it('New York → Paris (east, overnight): Monday in New York and Tuesday in Paris are consecutive', () => {
    const state = replay([
      ['2026-06-01T22:00:00Z', NEW_YORK], // Mon 18:00 in New York
      ['2026-06-02T07:00:00Z', PARIS], // Tue 09:00 in Paris
      ['2026-06-03T07:00:00Z', PARIS], // Wed 09:00 in Paris
    ]);
    expect(counts(state)).toMatchObject({ current: 3, freezesUsed: 0, lastActiveDate: '2026-06-03' });
  });

  it('Paris → New York (west): the morning in Paris and the afternoon in New York are the same Tuesday, counted once', () => {
    const state = replay([
      ['2026-06-01T06:00:00Z', PARIS], // Mon 08:00 in Paris
      ['2026-06-02T06:00:00Z', PARIS], // Tue 08:00 in Paris
      ['2026-06-02T18:00:00Z', NEW_YORK], // Tue 14:00 in New York
      ['2026-06-03T13:00:00Z', NEW_YORK], // Wed 09:00 in New York
    ]);
    expect(counts(state)).toMatchObject({ current: 3, lastActiveDate: '2026-06-03' });
  });

  it('Tokyo → Paris (west): going back to a date already counted neither counts it again nor breaks the streak', () => {
    const state = replay([
      ['2026-06-01T12:00:00Z', TOKYO], // Mon 21:00 in Tokyo
      ['2026-06-01T15:30:00Z', TOKYO], // Tue 00:30 in Tokyo
      ['2026-06-01T20:00:00Z', PARIS], // Mon 22:00 in Paris, after landing: Monday again
      ['2026-06-02T07:00:00Z', PARIS], // Tue 09:00 in Paris: Tuesday again
    ]);
    expect(counts(state)).toMatchObject({ current: 2, lastActiveDate: '2026-06-02' });
    expect(counts(recordActivity(state, utc('2026-06-03T07:00:00Z'), PARIS))).toMatchObject({ current: 3, lastActiveDate: '2026-06-03' });
  });

  it('Los Angeles → Sydney across the date line: Tuesday spent in the air is not a missed day', () => {
    const activities: Array<[string, string]> = [
      ['2026-06-01T04:00:00Z', LOS_ANGELES], // Sun 31 May 21:00 in Los Angeles
      ['2026-06-02T04:00:00Z', LOS_ANGELES], // Mon 21:00 in Los Angeles, before the 22:30 flight
      ['2026-06-02T22:00:00Z', SYDNEY], // Wed 08:00 in Sydney: Tuesday went by over the Pacific
    ];
    const state = replay(activities);
    expect(counts(state)).toEqual({ current: 3, longest: 3, freezes: 0, freezesUsed: 0, lastActiveDate: '2026-06-03' });
    // Seen from Sydney, Monday evening in Los Angeles was Tuesday: no date was missed where the advisor stands.
    // Without the instant of the last activity, only the dates are compared, and a freeze would be needed.
    const { lastActiveAt: _dropped, ...withoutInstant } = replay(activities.slice(0, 2));
    expect(counts(recordActivity({ ...withoutInstant, freezes: 1 }, utc('2026-06-02T22:00:00Z'), SYDNEY))).toMatchObject({ current: 3, freezesUsed: 1 });
  });

  it('Sydney → Los Angeles across the date line: living Wednesday twice counts it once', () => {
    const state = replay([
      ['2026-06-03T10:00:00Z', SYDNEY], // Wed 20:00 in Sydney
      ['2026-06-03T13:00:00Z', LOS_ANGELES], // Wed 06:00 in Los Angeles, after landing
      ['2026-06-04T01:00:00Z', LOS_ANGELES], // Wed 18:00 in Los Angeles
      ['2026-06-04T16:00:00Z', LOS_ANGELES], // Thu 09:00 in Los Angeles
    ]);
    expect(counts(state)).toMatchObject({ current: 2, lastActiveDate: '2026-06-04' });
  });

  it('a day is missed only if it is missed in both calendars: the zone left and the zone the advisor is in now', () => {
    // Monday 19:00 in Paris was already Tuesday 02:00 in Tokyo: seen from Tokyo, the advisor was active on Tuesday.
    const generous = replay([
      ['2026-06-01T17:00:00Z', PARIS], // Mon 19:00 in Paris
      ['2026-06-03T11:00:00Z', TOKYO], // Wed 20:00 in Tokyo
    ]);
    expect(counts(generous)).toMatchObject({ current: 2, freezesUsed: 0 });
    // Monday 08:00 in Paris was Monday 15:00 in Tokyo: Tuesday was missed in both calendars.
    const missed = replay([
      ['2026-06-01T06:00:00Z', PARIS], // Mon 08:00 in Paris
      ['2026-06-03T11:00:00Z', TOKYO], // Wed 20:00 in Tokyo
    ]);
    expect(counts(missed)).toMatchObject({ current: 1, longest: 1 });
  });
});

describe('streak status for display', () => {
  const active: StreakState = { current: 5, longest: 8, lastActiveDate: '2026-06-10', freezes: 0, freezesUsed: 0 };

  it('active today: the streak, nothing at risk', () => {
    expect(streakStatus(active, utc('2026-06-10T20:00:00Z'), PARIS)).toEqual({ current: 5, atRisk: false, freezeNeeded: false });
  });

  it('active yesterday: the streak holds and today is at risk', () => {
    expect(streakStatus(active, utc('2026-06-11T07:00:00Z'), PARIS)).toEqual({ current: 5, atRisk: true, freezeNeeded: false });
  });

  it('yesterday missed with a freeze banked: the freeze would save it', () => {
    expect(streakStatus({ ...active, freezes: 1 }, utc('2026-06-12T07:00:00Z'), PARIS)).toEqual({ current: 5, atRisk: true, freezeNeeded: true });
  });

  it('yesterday missed without a freeze, or two days missed: broken, shown as 0, nothing at risk', () => {
    expect(streakStatus(active, utc('2026-06-12T07:00:00Z'), PARIS)).toEqual({ current: 0, atRisk: false, freezeNeeded: false });
    expect(streakStatus({ ...active, freezes: 2 }, utc('2026-06-13T07:00:00Z'), PARIS)).toEqual({ current: 0, atRisk: false, freezeNeeded: false });
  });

  it('no activity yet: 0, nothing at risk', () => {
    expect(streakStatus(EMPTY_STREAK, utc('2026-06-12T07:00:00Z'), PARIS)).toEqual({ current: 0, atRisk: false, freezeNeeded: false });
  });

  it('is read in the zone the advisor is in now', () => {
    // 23:30 UTC on the 10th is the 11th in Paris (at risk) but still the 10th in New York (done for today).
    expect(streakStatus(active, utc('2026-06-10T23:30:00Z'), PARIS).atRisk).toBe(true);
    expect(streakStatus(active, utc('2026-06-10T23:30:00Z'), NEW_YORK).atRisk).toBe(false);
  });
});

describe('streak properties', () => {
  const ZONES = [PARIS, 'Europe/London', NEW_YORK, LOS_ANGELES, TOKYO, SYDNEY, 'Asia/Dubai', 'Asia/Shanghai', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'];
  const START = Date.parse('2026-01-01T00:00:00Z');
  const zone = fc.constantFrom(...ZONES);
  const activity = fc.record({ at: fc.integer({ min: 0, max: 400 * DAY }).map((ms) => new Date(START + ms)), timeZone: zone });
  // Few distinct instants, so that simultaneous activities in different zones are tried too.
  const activities = fc.array(fc.oneof(activity, fc.record({ at: fc.integer({ min: 0, max: 3 }).map((i) => new Date(START + i * 7 * 60 * 60 * 1000)), timeZone: zone })), { maxLength: 40 });
  const dayOffsets = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 25 });

  it('the current streak never exceeds the longest, and freezes stay within what may be banked', () => {
    fc.assert(
      fc.property(activities, (list) => {
        let state = EMPTY_STREAK;
        for (const { at, timeZone } of [...list].sort((a, b) => a.at.getTime() - b.at.getTime())) {
          state = recordActivity(state, at, timeZone);
          expect(state.current).toBeLessThanOrEqual(state.longest);
          expect(state.current).toBeGreaterThanOrEqual(1);
          expect(state.freezes).toBeGreaterThanOrEqual(0);
          expect(state.freezes).toBeLessThanOrEqual(DEFAULT_STREAK_RULES.maxFreezes);
        }
      }),
    );
  });

  it('the same activities in any order build the same streak', () => {
    const listAndShuffle = activities.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));
    fc.assert(fc.property(listAndShuffle, ([list, shuffled]) => expect(streakFromActivities(shuffled)).toEqual(streakFromActivities(list))));
  });

  it('in one zone, only the set of local days matters: any hours, any number of activities a day, give the same streak', () => {
    fc.assert(
      fc.property(zone, dayOffsets, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 23 * 60 + 59 })), { maxLength: 30 }), (timeZone, days, extras) => {
        const dateOf = (offset: number) => new Date(START + offset * DAY).toISOString().slice(0, 10);
        const at = (offset: number, minutes: number) => instantIn(timeZone, `${dateOf(offset)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
        const once = days.map((offset) => ({ at: at(offset, 12 * 60), timeZone }));
        const many = [...once, ...extras.map(([pick, minutes]) => ({ at: at(days[pick % days.length], minutes), timeZone }))].filter((entry) => days.map(dateOf).includes(localDate(entry.at, timeZone)));
        expect(counts(streakFromActivities(many))).toEqual(counts(streakFromActivities(once)));
      }),
    );
  });

  it('within consecutive local days the streak grows by exactly one a day, in any zone and at any hour', () => {
    fc.assert(
      fc.property(zone, fc.integer({ min: 0, max: 330 }), fc.array(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 20 }), (timeZone, firstDay, hours) => {
        let state = EMPTY_STREAK;
        hours.forEach((hour, i) => {
          const date = new Date(START + (firstDay + i) * DAY).toISOString().slice(0, 10);
          state = recordActivity(state, instantIn(timeZone, `${date}T${String(hour).padStart(2, '0')}:30`), timeZone);
          expect(state.current).toBe(i + 1);
        });
      }),
    );
  });

  it('never counts more days than there are distinct local dates', () => {
    fc.assert(
      fc.property(activities, (list) => {
        const distinct = new Set(list.map(({ at, timeZone }) => localDate(at, timeZone))).size;
        expect(streakFromActivities(list).longest).toBeLessThanOrEqual(distinct);
      }),
    );
  });

  it('a traveller never active more than 23 hours apart, flying anywhere between these zones, never loses the streak', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * DAY }), fc.array(fc.tuple(fc.integer({ min: 60 * 60 * 1000, max: 23 * 60 * 60 * 1000 }), zone), { minLength: 1, maxLength: 30 }), (start, steps) => {
        let at = START + start;
        let state = EMPTY_STREAK;
        for (const [wait, timeZone] of steps) {
          at += wait;
          const before = state.current;
          state = recordActivity(state, new Date(at), timeZone);
          expect(state.current).toBeGreaterThanOrEqual(Math.max(1, before));
          expect(state.current - before).toBeLessThanOrEqual(1);
          expect(state.freezesUsed).toBe(0);
        }
      }),
    );
  });

  it('the status agrees with what recording an activity now would do', () => {
    fc.assert(
      fc.property(activities, activity, (list, now) => {
        const sorted = [...list].sort((a, b) => a.at.getTime() - b.at.getTime());
        fc.pre(!sorted.length || sorted[sorted.length - 1].at.getTime() <= now.at.getTime());
        const state = streakFromActivities(sorted);
        const status = streakStatus(state, now.at, now.timeZone);
        const next = recordActivity(state, now.at, now.timeZone);
        if (status.atRisk) expect(next.current).toBe(status.current + 1);
        else if (status.current === 0) expect(next.current).toBe(1);
        else expect(next.current).toBe(status.current);
        expect(next.freezesUsed - state.freezesUsed).toBe(status.freezeNeeded ? 1 : 0);
      }),
    );
  });
});
