import type { EntityManager } from 'typeorm';
import type { TenantDb } from '../../core/database/tenant-db';
import type { ChallengeGenerator, GeneratedChallenge } from './challenge-generator';
import { NEXT_CHALLENGE_BATCH_SIZE, NextChallenges } from './next-challenges';

/**
 * The batching rules alone: Postgres and the engine are replaced at their boundary by a transaction log and a
 * generator whose batches finish when the test says so (the real ones are exercised by the worker's integration test).
 */
function harness(options: { fails?: (userIds: readonly string[]) => boolean } = {}) {
  const transactions: Array<{ maisonId: string; userIds: string[]; finish: () => void }> = [];
  const open = { now: 0, most: 0 };
  const db = {
    run: (maisonId: string, work: (manager: EntityManager) => Promise<unknown>) => work({ maisonId } as unknown as EntityManager),
  } as unknown as TenantDb;
  const generator = {
    next: (manager: EntityManager & { maisonId: string }, userIds: readonly string[]) =>
      new Promise<GeneratedChallenge[]>((resolve, reject) => {
        open.most = Math.max(open.most, ++open.now);
        transactions.push({
          maisonId: manager.maisonId,
          userIds: [...userIds],
          finish: () => (open.now--, options.fails?.(userIds) ? reject(new Error('constraint violated')) : resolve(userIds.filter((id) => !id.startsWith('idle')).map((userId) => ({ id: `challenge-of-${userId}`, userId })))),
        });
      }),
  } as unknown as ChallengeGenerator;
  return { nextChallenges: new NextChallenges(db, generator), transactions, open };
}

/** Lets the batches waiting for the next turn of the event loop leave. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function finishAll(transactions: Array<{ finish: () => void }>, from = 0): Promise<void> {
  for (let i = from; i < transactions.length; i++) {
    transactions[i].finish();
    await nextTurn();
  }
}

describe('NextChallenges', () => {
  it('builds the jobs started in the same turn in one transaction per maison, each job getting its own challenge', async () => {
    const { nextChallenges, transactions } = harness();
    const results = Promise.all([nextChallenges.generate('maison-a', 'ana'), nextChallenges.generate('maison-b', 'bea'), nextChallenges.generate('maison-a', 'carl'), nextChallenges.generate('maison-a', 'idle-dan')]);
    await nextTurn();
    expect(transactions.map(({ maisonId, userIds }) => ({ maisonId, userIds }))).toEqual([
      { maisonId: 'maison-a', userIds: ['ana', 'carl', 'idle-dan'] },
      { maisonId: 'maison-b', userIds: ['bea'] },
    ]);
    await finishAll(transactions);
    // An advisor for whom nothing fits gets null, not someone else's challenge.
    expect(await results).toEqual(['challenge-of-ana', 'challenge-of-bea', 'challenge-of-carl', null]);
  });

  it('builds a lone job at once, and gathers the jobs that arrive while batches are being built into the next one', async () => {
    const { nextChallenges, transactions } = harness();
    const first = nextChallenges.generate('maison-a', 'ana');
    await nextTurn();
    expect(transactions.map((t) => t.userIds)).toEqual([['ana']]);

    const second = ['bea', 'carl'].map((userId) => nextChallenges.generate('maison-a', userId));
    await nextTurn();
    // Two batches of a maison may be in flight: the second leaves at once.
    expect(transactions.map((t) => t.userIds)).toEqual([['ana'], ['bea', 'carl']]);

    const third = ['dan', 'eve', 'fay'].map((userId) => nextChallenges.generate('maison-a', userId));
    await nextTurn();
    expect(transactions).toHaveLength(2);
    transactions[0].finish();
    await first;
    await nextTurn();
    expect(transactions.map((t) => t.userIds)).toEqual([['ana'], ['bea', 'carl'], ['dan', 'eve', 'fay']]);
    await finishAll(transactions, 1);
    expect(await Promise.all([...second, ...third])).toEqual(['bea', 'carl', 'dan', 'eve', 'fay'].map((userId) => `challenge-of-${userId}`));
  });

  it(`never puts more than ${NEXT_CHALLENGE_BATCH_SIZE} advisors in one transaction`, async () => {
    const { nextChallenges, transactions } = harness();
    const userIds = Array.from({ length: 2 * NEXT_CHALLENGE_BATCH_SIZE + 7 }, (_, i) => `advisor-${i}`);
    const results = Promise.all(userIds.map((userId) => nextChallenges.generate('maison-a', userId)));
    await nextTurn();
    await finishAll(transactions);
    expect(transactions.map((t) => t.userIds.length)).toEqual([NEXT_CHALLENGE_BATCH_SIZE, NEXT_CHALLENGE_BATCH_SIZE, 7]);
    expect(transactions.flatMap((t) => t.userIds)).toEqual(userIds);
    expect(await results).toEqual(userIds.map((userId) => `challenge-of-${userId}`));
  });

  it("fails only the job of the advisor whose challenge cannot be built: the others' are built again in halves", async () => {
    const { nextChallenges, transactions } = harness({ fails: (userIds) => userIds.includes('broken') });
    const results = ['ana', 'broken', 'carl', 'dan'].map((userId) => nextChallenges.generate('maison-a', userId).then((id) => ({ id }), (error: Error) => ({ error: error.message })));
    await nextTurn();
    await finishAll(transactions);
    expect(transactions.map((t) => t.userIds)).toEqual([['ana', 'broken', 'carl', 'dan'], ['ana', 'broken'], ['ana'], ['broken'], ['carl', 'dan']]);
    expect(await Promise.all(results)).toEqual([{ id: 'challenge-of-ana' }, { error: 'constraint violated' }, { id: 'challenge-of-carl' }, { id: 'challenge-of-dan' }]);
  });

  it('builds the retries of a failed batch one transaction at a time, within the batches in flight', async () => {
    const { nextChallenges, transactions, open } = harness({ fails: (userIds) => userIds.includes('advisor-7') });
    const userIds = Array.from({ length: 2 * NEXT_CHALLENGE_BATCH_SIZE }, (_, i) => `advisor-${i}`);
    const results = Promise.all(userIds.map((userId) => nextChallenges.generate('maison-a', userId).catch(() => 'failed')));
    await nextTurn();
    await finishAll(transactions);
    // Two batches, then a descent of halves to the failing advisor: about two transactions per level, not one per advisor.
    expect(open.most).toBe(2);
    expect(transactions.length).toBeLessThanOrEqual(2 + 2 * Math.ceil(Math.log2(NEXT_CHALLENGE_BATCH_SIZE)));
    expect(await results).toEqual(userIds.map((userId) => (userId === 'advisor-7' ? 'failed' : `challenge-of-${userId}`)));
  });
});
