import { DEFAULT_DESIRED_RETENTION, dueReviews, guessChance, INITIAL_REVIEW_PACE, knowledgeGaps, priorItem, RECENT_WINDOW, type ChallengeCandidate, type ItemEstimate, type KnowledgeGap, type ProgramSkill, type ReviewCard, type SkillEstimate } from '@savoir/domain';
import { EntityNotFoundError, type EntityManager } from 'typeorm';
import { UserEntity } from '../identity/entities/user.entity';
import type { QuestionVersionEntity } from '../studio/entities/question.entity';
import { groupByUser, loadEstimatesOf, loadReviewCardsOf, loadSkillGraph, type SkillGraph } from './learner-state';

/** Items answered within this window are asked again only when nothing else fits. */
const RECENTLY_SEEN_DAYS = 2;
/** Answers read per advisor to explain gaps ("3 of your last 4"). */
const RECENT_ANSWERS = 200;

/** A published question version as the engine reads it: no texts. */
type PublishedQuestion = Pick<QuestionVersionEntity, 'id' | 'questionId' | 'skills' | 'difficulty' | 'key'>;

/** Everything the engine needs to reason about one advisor, read in one transaction. */
export interface LearnerContext {
  user: Pick<UserEntity, 'id' | 'maisonId' | 'timezone'>;
  desiredRetention: number;
  graph: SkillGraph;
  /** The skills of the advisor's programs, with how many of their modules teach each. */
  programSkills: ProgramSkill[];
  estimates: Map<string, SkillEstimate>;
  cards: Map<string, ReviewCard>;
  gaps: KnowledgeGap[];
  dueSkills: string[];
  candidates: ChallengeCandidate[];
  /** Questions answered within `RECENTLY_SEEN_DAYS`, with when each was last answered. */
  recentlySeen: Map<string, Date>;
}

export async function loadLearnerContext(manager: EntityManager, userId: string, now: Date): Promise<LearnerContext> {
  const context = (await loadLearnerContexts(manager, [userId], now)).get(userId);
  if (!context) throw new EntityNotFoundError(UserEntity, { id: userId });
  return context;
}

/**
 * The contexts of several advisors of the tenant, keyed by user id (unknown ids are left out), in a fixed number of
 * reads whatever their count: what is shared (the skill graph, the programs, the published questions) is read once.
 */
export async function loadLearnerContexts(manager: EntityManager, userIds: readonly string[], now: Date): Promise<Map<string, LearnerContext>> {
  const ids = [...new Set(userIds)];
  const users: Array<LearnerContext['user'] & { desiredRetention: string | null; reviewScale: number | null }> = await manager.query(
    `SELECT u.id, u.maison_id AS "maisonId", u.timezone, m.desired_retention AS "desiredRetention", rp.scale AS "reviewScale"
     FROM app_user u JOIN maison m ON m.id = u.maison_id LEFT JOIN review_pace rp ON rp.user_id = u.id WHERE u.id = ANY($1::uuid[])`,
    [ids],
  );
  if (!users.length) return new Map();
  const graph = await loadSkillGraph(manager);
  const enrolled = await loadProgramSkills(manager, ids, graph);
  const estimates = await loadEstimatesOf(manager, ids);
  const cards = await loadReviewCardsOf(manager, ids);
  const recentBySkill = await loadRecentAnswers(manager, ids);
  const seen: Array<{ userId: string; questionId: string; answeredAt: Date }> = await manager.query(
    `SELECT user_id AS "userId", question_id AS "questionId", max(answered_at) AS "answeredAt" FROM attempt
     WHERE user_id = ANY($1::uuid[]) AND answered_at >= $2 GROUP BY user_id, question_id`,
    [ids, new Date(now.getTime() - RECENTLY_SEEN_DAYS * 86_400_000)],
  );
  const seenBy = groupByUser(seen, (row) => [row.questionId, row.answeredAt]);
  const candidates = await loadCandidates(manager, [...new Set([...enrolled.values()].flatMap((skills) => skills.map((skill) => skill.code)))], graph);

  return new Map(
    users.map((user) => {
      const programSkills = enrolled.get(user.id) ?? [];
      const wanted = new Set(programSkills.map((skill) => skill.code));
      const userEstimates = estimates.get(user.id) ?? new Map<string, SkillEstimate>();
      const userCards = cards.get(user.id) ?? new Map<string, ReviewCard>();
      const desiredRetention = user.desiredRetention === null ? DEFAULT_DESIRED_RETENTION : Number(user.desiredRetention);
      const context: LearnerContext = {
        user: { id: user.id, maisonId: user.maisonId, timezone: user.timezone },
        desiredRetention,
        graph,
        programSkills,
        estimates: userEstimates,
        cards: userCards,
        gaps: knowledgeGaps(programSkills, userEstimates, graph.prerequisites, recentBySkill.get(user.id) ?? new Map()),
        dueSkills: dueReviews(userCards, now, desiredRetention, user.reviewScale ?? INITIAL_REVIEW_PACE.scale).filter((code) => wanted.has(code)),
        candidates: candidates.filter((candidate) => candidate.skills.some((code) => wanted.has(code))),
        recentlySeen: seenBy.get(user.id) ?? new Map(),
      };
      return [user.id, context];
    }),
  );
}

