import { Injectable } from '@nestjs/common';
import { composeChallenge, endOfLocalDay, localDate, type ChallengeItem } from '@savoir/domain';
import type { EntityManager } from 'typeorm';
import { lockLearners } from '../learning/learner-lock';
import type { ChallengeEntity, ChallengeKind } from './entities/challenge.entity';
import { loadLearnerContexts, type LearnerContext } from './learner-context';

/** A GAP challenge stays on offer this long unless answers bring a newer one. */
const NEXT_CHALLENGE_LIFETIME_MS = 3 * 86_400_000;

interface BuiltChallenge {
  challenge: Pick<ChallengeEntity, 'maisonId' | 'userId' | 'kind' | 'localDate' | 'generatedAt' | 'expiresAt'>;
  items: ChallengeItem[];
}

/** A challenge just written: its id and its advisor. */
export type GeneratedChallenge = Pick<ChallengeEntity, 'id' | 'userId'>;

/**
 * Builds challenges (libs/domain `composeChallenge`) for one advisor or many in the caller's transaction, under the
 * advisors' locks so the estimates it reads are those of every answer committed before it. Whatever the number of
 * advisors, it reads and writes in a fixed number of statements, so a batch costs Postgres little more than one
 * advisor does.
 */
@Injectable()
export class ChallengeGenerator {
  /** Each advisor's next challenge: it supersedes their GAP challenge on offer. Rebuilding it again is harmless. */
  async next(manager: EntityManager, userIds: readonly string[], now: Date): Promise<GeneratedChallenge[]> {
    await lockLearners(manager, userIds);
    const built = build([...(await loadLearnerContexts(manager, userIds, now)).values()], 'GAP', now);
    if (!built.length) return [];
    await manager.query(`UPDATE challenge SET superseded_at = $2 WHERE user_id = ANY($1::uuid[]) AND kind = 'GAP' AND superseded_at IS NULL`, [built.map(({ challenge }) => challenge.userId), now]);
    return save(manager, built);
  }

  /** The DAILY challenge of each advisor's local date, for those who have none yet (the others are left out). */
  async daily(manager: EntityManager, userIds: readonly string[], now: Date): Promise<GeneratedChallenge[]> {
    await lockLearners(manager, userIds);
    const contexts = [...(await loadLearnerContexts(manager, userIds, now)).values()];
    const served: Array<{ user_id: string; local_date: string }> = await manager.query(
      `SELECT user_id, local_date::text FROM challenge WHERE kind = 'DAILY' AND user_id = ANY($1::uuid[]) AND local_date = ANY($2::date[])`,
      [contexts.map((context) => context.user.id), [...new Set(contexts.map((context) => localDate(now, context.user.timezone)))]],
    );
    const has = new Set(served.map((row) => `${row.user_id} ${row.local_date}`));
    return save(manager, build(contexts.filter((context) => !has.has(`${context.user.id} ${localDate(now, context.user.timezone)}`)), 'DAILY', now));
  }
}

/** Advisors for whom nothing fits (no program, nothing published) get no challenge. */
function build(contexts: readonly LearnerContext[], kind: ChallengeKind, now: Date): BuiltChallenge[] {
  return contexts.flatMap(({ user, candidates, estimates, modelGaps, dueSkills, recentlySeen }) => {
    const items = composeChallenge({ candidates, estimates, gaps: modelGaps, dueSkills, recentlySeen, at: now });
    if (!items.length) return [];
    const expiresAt = kind === 'DAILY' ? endOfLocalDay(now, user.timezone) : new Date(now.getTime() + NEXT_CHALLENGE_LIFETIME_MS);
    return [{ challenge: { maisonId: user.maisonId, userId: user.id, kind, localDate: localDate(now, user.timezone), generatedAt: now, expiresAt }, items }];
  });
}

/**
 * Every challenge in one INSERT and every item in another, each row a position in the parameter arrays (unnest):
 * a handful of parameters and one short statement to parse, however many rows.
 */
async function save(manager: EntityManager, built: readonly BuiltChallenge[]): Promise<GeneratedChallenge[]> {
  if (!built.length) return [];
  const challenges = built.map(({ challenge }) => challenge);
  const saved: GeneratedChallenge[] = await manager.query(
    `INSERT INTO challenge (maison_id, user_id, kind, local_date, generated_at, expires_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::timestamptz[], $6::timestamptz[])
     RETURNING id, user_id AS "userId"`,
    [challenges.map((c) => c.maisonId), challenges.map((c) => c.userId), challenges.map((c) => c.kind), challenges.map((c) => c.localDate), challenges.map((c) => c.generatedAt), challenges.map((c) => c.expiresAt)],
  );
  // One challenge per advisor in a batch: the advisor finds the challenge's id.
  const idOf = new Map(saved.map((challenge) => [challenge.userId, challenge.id]));
  const rows = built.flatMap(({ challenge, items }) => items.map((item, position) => ({ ...item, position, maisonId: challenge.maisonId, challengeId: idOf.get(challenge.userId) })));
  await manager.query(
    `INSERT INTO challenge_item (maison_id, challenge_id, position, question_id, skill_code, reason, predicted_success)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int2[], $4::uuid[], $5::text[], $6::text[], $7::float8[])`,
    [rows.map((row) => row.maisonId), rows.map((row) => row.challengeId), rows.map((row) => row.position), rows.map((row) => row.itemId), rows.map((row) => row.skill), rows.map((row) => row.reason), rows.map((row) => row.predictedSuccess)],
  );
  return saved;
}
