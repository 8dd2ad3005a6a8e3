import { emptyMixture, guessChance, INITIAL_REVIEW_PACE, masteryProbability, prerequisiteOrder, priorItem, priorSkill, type ItemEstimate, type JudgementGraph, type MixtureState, type ReviewCard, type ReviewPace, type SkillCategory, type SkillEstimate } from '@savoir/domain';
import type { EntityManager } from 'typeorm';
import type { QuestionVersionEntity } from '../studio/entities/question.entity';
import { ItemCalibrationEntity, LearnerJudgementEntity, ReviewCardEntity, ReviewPaceEntity, SkillMasteryEntity } from './entities/learner-model.entity';

/**
 * Reads and writes the adaptive engine's state in the caller's (tenant) transaction, as the plain shapes libs/domain
 * works on. The one place rows and domain estimates are mapped.
 */

export interface SkillGraph {
  /** Skill code → codes of its direct prerequisites. */
  prerequisites: Map<string, string[]>;
  category: Map<string, SkillCategory>;
  /** The graph as the judgement traces it. */
  judgement: JudgementGraph;
}

export async function loadSkillGraph(manager: EntityManager): Promise<SkillGraph> {
  const rows: Array<{ code: string; category: SkillCategory; prerequisites: string[] }> = await manager.query(
    `SELECT s.code, s.category, COALESCE(array_agg(p.code ORDER BY p.code) FILTER (WHERE p.code IS NOT NULL), '{}') AS prerequisites
     FROM skill s LEFT JOIN skill_prerequisite sp ON sp.skill_id = s.id LEFT JOIN skill p ON p.id = sp.prerequisite_id
     GROUP BY s.id, s.code, s.category`,
  );
  const prerequisites = new Map(rows.map((row) => [row.code, row.prerequisites]));
  const order = prerequisiteOrder(
    rows.map((row) => row.code),
    rows.flatMap((row) => row.prerequisites.map((prerequisite) => ({ skill: row.code, prerequisite }))),
  );
  const heritage = new Set(rows.filter((row) => row.category === 'HERITAGE').map((row) => row.code));
  return { prerequisites, category: new Map(rows.map((row) => [row.code, row.category])), judgement: { order, prerequisites, heritage } };
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

/** The advisor's mixture of tracers (an empty one before their first answer since it was introduced). */
export async function loadMixture(manager: EntityManager, userId: string): Promise<MixtureState> {
  return (await manager.findOneBy(LearnerJudgementEntity, { userId }))?.mixture ?? emptyMixture();
}

/** Beliefs are stored to six decimals: half the bytes of a double's seventeen digits, and far finer than any line. */
const stored = (p: number) => Math.round(p * 1e6) / 1e6;

export async function saveJudgement(manager: EntityManager, maisonId: string, userId: string, mixture: MixtureState, judged: ReadonlyMap<string, number>): Promise<void> {
  const beliefs = Object.fromEntries(Object.entries(mixture.beliefs).map(([code, values]) => [code, values.map(stored)]));
  await manager.upsert(LearnerJudgementEntity, { userId, maisonId, mixture: { ...mixture, beliefs }, judged: Object.fromEntries([...judged].map(([code, p]) => [code, stored(p)])) }, ['userId']);
}

/**
 * Several advisors' judgements (user id → skill code → probability known) of every skill of the graph: as judged
 * after each advisor's last answer, and by the learner model alone where there is no judgement (no answer since it
 * was introduced, or a skill added since).
 */
export async function loadJudgedOf(manager: EntityManager, userIds: readonly string[], graph: SkillGraph, estimates: ReadonlyMap<string, ReadonlyMap<string, SkillEstimate>>): Promise<Map<string, Map<string, number>>> {
  const rows: Array<{ userId: string; judged: Record<string, number> }> = await manager.query(`SELECT user_id AS "userId", judged FROM learner_judgement WHERE user_id = ANY($1::uuid[])`, [userIds]);
  const judgedBy = new Map(rows.map((row) => [row.userId, row.judged]));
  return new Map(
    userIds.map((userId) => {
      const judged = judgedBy.get(userId) ?? {};
      const model = (code: string) => masteryProbability(estimates.get(userId)?.get(code) ?? priorSkill());
      return [userId, new Map(graph.judgement.order.map((code) => [code, judged[code] ?? model(code)]))];
    }),
  );
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
