import { DEFAULT_DESIRED_RETENTION, dueReviews, guessChance, knowledgeGaps, priorItem, type ChallengeCandidate, type ItemEstimate, type KnowledgeGap, type ProgramSkill, type ReviewCard, type SkillEstimate } from '@savoir/domain';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../identity/entities/user.entity';
import { MaisonEntity } from '../organisation/entities/maison.entity';
import type { QuestionVersionEntity } from '../studio/entities/question.entity';
import { loadEstimates, loadReviewCards, loadSkillGraph, type SkillGraph } from './learner-state';

/** Items answered within this window are asked again only when nothing else fits. */
const RECENTLY_SEEN_DAYS = 2;
/** Answers read per advisor to explain gaps ("3 of your last 4"). */
const RECENT_ANSWERS = 200;

/** A published question version as the engine reads it: no texts. */
type PublishedQuestion = Pick<QuestionVersionEntity, 'id' | 'questionId' | 'skills' | 'difficulty' | 'key'>;

/** Everything the engine needs to reason about one advisor, read in one transaction. */
export interface LearnerContext {
  user: UserEntity;
  desiredRetention: number;
  graph: SkillGraph;
  /** The skills of the advisor's programs, with how many of their modules teach each. */
  programSkills: ProgramSkill[];
  estimates: Map<string, SkillEstimate>;
  cards: Map<string, ReviewCard>;
  gaps: KnowledgeGap[];
  dueSkills: string[];
  candidates: ChallengeCandidate[];
  recentlySeen: Set<string>;
}

export async function loadLearnerContext(manager: EntityManager, userId: string, now: Date): Promise<LearnerContext> {
  const user = await manager.findOneByOrFail(UserEntity, { id: userId });
  const maison = await manager.findOneByOrFail(MaisonEntity, { id: user.maisonId });
  const graph = await loadSkillGraph(manager);
  // The skills of the programs the advisor is enrolled in, and how many published modules of those programs teach each, in one read.
  const [enrolled]: Array<{ skills: string[]; taught: Record<string, number> }> = await manager.query(
    `WITH program_ids AS (SELECT e.program_id AS id FROM enrolment e WHERE e.user_id = $1)
     SELECT (SELECT COALESCE(array_agg(DISTINCT target.skill), '{}') FROM program p, unnest(p.target_skills) AS target(skill) WHERE p.id IN (SELECT id FROM program_ids)) AS skills,
            (SELECT COALESCE(json_object_agg(skill, modules), '{}') FROM (
               SELECT skill, count(*)::int AS modules FROM program_module pm
               JOIN module_version mv ON mv.module_id = pm.module_id AND mv.status = 'PUBLISHED', unnest(mv.target_skills) AS skill
               WHERE pm.program_id IN (SELECT id FROM program_ids) GROUP BY skill) AS counted) AS taught`,
    [userId],
  );
  const taught = new Map(Object.entries(enrolled.taught));
  const skillCodes = enrolled.skills.filter((code) => graph.category.has(code)).sort();
  const programSkills = skillCodes.map((code) => ({ code, importance: 1 + (taught.get(code) ?? 0) }));

  const estimates = await loadEstimates(manager, userId);
  const cards = await loadReviewCards(manager, userId);
  const answers: Array<{ question_id: string; correct: boolean; answered_at: Date; skills: string[] }> = await manager.query(
    `SELECT a.question_id, a.correct, a.answered_at, qv.skills FROM attempt a JOIN question_version qv ON qv.id = a.question_version_id
     WHERE a.user_id = $1 ORDER BY a.answered_at DESC LIMIT $2`,
    [userId, RECENT_ANSWERS],
  );
  const recent = new Map<string, boolean[]>();
  for (const answer of answers) for (const skill of answer.skills) recent.set(skill, [...(recent.get(skill) ?? []), answer.correct]);
  const since = now.getTime() - RECENTLY_SEEN_DAYS * 86_400_000;
  const recentlySeen = new Set(answers.filter((answer) => answer.answered_at.getTime() >= since).map((answer) => answer.question_id));

  // The published questions on those skills with their difficulty beliefs (toItemEstimate's shape), in one read of
  // the columns the engine uses: not the texts, most of a question's bytes. A question never answered has no
  // calibration row yet and starts from its author's difficulty (as `lockItem` does on its first answer).
  const published: Array<PublishedQuestion & { calibrated: ItemEstimate | null }> = await manager.query(
    `SELECT qv.id, qv.question_id AS "questionId", qv.skills, qv.difficulty, qv.key,
            CASE WHEN ic.question_id IS NULL THEN NULL ELSE json_build_object('difficulty', ic.difficulty, 'variance', ic.variance, 'guess', ic.guess, 'responses', ic.responses) END AS calibrated
     FROM question_version qv LEFT JOIN item_calibration ic ON ic.question_id = qv.question_id
     WHERE qv.status = 'PUBLISHED' AND qv.skills && $1::text[]`,
    [skillCodes],
  );
  const candidates = published.map((version) => ({
    id: version.questionId,
    skills: version.skills.filter((code) => graph.category.has(code)),
    estimate: version.calibrated ?? priorItem(version.difficulty, guessChance(version.key)),
    heritage: version.skills.some((code) => graph.category.get(code) === 'HERITAGE'),
  }));
  const wanted = new Set(skillCodes);
  const desiredRetention = maison.desiredRetention ?? DEFAULT_DESIRED_RETENTION;
  return {
    user,
    desiredRetention,
    graph,
    programSkills,
    estimates,
    cards,
    gaps: knowledgeGaps(programSkills, estimates, graph.prerequisites, recent),
    dueSkills: dueReviews(cards, now, desiredRetention).filter((code) => wanted.has(code)),
    candidates: candidates.filter((candidate) => candidate.skills.length > 0),
    recentlySeen,
  };
}
