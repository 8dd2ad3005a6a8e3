import { guessChance, INITIAL_REVIEW_PACE, priorItem, type ItemEstimate, type ReviewCard, type ReviewPace, type SkillEstimate } from '@savoir/domain';
import type { EntityManager } from 'typeorm';
import type { SkillCategory } from '@savoir/domain';
import type { QuestionVersionEntity } from '../studio/entities/question.entity';
import { ItemCalibrationEntity, ReviewCardEntity, ReviewPaceEntity, SkillMasteryEntity } from './entities/learner-model.entity';

/**
 * Reads and writes the adaptive engine's state in the caller's (tenant) transaction, as the plain shapes libs/domain
 * works on. The one place rows and domain estimates are mapped.
 */

export interface SkillGraph {
  /** Skill code → codes of its direct prerequisites. */
  prerequisites: Map<string, string[]>;
  category: Map<string, SkillCategory>;
}

export async function loadSkillGraph(manager: EntityManager): Promise<SkillGraph> {
  const rows: Array<{ code: string; category: SkillCategory; prerequisites: string[] }> = await manager.query(
    `SELECT s.code, s.category, COALESCE(array_agg(p.code ORDER BY p.code) FILTER (WHERE p.code IS NOT NULL), '{}') AS prerequisites
     FROM skill s LEFT JOIN skill_prerequisite sp ON sp.skill_id = s.id LEFT JOIN skill p ON p.id = sp.prerequisite_id
     GROUP BY s.id, s.code, s.category`,
  );
  return { prerequisites: new Map(rows.map((row) => [row.code, row.prerequisites])), category: new Map(rows.map((row) => [row.code, row.category])) };
}

export const toSkillEstimate = (row: Pick<SkillMasteryEntity, 'mean' | 'variance' | 'evidence' | 'estimatedAt'>): SkillEstimate => ({ mean: row.mean, variance: row.variance, evidence: row.evidence, updatedAt: row.estimatedAt?.toISOString() ?? null });

/** The advisor's estimates, for the given skills or all of them. */
export async function loadEstimates(manager: EntityManager, userId: string, skillCodes?: readonly string[]): Promise<Map<string, SkillEstimate>> {
  return (await loadEstimatesOf(manager, [userId], skillCodes)).get(userId) ?? new Map();
}

export async function saveEstimates(manager: EntityManager, maisonId: string, userId: string, estimates: ReadonlyMap<string, SkillEstimate>): Promise<void> {
  if (!estimates.size) return;
  await manager.upsert(
    SkillMasteryEntity,
    [...estimates].map(([skillCode, estimate]) => ({ userId, skillCode, maisonId, mean: estimate.mean, variance: estimate.variance, evidence: estimate.evidence, estimatedAt: estimate.updatedAt ? new Date(estimate.updatedAt) : null })),
    ['userId', 'skillCode'],
  );
}

export const toItemEstimate = (row: ItemCalibrationEntity): ItemEstimate => ({ difficulty: row.difficulty, variance: row.variance, guess: row.guess, responses: row.responses });

/** The item's row, locked for this transaction (created from the author's difficulty on its first answer). */
export async function lockItem(manager: EntityManager, maisonId: string, question: Pick<QuestionVersionEntity, 'questionId' | 'difficulty' | 'key'>): Promise<ItemEstimate> {
  const prior = priorItem(question.difficulty, guessChance(question.key));
  await manager.createQueryBuilder().insert().into(ItemCalibrationEntity).values({ questionId: question.questionId, maisonId, ...prior, calibratedAt: null }).orIgnore().execute();
  const row = await manager.findOneOrFail(ItemCalibrationEntity, { where: { questionId: question.questionId }, lock: { mode: 'pessimistic_write' } });
  return toItemEstimate(row);
}

/**
 * Several advisors' estimates (user id → skill code → estimate), for the given skills or all, in one read of the
 * columns the engine uses; the instant comes as the ISO 8601 text the domain keeps (no Date to parse per row).
 */
export async function loadEstimatesOf(manager: EntityManager, userIds: readonly string[], skillCodes?: readonly string[]): Promise<Map<string, Map<string, SkillEstimate>>> {
  const rows: Array<Pick<SkillMasteryEntity, 'userId' | 'skillCode'> & SkillEstimate> = await manager.query(
    `SELECT user_id AS "userId", skill_code AS "skillCode", mean, variance, evidence,
            to_char(estimated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
     FROM skill_mastery WHERE user_id = ANY($1::uuid[]) AND ($2::text[] IS NULL OR skill_code = ANY($2::text[]))`,
    [userIds, skillCodes ?? null],
  );
  return groupByUser(rows, ({ skillCode, mean, variance, evidence, updatedAt }) => [skillCode, { mean, variance, evidence, updatedAt }]);
}

/** Several advisors' review cards (user id → skill code → card), in one read. */
export async function loadReviewCardsOf(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, Map<string, ReviewCard>>> {
  const rows: Array<Pick<ReviewCardEntity, 'userId' | 'skillCode' | 'card'>> = await manager.query(`SELECT user_id AS "userId", skill_code AS "skillCode", card FROM review_card WHERE user_id = ANY($1::uuid[])`, [userIds]);
  return groupByUser(rows, (row) => [row.skillCode, row.card]);
}

/** The advisor's review pace (the initial one until their first review). */
export async function loadPace(manager: EntityManager, userId: string): Promise<ReviewPace> {
  const row = await manager.findOneBy(ReviewPaceEntity, { userId });
  return row ? { scale: row.scale, reviews: row.reviews } : INITIAL_REVIEW_PACE;
}

export async function savePace(manager: EntityManager, maisonId: string, userId: string, pace: ReviewPace): Promise<void> {
  await manager.upsert(ReviewPaceEntity, { userId, maisonId, scale: pace.scale, reviews: pace.reviews }, ['userId']);
}

/** Rows of several advisors, keyed by advisor, then by the key `entry` gives each row. */
export function groupByUser<Row extends { userId: string }, Value>(rows: readonly Row[], entry: (row: Row) => [string, Value]): Map<string, Map<string, Value>> {
  const grouped = new Map<string, Map<string, Value>>();
  for (const row of rows) {
    const own = grouped.get(row.userId) ?? new Map<string, Value>();
    own.set(...entry(row));
    grouped.set(row.userId, own);
  }
  return grouped;
}