/**
 * Per advisor and skill, the latest answers (right or wrong, newest first, at most `RECENT_WINDOW`) among their
 * `RECENT_ANSWERS` latest: what gap explanations speak of ("3 of your last 4"). Cut in the database, so a long
 * history costs a few rows per skill rather than every answer.
 */
async function loadRecentAnswers(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, Map<string, boolean[]>>> {
  const rows: Array<{ userId: string; skill: string; answers: boolean[] }> = await manager.query(
    `SELECT user_id AS "userId", skill, array_agg(correct ORDER BY n) AS answers FROM (
       SELECT u.id AS user_id, skill, recent.correct, row_number() OVER (PARTITION BY u.id, skill ORDER BY recent.answered_at DESC) AS n
       FROM unnest($1::uuid[]) AS u(id) CROSS JOIN LATERAL (
         SELECT a.correct, a.answered_at, qv.skills FROM attempt a JOIN question_version qv ON qv.id = a.question_version_id
         WHERE a.user_id = u.id ORDER BY a.answered_at DESC LIMIT $2) AS recent, unnest(recent.skills) AS skill
     ) AS ranked WHERE n <= $3 GROUP BY user_id, skill`,
    [userIds, RECENT_ANSWERS, RECENT_WINDOW],
  );
  return groupByUser(rows, (row) => [row.skill, row.answers]);
}

/**
 * Per advisor, the skills of the programs they are enrolled in, each weighted by how many published modules of
 * those programs teach it; read per program, so advisors of the same programs share the work.
 */
async function loadProgramSkills(manager: EntityManager, userIds: readonly string[], graph: SkillGraph): Promise<Map<string, ProgramSkill[]>> {
  const programs: Array<{ userIds: string[]; targetSkills: string[]; taught: Record<string, number> }> = await manager.query(
    `SELECT enrolled.user_ids AS "userIds", p.target_skills AS "targetSkills",
            (SELECT COALESCE(json_object_agg(skill, modules), '{}') FROM (
               SELECT skill, count(*)::int AS modules FROM program_module pm
               JOIN module_version mv ON mv.module_id = pm.module_id AND mv.status = 'PUBLISHED', unnest(mv.target_skills) AS skill
               WHERE pm.program_id = p.id GROUP BY skill) AS counted) AS taught
     FROM (SELECT program_id, array_agg(user_id) AS user_ids FROM enrolment WHERE user_id = ANY($1::uuid[]) GROUP BY program_id) AS enrolled
     JOIN program p ON p.id = enrolled.program_id`,
    [userIds],
  );
  const targetsOf = new Map<string, Set<string>>();
  const taughtBy = new Map<string, Map<string, number>>();
  for (const program of programs) {
    for (const userId of program.userIds) {
      const targets = targetsOf.get(userId) ?? new Set<string>();
      for (const code of program.targetSkills) targets.add(code);
      targetsOf.set(userId, targets);
      // A module in two of the advisor's programs counts in each.
      const taught = taughtBy.get(userId) ?? new Map<string, number>();
      for (const [code, modules] of Object.entries(program.taught)) taught.set(code, (taught.get(code) ?? 0) + modules);
      taughtBy.set(userId, taught);
    }
  }
  return new Map(
    [...targetsOf].map(([userId, targets]) => [
      userId,
      [...targets]
        .filter((code) => graph.category.has(code))
        .sort()
        .map((code) => ({ code, importance: 1 + (taughtBy.get(userId)?.get(code) ?? 0) })),
    ]),
  );
}

/**
 * The published questions on `skillCodes` with their difficulty beliefs, in one read of the columns the engine uses:
 * not the texts, most of a question's bytes. A question never answered has no calibration row yet and starts from
 * its author's difficulty (as `lockItem` does on its first answer).
 */
async function loadCandidates(manager: EntityManager, skillCodes: readonly string[], graph: SkillGraph): Promise<ChallengeCandidate[]> {
  if (!skillCodes.length) return [];
  const published: Array<PublishedQuestion & { calibrated: ItemEstimate | null }> = await manager.query(
    `SELECT qv.id, qv.question_id AS "questionId", qv.skills, qv.difficulty, qv.key,
            CASE WHEN ic.question_id IS NULL THEN NULL ELSE json_build_object('difficulty', ic.difficulty, 'variance', ic.variance, 'guess', ic.guess, 'responses', ic.responses) END AS calibrated
     FROM question_version qv LEFT JOIN item_calibration ic ON ic.question_id = qv.question_id
     WHERE qv.status = 'PUBLISHED' AND qv.skills && $1::text[]`,
    [skillCodes],
  );
  return published
    .map((version) => ({
      id: version.questionId,
      skills: version.skills.filter((code) => graph.category.has(code)),
      estimate: version.calibrated ?? priorItem(version.difficulty, guessChance(version.key)),
      heritage: version.skills.some((code) => graph.category.get(code) === 'HERITAGE'),
    }))
    .filter((candidate) => candidate.skills.length > 0);
}
