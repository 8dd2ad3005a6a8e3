/**
 * Instants dated by an advisor's device. Answers and lesson reads made offline arrive hours later, and a phone's
 * clock can be minutes or hours off (set by hand, a dead battery, a zone set wrongly). A device that says when it
 * sends (`sentAt`, on its own clock) lets the server read its instants on the server's clock: the time between the
 * answer and the send is measured by one clock, whatever its error, and the send happens now.
 */

/** How far ahead of the server a device's instant may be when it does not say when it sends. */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;

/** A gap between `sentAt` and the server's clock below this is the request's own travel, not a wrong clock. */
export const CLOCK_TOLERANCE_MS = 60 * 1000;

/**
 * How long what was done offline may wait on a device and still count from when it was done. Older, it is kept but
 * counts from that long ago: otherwise anyone holding an advisor's session could date answers weeks back, one a day,
 * and be paid streaks, badges and spaced-review XP for them.
 */
export const OFFLINE_WINDOW_MS = 7 * 86_400_000;

export interface DeviceInstant {
  /** When it happened, on the device's clock. */
  at: Date;
  /** When the device sent it, on the same clock; null from a device that does not say. */
  sentAt: Date | null;
}

/**
 * `at` on the server's clock, as it is recorded. With `sentAt`, `at` moved by the device's error when that error is
 * more than the tolerance, no later than `now` (past it, the device's clock changed between the two instants, and now
 * is the best reading) and no earlier than `notBefore` (when it could first have happened: its question's
 * publication). Without, `at` as given, trusted within the clock skew of `notBefore`. In either case no earlier than
 * the offline window allows.
 */
export function serverInstant({ at, sentAt }: DeviceInstant, now: Date, notBefore?: Date | null): Date {
  const windowStart = now.getTime() - OFFLINE_WINDOW_MS;
  if (!sentAt) return new Date(Math.max(at.getTime(), (notBefore?.getTime() ?? -Infinity) - CLOCK_SKEW_MS, windowStart));
  const earliest = Math.max(notBefore?.getTime() ?? -Infinity, windowStart);
  const error = now.getTime() - sentAt.getTime();
  const moved = Math.abs(error) > CLOCK_TOLERANCE_MS ? at.getTime() + error : at.getTime();
  return new Date(Math.max(Math.min(moved, now.getTime()), earliest));
}

/** An instant a device may give as its own: any past one (what was done offline arrives later), none further ahead than the clock skew. */
export function isDeviceInstant(instant: Date, now: Date): boolean {
  return Number.isFinite(instant.getTime()) && instant.getTime() <= now.getTime() + CLOCK_SKEW_MS;
}
