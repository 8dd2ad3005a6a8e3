import { answerQueue, type AnswerQueue } from './answer-queue';

/** Keys of this app in `localStorage` start with this; anything else on the origin is left alone. */
export const LOCAL_STORAGE_PREFIX = 'savoir.';

export interface AdvisorSwitchCheck {
  ok: boolean;
  /** Answers and lesson reads of this user still waiting on the device. */
  pending: number;
}

export interface DeviceStores {
  queue?: AnswerQueue;
  local?: Storage;
  session?: Storage;
}

/**
 * Whether another advisor may take over this (shared boutique) device: not while this user's answers or lesson
 * reads are still waiting to be sent, so that switching never loses one.
 */
export async function canSwitchAdvisor(userId: string, queue: AnswerQueue = answerQueue): Promise<AdvisorSwitchCheck> {
  const pending = await queue.count(userId);
  return { ok: pending === 0, pending };
}

/**
 * Removes what this device keeps of one user: their IndexedDB records (pending items included, so call it after
 * `canSwitchAdvisor`, or through `forgetDevice`), the tab's `sessionStorage` and the `localStorage` keys of this app
 * (`savoir.`). Other users' records and other keys stay.
 *
 * The Apollo cache is not touched here: signing out empties it (`emptyCacheOnUserChange` in `app/apollo-client.ts`).
 */
export async function clearDeviceData(userId: string, stores: DeviceStores = {}): Promise<void> {
  const { queue = answerQueue, local = globalThis.localStorage, session = globalThis.sessionStorage } = stores;
  await queue.clearUser(userId);
  session?.clear();
  if (!local) return;
  const keys = Array.from({ length: local.length }, (_, index) => local.key(index)).filter(
    (key): key is string => key !== null && key.startsWith(LOCAL_STORAGE_PREFIX),
  );
  for (const key of keys) local.removeItem(key);
}

/**
 * Forgets one user on a shared device, but only once all their answers and lesson reads are sent: otherwise
 * nothing is removed and the count still waiting is returned, for the interface to say so.
 */
export async function forgetDevice(userId: string, stores: DeviceStores = {}): Promise<AdvisorSwitchCheck> {
  const check = await canSwitchAdvisor(userId, stores.queue);
  if (check.ok) await clearDeviceData(userId, stores);
  return check;
}
