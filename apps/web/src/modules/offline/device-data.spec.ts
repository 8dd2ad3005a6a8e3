import 'fake-indexeddb/auto';
import type { AnswerQueue } from './answer-queue';
import { canSwitchAdvisor, clearDeviceData, forgetDevice } from './device-data';
import { aPendingAnswer, aPendingLessonRead, aTestQueue } from './pending-answer.fixtures';

const queues: AnswerQueue[] = [];
function newQueue() {
  const queue = aTestQueue();
  queues.push(queue);
  return queue;
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(async () => {
  await Promise.all(queues.splice(0).map((queue) => queue.close()));
});

describe('switching advisors on a shared device', () => {
  it('refuses while answers of the advisor are still waiting, and says how many', async () => {
    const queue = newQueue();
    await queue.enqueue(aPendingAnswer({ userId: 'lea' }));
    await queue.enqueue(aPendingAnswer({ userId: 'lea' }));
    await queue.enqueue(aPendingAnswer({ userId: 'hugo' }));

    expect(await canSwitchAdvisor('lea', queue)).toEqual({ ok: false, pending: 2 });
    expect(await canSwitchAdvisor('camille', queue)).toEqual({ ok: true, pending: 0 });
  });

  it('refuses while a lesson read offline is still waiting, as for an answer', async () => {
    const queue = newQueue();
    await queue.enqueue(aPendingLessonRead({ userId: 'lea' }));

    expect(await forgetDevice('lea', { queue })).toEqual({ ok: false, pending: 1 });
    expect(await queue.count('lea')).toBe(1);
  });

  it('forgets nothing of an advisor whose answers are still waiting', async () => {
    const queue = newQueue();
    await queue.enqueue(aPendingAnswer({ userId: 'lea' }));
    localStorage.setItem('savoir.lastModule', 'm1');
    sessionStorage.setItem('savoir.draft', 'x');

    expect(await forgetDevice('lea', { queue })).toEqual({ ok: false, pending: 1 });

    expect(await queue.count('lea')).toBe(1);
    expect(localStorage.getItem('savoir.lastModule')).toBe('m1');
    expect(sessionStorage.getItem('savoir.draft')).toBe('x');
  });

  it('forgets an advisor whose answers are all sent', async () => {
    const queue = newQueue();
    localStorage.setItem('savoir.lastModule', 'm1');
    sessionStorage.setItem('savoir.draft', 'x');

    expect(await forgetDevice('lea', { queue })).toEqual({ ok: true, pending: 0 });

    expect(localStorage.getItem('savoir.lastModule')).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });
});

describe("clearing one user's device data", () => {
  it("removes that user's records only, the session storage, and only the savoir. keys of local storage", async () => {
    const queue = newQueue();
    const hugo = aPendingAnswer({ userId: 'hugo' });
    await queue.enqueue(aPendingAnswer({ userId: 'lea' }));
    await queue.enqueue(hugo);
    localStorage.setItem('savoir.lastModule', 'm1');
    localStorage.setItem('savoir.reviewReminder', 'shown');
    localStorage.setItem('mantine-color-scheme-value', 'light');
    localStorage.setItem('savoirFaire', 'kept: not our prefix');
    localStorage.setItem('i18nextLng', 'fr');
    sessionStorage.setItem('savoir.draft', 'x');
    sessionStorage.setItem('other', 'y');

    await clearDeviceData('lea', { queue });

    expect(await queue.count('lea')).toBe(0);
    expect(await queue.pending('hugo')).toEqual([hugo]);
    expect(sessionStorage.length).toBe(0);
    const localKeys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).sort();
    expect(localKeys).toEqual(['i18nextLng', 'mantine-color-scheme-value', 'savoirFaire']);
  });
});
