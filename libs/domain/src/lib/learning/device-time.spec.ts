import fc from 'fast-check';
import { CLOCK_SKEW_MS, CLOCK_TOLERANCE_MS, isDeviceInstant, OFFLINE_WINDOW_MS, serverInstant } from './device-time';

const NOW = new Date('2026-11-24T15:00:00Z');
const HOUR = 3600 * 1000;
const MINUTE = 60 * 1000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe('serverInstant: a device instant read on the server clock', () => {
  it('takes the instant as given from a device that does not say when it sends', () => {
    expect(serverInstant({ at: ago(5 * HOUR), sentAt: null }, NOW)).toEqual(ago(5 * HOUR));
  });

  it('moves the instants of a phone set three hours ahead by its error: answered offline two hours ago', () => {
    const ahead = 3 * HOUR;
    const at = new Date(ago(2 * HOUR).getTime() + ahead);
    const sentAt = new Date(NOW.getTime() + ahead);
    expect(serverInstant({ at, sentAt }, NOW)).toEqual(ago(2 * HOUR));
  });

  it('moves the instants of a phone a day behind as well', () => {
    const at = new Date(ago(10 * MINUTE).getTime() - 24 * HOUR);
    expect(serverInstant({ at, sentAt: new Date(NOW.getTime() - 24 * HOUR) }, NOW)).toEqual(ago(10 * MINUTE));
  });

  it('leaves the instant alone when the clocks differ by no more than a request takes', () => {
    const at = ago(30 * MINUTE);
    expect(serverInstant({ at, sentAt: new Date(NOW.getTime() + CLOCK_TOLERANCE_MS) }, NOW)).toEqual(at);
    expect(serverInstant({ at, sentAt: ago(CLOCK_TOLERANCE_MS) }, NOW)).toEqual(at);
  });

  it('reads an instant after the send (the clock was put back between the two) as now', () => {
    expect(serverInstant({ at: new Date(NOW.getTime() + 2 * HOUR), sentAt: NOW }, NOW)).toEqual(NOW);
  });

  it('reads an instant before it could have happened (the clock was put forward between the two) as the first it could', () => {
    const published = ago(HOUR);
    expect(serverInstant({ at: ago(3 * HOUR), sentAt: NOW }, NOW, published)).toEqual(published);
  });

  it('counts what waited on a device longer than the offline window from the window’s start, with or without sentAt', () => {
    const threeWeeksAgo = ago(21 * 24 * HOUR);
    expect(serverInstant({ at: threeWeeksAgo, sentAt: null }, NOW)).toEqual(ago(OFFLINE_WINDOW_MS));
    expect(serverInstant({ at: threeWeeksAgo, sentAt: NOW }, NOW)).toEqual(ago(OFFLINE_WINDOW_MS));
    // Answers dated a day apart, weeks back, all count from one instant: no streak or spacing can be made up that way.
    const forged = [20, 19, 18, 17].map((days) => serverInstant({ at: ago(days * 24 * HOUR), sentAt: null }, NOW).getTime());
    expect(new Set(forged).size).toBe(1);
    // Within the window, offline work keeps its instant, and never precedes its question's publication by more than
    // a device's clock may be off.
    expect(serverInstant({ at: ago(3 * 24 * HOUR), sentAt: null }, NOW)).toEqual(ago(3 * 24 * HOUR));
    expect(serverInstant({ at: ago(3 * 24 * HOUR), sentAt: null }, NOW, ago(HOUR))).toEqual(ago(HOUR + CLOCK_SKEW_MS));
    expect(serverInstant({ at: ago(HOUR + 60_000), sentAt: null }, NOW, ago(HOUR))).toEqual(ago(HOUR + 60_000));
  });

  it('finds when it truly happened, to within the tolerance and the request’s travel, whatever the clock’s error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -7 * 24 * HOUR, max: 7 * 24 * HOUR }), // the device clock's error
        fc.integer({ min: 0, max: OFFLINE_WINDOW_MS - 60_000 }), // how long before the send it happened (within the offline window)
        fc.integer({ min: 0, max: 30 * 1000 }), // the request's travel
        (clockError, beforeSend, travel) => {
          const sentTruly = NOW.getTime() - travel;
          const truly = sentTruly - beforeSend;
          const read = serverInstant({ at: new Date(truly + clockError), sentAt: new Date(sentTruly + clockError) }, NOW, new Date(truly - HOUR));
          expect(Math.abs(read.getTime() - truly)).toBeLessThanOrEqual(CLOCK_TOLERANCE_MS + travel);
          expect(read.getTime()).toBeLessThanOrEqual(NOW.getTime());
        },
      ),
    );
  });
});

describe('isDeviceInstant', () => {
  it('accepts any past instant and up to the clock skew ahead, and refuses an invalid date', () => {
    expect(isDeviceInstant(ago(30 * 24 * HOUR), NOW)).toBe(true);
    expect(isDeviceInstant(new Date(NOW.getTime() + CLOCK_SKEW_MS), NOW)).toBe(true);
    expect(isDeviceInstant(new Date(NOW.getTime() + CLOCK_SKEW_MS + 1), NOW)).toBe(false);
    expect(isDeviceInstant(new Date(Number.NaN), NOW)).toBe(false);
  });
});
