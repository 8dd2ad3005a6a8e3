import { act, renderHook } from '@testing-library/react';
import { localDay, useHasPassed, useLocalDay } from './useLocalDay';

afterEach(() => jest.useRealTimers());

describe('useLocalDay', () => {
  it('turns to the next day at local midnight, and says so', () => {
    jest.useFakeTimers({ now: new Date(2026, 2, 10, 23, 58) });
    const onLook = jest.fn();
    const { result } = renderHook(() => useLocalDay(onLook));
    expect(result.current).toBe('2026-03-10');

    act(() => void jest.advanceTimersByTime(60_000));
    expect(result.current).toBe('2026-03-10');
    expect(onLook).not.toHaveBeenCalled();

    act(() => void jest.advanceTimersByTime(2 * 60_000));
    expect(result.current).toBe('2026-03-11');
    expect(onLook).toHaveBeenCalledTimes(1);

    // And again the night after.
    act(() => void jest.advanceTimersByTime(24 * 60 * 60_000));
    expect(result.current).toBe('2026-03-12');
    expect(onLook).toHaveBeenCalledTimes(2);
  });

  it('reads the day again when the app becomes visible again (a phone asleep overnight runs no timer)', () => {
    jest.useFakeTimers({ now: new Date(2026, 2, 10, 22, 0) });
    const onLook = jest.fn();
    const { result } = renderHook(() => useLocalDay(onLook));

    jest.setSystemTime(new Date(2026, 2, 11, 7, 30));
    act(() => void document.dispatchEvent(new Event('visibilitychange')));

    expect(result.current).toBe('2026-03-11');
    expect(onLook).toHaveBeenCalledTimes(1);
  });

  it('writes the local day with two-digit month and day', () => {
    expect(localDay(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
  });
});

describe('useHasPassed', () => {
  it('turns true once the instant comes, and is false without one', () => {
    jest.useFakeTimers({ now: new Date('2026-03-10T22:00:00.000Z') });
    const { result, rerender } = renderHook(({ instant }: { instant: string | null }) => useHasPassed(instant), { initialProps: { instant: '2026-03-10T23:00:00.000Z' as string | null } });
    expect(result.current).toBe(false);

    act(() => void jest.advanceTimersByTime(60 * 60_000 + 1_000));
    expect(result.current).toBe(true);

    rerender({ instant: '2026-03-11T23:00:00.000Z' });
    expect(result.current).toBe(false);
    rerender({ instant: null });
    expect(result.current).toBe(false);
  });

  it('is true at once for an instant already past', () => {
    jest.useFakeTimers({ now: new Date('2026-03-11T08:00:00.000Z') });
    const { result } = renderHook(() => useHasPassed('2026-03-10T23:00:00.000Z'));
    expect(result.current).toBe(true);
  });
});
