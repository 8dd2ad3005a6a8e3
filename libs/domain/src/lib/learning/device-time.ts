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

export interface DeviceInstant {
  /** When it happened, on the device's clock. */
  at: Date;
  /** When the device sent it, on the same clock; null from a device that does not say. */
  sentAt: Date | null;
}

/**
 * `at` on the server's clock. Without `sentAt`, `at` as given. With it, `at` moved by the device's error when that
 * error is more than the tolerance, and in any case no later than `now` nor earlier than `notBefore` (when it could
 * first have happened): past those bounds the device's clock changed between the two instants, and the nearest
 * bound is the best reading of when it happened.
 */
export function serverInstant({ at, sentAt }: DeviceInstant, now: Date, notBefore?: Date | null): Date {
  if (!sentAt) return at;
  const error = now.getTime() - sentAt.getTime();
  const moved = Math.abs(error) > CLOCK_TOLERANCE_MS ? at.getTime() + error : at.getTime();
  return new Date(Math.max(Math.min(moved, now.getTime()), notBefore?.getTime() ?? -Infinity));
}

/** An instant a device may give as its own: any past one (what was done offline arrives later), none further ahead than the clock skew. */
export function isDeviceInstant(instant: Date, now: Date): boolean {
  return Number.isFinite(instant.getTime()) && instant.getTime() <= now.getTime() + CLOCK_SKEW_MS;
}
