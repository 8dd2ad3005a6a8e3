import { DEFAULT_DESIRED_RETENTION, dueReviews, guessChance, INITIAL_REVIEW_PACE, judgedGaps, knowledgeGaps, priorItem, RECENT_WINDOW, skillsToReview, type ChallengeCandidate, type ItemEstimate, type KnowledgeGap, type ProgramSkill, type ReviewCard, type SkillEstimate } from '@savoir/domain';
import { EntityNotFoundError, type EntityManager } from 'typeorm';
import { UserEntity } from '../identity/entities/user.entity';
import type { QuestionVersionEntity } from '../studio/entities/question.entity';
import { groupByUser, loadEstimatesOf, loadJudgedOf, loadReviewCardsOf, loadSkillGraph, type SkillGraph } from './learner-state';

/** Items answered within this window are asked again only when nothing else fits. */
const RECENTLY_SEEN_DAYS = 2;
/** Answers read per advisor to explain gaps ("3 of your last 4"). */
const RECENT_ANSWERS = 200;

/** A published question version as the engine reads it: no texts. */
type PublishedQuestion = Pick<QuestionVersionEntity, 'id' | 'questionId' | 'skills' | 'difficulty' | 'key'>;

/** What the engine knows of one advisor: their programs' skills, estimates, review cards and gaps. */
export interface LearnerState {
  user: Pick<UserEntity, 'id' | 'maisonId' | 'timezone'>;
  desiredRetention: number;
  /** The advisor's review pace (`ReviewPace.scale`). */
  reviewScale: number;
  graph: SkillGraph;
  /** The skills of the advisor's programs, with how many of their modules teach each. */
  programSkills: ProgramSkill[];
  estimates: Map<string, SkillEstimate>;
  cards: Map<string, ReviewCard>;
  /** Every skill of the graph → the probability it is known, as judged (`loadJudgedOf`). */
  judged: Map<string, number>;
  /** The gaps as judged: what the advisor, their path and HR read. */
  gaps: KnowledgeGap[];
  /** The learner model's own gaps: what challenges aim at. */
  modelGaps: KnowledgeGap[];
}

/** Everything the engine needs to choose an advisor's next items, read in one transaction. */
export interface LearnerContext extends LearnerState {
  dueSkills: string[];
  candidates: ChallengeCandidate[];
  /** Questions answered within `RECENTLY_SEEN_DAYS`, with when each was last answered. */
  recentlySeen: Map<string, Date>;
}

export async function loadLearnerContext(manager: EntityManager, userId: string, now: Date): Promise<LearnerContext> {
  return found(userId, (await loadLearnerContexts(manager, [userId], now)).get(userId));
}

/** The advisor's state alone, without the questions a challenge or placement chooses from: what their skills, gaps and path show. */
export async function loadLearnerState(manager: EntityManager, userId: string): Promise<LearnerState> {
  return found(userId, (await loadLearnerStates(manager, [userId])).get(userId));
}

function found<T>(userId: string, value: T | undefined): T {
  if (!value) throw new EntityNotFoundError(UserEntity, { id: userId });
  return value;
}

/**
 * The states of several advisors of the tenant, keyed by user id (unknown ids are left out), in a fixed number of
 * reads whatever their count: what is shared (the skill graph, the programs) is read once.
 */
export async function loadLearnerStates(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, LearnerState>> {
  const ids = [...new Set(userIds)];
  const users: Array<LearnerState['user'] & { desiredRetention: string | null; reviewScale: number | null }> = await manager.query(
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
  const judgedBy = await loadJudgedOf(manager, ids, graph, estimates);
  return new Map(
    users.map((user) => {
      const programSkills = enrolled.get(user.id) ?? [];
      const userEstimates = estimates.get(user.id) ?? new Map<string, SkillEstimate>();
      const judged = judgedBy.get(user.id) ?? new Map<string, number>();
      const recent = recentBySkill.get(user.id) ?? new Map();
      const state: LearnerState = {
        user: { id: user.id, maisonId: user.maisonId, timezone: user.timezone },
        desiredRetention: user.desiredRetention === null ? DEFAULT_DESIRED_RETENTION : Number(user.desiredRetention),
        reviewScale: user.reviewScale ?? INITIAL_REVIEW_PACE.scale,
        graph,
        programSkills,
        estimates: userEstimates,
        cards: cards.get(user.id) ?? new Map<string, ReviewCard>(),
        judged,
        gaps: judgedGaps(programSkills, judged, graph.prerequisites, recent),
        modelGaps: knowledgeGaps(programSkills, userEstimates, graph.prerequisites, recent),
      };
      return [user.id, state];
    }),
  );
}

/**
 * The contexts of several advisors (their states, the questions of their programs, what they saw lately and what is
 * due), keyed by user id, in a fixed number of reads whatever their count: the published questions are read once.
 */
export async function loadLearnerContexts(manager: EntityManager, userIds: readonly string[], now: Date): Promise<Map<string, LearnerContext>> {
  const states = await loadLearnerStates(manager, userIds);
  if (!states.size) return new Map();
  const ids = [...states.keys()];
  const seen: Array<{ userId: string; questionId: string; answeredAt: Date }> = await manager.query(
    `SELECT user_id AS "userId", question_id AS "questionId", max(answered_at) AS "answeredAt" FROM attempt
     WHERE user_id = ANY($1::uuid[]) AND answered_at >= $2 GROUP BY user_id, question_id`,
    [ids, new Date(now.getTime() - RECENTLY_SEEN_DAYS * 86_400_000)],
  );
  const seenBy = groupByUser(seen, (row) => [row.questionId, row.answeredAt]);
  const [{ graph }] = states.values();
  const candidates = await loadCandidates(manager, [...new Set([...states.values()].flatMap((state) => state.programSkills.map((skill) => skill.code)))], graph);
  return new Map(
    [...states].map(([userId, state]) => {
      const wanted = new Set(state.programSkills.map((skill) => skill.code));
      const context: LearnerContext = {
        ...state,
        dueSkills: skillsToReview(
          state.programSkills.map((skill) => skill.code),
          state.estimates,
          dueReviews(state.cards, now, state.desiredRetention, state.reviewScale).filter((code) => wanted.has(code)),
        ),
        candidates: candidates.filter((candidate) => candidate.skills.some((code) => wanted.has(code))),
        recentlySeen: seenBy.get(userId) ?? new Map(),
      };
      return [userId, context];
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
