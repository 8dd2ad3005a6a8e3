import { Injectable } from '@nestjs/common';
import { DEFAULT_MODEL_PARAMS, isJudgedKnown, isReportableGroup, JUDGED_GAP_LINE, MIN_REPORTED_GROUP, masteryLine, personalPath, priorSkill, resolveText, type ChallengeReason, type LocalisedText, type ModuleKind } from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { findOrFail } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { EnrolmentEntity } from '../learning/entities/enrolment.entity';
import { ModuleProgressEntity } from '../learning/entities/module-progress.entity';
import { RegionEntity } from '../organisation/entities/region.entity';
import { presentQuestion } from '../learning/learner-content';
import { ModuleEntity, ModuleVersionEntity } from '../studio/entities/module.entity';
import { ProgramEntity, ProgramModuleEntity } from '../studio/entities/program.entity';
import { QuestionVersionEntity } from '../studio/entities/question.entity';
import type { ChallengeModel, GapScope, GroupSkillGapModel, KnowledgeGapModel, PersonalPathModel, SkillMasteryModel } from './dtos/adaptive.model';
import { ChallengeEntity, ChallengeItemEntity } from './entities/challenge.entity';
import { loadLearnerState } from './learner-context';
import { skillNamer, type SkillNamer } from './skill-namer';

/** What the adaptive engine tells an advisor (their skills, gaps, path, today's challenge) and HR (gaps by group). */
@Injectable()
export class AdaptiveService {
  constructor(private readonly db: TenantDb) {}

  mySkills(actor: Actor, locale: string): Promise<SkillMasteryModel[]> {
    return this.db.run(actor.maisonId, async (manager) => {
      const context = await loadLearnerState(manager, actor.userId);
      const name = await skillNamer(manager, locale);
      return context.programSkills.map(({ code }) => {
        const estimate = context.estimates.get(code) ?? priorSkill();
        const card = context.cards.get(code);
        const judged = context.judged.get(code) ?? 0;
        return {
          skill: name(code),
          masteryProbability: judged,
          mastered: isJudgedKnown(judged),
          uncertainty: Math.sqrt(estimate.variance),
          evidence: estimate.evidence,
          reviewDueAt: card ? new Date(card.due) : null,
        };
      });
    });
  }

  myGaps(actor: Actor, locale: string): Promise<KnowledgeGapModel[]> {
    return this.db.run(actor.maisonId, async (manager) => {
      const context = await loadLearnerState(manager, actor.userId);
      const name = await skillNamer(manager, locale);
      return context.gaps.map((gap) => ({
        skill: name(gap.skill),
        masteryProbability: gap.masteryProbability,
        ready: gap.ready,
        underlying: gap.underlying ? name(gap.underlying) : null,
        wrong: gap.evidence.wrong,
        recent: gap.evidence.recent,
      }));
    });
  }

  /** The onboarding program (or the first one enrolled in) as the engine plans it for the advisor; null if none. */
  myPath(actor: Actor, locale: string): Promise<PersonalPathModel | null> {
    return this.db.run(actor.maisonId, async (manager) => {
      const enrolments = await manager.find(EnrolmentEntity, { where: { userId: actor.userId }, relations: { program: true }, order: { enrolledAt: 'ASC' } });
      const program = (enrolments.find((enrolment) => enrolment.program?.onboarding) ?? enrolments[0])?.program as ProgramEntity | undefined;
      if (!program) return null;
      const context = await loadLearnerState(manager, actor.userId);
      const name = await skillNamer(manager, locale);
      const rows = await manager.find(ProgramModuleEntity, { where: { programId: program.id }, order: { position: 'ASC' } });
      const moduleIds = rows.map((row) => row.moduleId);
      const modules = new Map((await manager.findBy(ModuleEntity, { id: In(moduleIds) })).map((module) => [module.id, module]));
      const versions = new Map((await manager.findBy(ModuleVersionEntity, { moduleId: In(moduleIds), status: 'PUBLISHED' })).map((version) => [version.moduleId, version]));
      const completed = new Set((await manager.findBy(ModuleProgressEntity, { userId: actor.userId, moduleId: In(moduleIds), status: 'COMPLETED' })).map((progress) => progress.moduleId));
      const published = rows.filter((row) => versions.has(row.moduleId));
      // This program's skills, and its modules' own too (a module may still teach a skill the program no longer
      // lists); not those of the advisor's other programs, which have paths of their own.
      const taught = new Set([...program.targetSkills, ...published.flatMap((row) => versions.get(row.moduleId)?.targetSkills ?? [])]);
      const mastered = new Set([...taught].filter((code) => isJudgedKnown(context.judged.get(code))));
      const steps = personalPath(
        published.map((row) => ({ id: row.moduleId, kind: modules.get(row.moduleId)?.kind as ModuleKind, skills: versions.get(row.moduleId)?.targetSkills ?? [], completed: completed.has(row.moduleId) })),
        mastered,
        context.gaps.filter((gap) => taught.has(gap.skill)),
        context.graph.prerequisites,
      );
      return {
        programId: program.id,
        programTitle: resolveText(program.title as LocalisedText, locale).text,
        skipped: steps.filter((step) => step.status === 'SKIPPED').length,
        steps: steps.map((step) => {
          const version = step.moduleId ? versions.get(step.moduleId) : undefined;
          return {
            moduleId: step.moduleId,
            title: version ? resolveText(version.texts.title, locale).text : null,
            kind: step.moduleId ? ((modules.get(step.moduleId)?.kind as ModuleKind) ?? null) : null,
            estimatedMinutes: version?.estimatedMinutes ?? null,
            status: step.status,
            reason: step.reason,
            skills: step.skills.map(name),
          };
        }),
      };
    });
  }

  /**
   * Today's challenge: today's DAILY challenge while it is not done, else the newest GAP challenge while it is not
   * done, else today's DAILY done (nothing more today), else null (nothing generated yet, or nothing left to ask).
   */
  todayChallenge(actor: Actor, locale: string, now = new Date()): Promise<ChallengeModel | null> {
    return this.db.run(actor.maisonId, async (manager) => {
      const open = await manager
        .createQueryBuilder(ChallengeEntity, 'challenge')
        .where('challenge.user_id = :userId AND challenge.superseded_at IS NULL AND challenge.expires_at > :now', { userId: actor.userId, now })
        .andWhere(`challenge.kind IN ('DAILY', 'GAP')`)
        .orderBy('challenge.generated_at', 'DESC')
        .getMany();
      const views: ChallengeModel[] = [];
      const name = await skillNamer(manager, locale);
      // A challenge whose every question was withdrawn since is no challenge at all (not one done).
      for (const challenge of open) {
        const view = await this.challengeView(manager, actor.userId, challenge, locale, name);
        if (view.items.length) views.push(view);
      }
      const daily = views.find((view) => view.kind === 'DAILY');
      const gap = views.find((view) => view.kind === 'GAP');
      return [daily, gap].find((view) => view && !view.completed) ?? daily ?? null;
    });
  }

  private async challengeView(manager: EntityManager, userId: string, challenge: ChallengeEntity, locale: string, name: SkillNamer): Promise<ChallengeModel> {
    const items = await manager.find(ChallengeItemEntity, { where: { challengeId: challenge.id }, order: { position: 'ASC' } });
    const questionIds = items.map((item) => item.questionId);
    const versions = new Map((await manager.findBy(QuestionVersionEntity, { questionId: In(questionIds), status: 'PUBLISHED' })).map((version) => [version.questionId, version]));
    // Each item's first answer since the challenge was generated: what the advisor's summary counts.
    const answered: Array<{ question_id: string; correct: boolean }> = await manager.query(
      `SELECT DISTINCT ON (question_id) question_id, correct FROM attempt WHERE user_id = $1 AND question_id = ANY($2) AND created_at >= $3 ORDER BY question_id, answered_at, created_at`,
      [userId, questionIds, challenge.generatedAt],
    );
    const firstAnswers = new Map(answered.map((row) => [row.question_id, row.correct]));
    // An item whose question was withdrawn since is left out rather than shown unanswerable.
    const views = items.flatMap((item) => {
      const version = versions.get(item.questionId);
      if (!version) return [];
      const question = presentQuestion({ questionId: version.questionId, versionId: version.id, key: version.key, presentation: version.presentation }, locale, userId, firstAnswers.has(item.questionId));
      // DAILY and GAP challenges hold no PLACEMENT items.
      return [{ question, reason: item.reason as ChallengeReason, skill: name(item.skillCode), answered: firstAnswers.has(item.questionId), correct: firstAnswers.get(item.questionId) ?? null }];
    });
    return { id: challenge.id, kind: challenge.kind, generatedAt: challenge.generatedAt, expiresAt: challenge.expiresAt, items: views, completed: views.every((view) => view.answered) };
  }

  /**
   * For HR and authors: per boutique, region or cohort, how many active advisors have a gap on each skill of the
   * onboarding program, as each advisor's own gaps judge it. Only counts: no advisor is named, and a group too
   * small to hide its people (`MIN_REPORTED_GROUP`) is left out, as are the people of a boutique too small, from
   * every scope (see ADVISORS). With `regionId`, only the advisors of that region's boutiques: a maison's hundred
   * boutiques read a region at a time. That hides no one the whole view shows: a cohort counts whole boutique parts
   * of five or more, so the part of a cohort in a region, and the rest, are five or more too.
   */
  gapsByGroup(actor: Actor, scope: GapScope, locale: string, regionId: string | null = null): Promise<GroupSkillGapModel[]> {
    return this.db.run(actor.maisonId, async (manager) => {
      if (regionId !== null) await findOrFail(manager, RegionEntity, regionId, 'The region');
      const program = await manager.findOneBy(ProgramEntity, { onboarding: true });
      if (!program) return [];
      // Counted where the judgements are, with the line the advisor's own gaps are drawn at (`loadJudgedOf`): a
      // maison's thousands of advisors × skills never leave Postgres. Where there is no judgement, the learner
      // model's estimate alone, its probability tested against the line by the domain's own arithmetic
      // (`masteryLine`); an advisor with neither has never practised the skill: a gap.
      const { ability, z } = masteryLine({ ...DEFAULT_MODEL_PARAMS, masteredProbability: JUDGED_GAP_LINE });
      const rows: Array<{ group_id: string; group_name: string; advisors: number; skill_code: string; mastered: number }> = await manager.query(
        `WITH scoped AS (${GROUP_QUERIES[scope]}),
              member AS (SELECT * FROM scoped WHERE $5::uuid IS NULL OR boutique_id IN (SELECT id FROM boutique WHERE region_id = $5::uuid)),
              grouped AS (SELECT group_id, group_name, count(*)::int AS advisors FROM member GROUP BY group_id, group_name),
              mastered AS (SELECT m.group_id, skill.code AS skill_code, count(*)::int AS advisors
                             FROM member m CROSS JOIN unnest($2::text[]) AS skill(code)
                             LEFT JOIN learner_judgement j ON j.user_id = m.user_id
                             LEFT JOIN skill_mastery s ON s.user_id = m.user_id AND s.skill_code = skill.code
                            WHERE CASE WHEN j.judged ? skill.code THEN (j.judged ->> skill.code)::float8 >= $6
                                       ELSE COALESCE(s.mean - $3 >= $4 * sqrt(s.variance), false) END
                            GROUP BY m.group_id, skill.code)
         SELECT g.group_id, g.group_name, g.advisors, skill.code AS skill_code, COALESCE(x.advisors, 0) AS mastered
           FROM grouped g CROSS JOIN unnest($2::text[]) AS skill(code)
           LEFT JOIN mastered x ON x.group_id = g.group_id AND x.skill_code = skill.code`,
        [MIN_REPORTED_GROUP, program.targetSkills, ability, z, regionId, JUDGED_GAP_LINE],
      );
      const name = await skillNamer(manager, locale);
      return rows
        .filter((row) => isReportableGroup(row.advisors))
        .map((row) => {
          const withGap = row.advisors - row.mastered;
          return { groupId: row.group_id, groupName: row.group_name, skill: name(row.skill_code), advisors: row.advisors, withGap, share: withGap / row.advisors };
        })
        .sort((a, b) => a.groupName.localeCompare(b.groupName) || b.share - a.share || a.skill.code.localeCompare(b.skill.code));
    });
  }
}

/**
 * Active advisors of a boutique large enough to be reported (`$1`, MIN_REPORTED_GROUP): the people of a boutique left
 * out are left out of its region and of their cohorts too, or the region's figures less the boutiques' shown would
 * give theirs. A cohort cuts across boutiques, so it counts its members of a boutique only when they are a reported
 * group's size and so is the rest of the boutique (or there is no rest): a cohort less a boutique, or a boutique less
 * a cohort, would otherwise be one or two people.
 */
const ADVISORS = `u.active AND 'ADVISOR' = ANY(u.roles) AND u.boutique_id IN (SELECT boutique_id FROM app_user WHERE active AND 'ADVISOR' = ANY(roles) GROUP BY boutique_id HAVING count(*) >= $1)`;
const GROUP_QUERIES: Record<GapScope, string> = {
  BOUTIQUE: `SELECT u.id AS user_id, u.boutique_id, b.id AS group_id, b.name AS group_name FROM app_user u JOIN boutique b ON b.id = u.boutique_id WHERE ${ADVISORS}`,
  REGION: `SELECT u.id AS user_id, u.boutique_id, r.id AS group_id, r.name AS group_name FROM app_user u JOIN boutique b ON b.id = u.boutique_id JOIN region r ON r.id = b.region_id WHERE ${ADVISORS}`,
  COHORT: `WITH advisor AS (SELECT u.id, u.boutique_id FROM app_user u WHERE ${ADVISORS}),
                 part AS (SELECT m.cohort_id, a.boutique_id, count(*) AS inside FROM cohort_member m JOIN advisor a ON a.id = m.user_id GROUP BY m.cohort_id, a.boutique_id),
                 whole AS (SELECT boutique_id, count(*) AS advisors FROM advisor GROUP BY boutique_id)
            SELECT a.id AS user_id, a.boutique_id, c.id AS group_id, c.name AS group_name
              FROM advisor a JOIN cohort_member m ON m.user_id = a.id JOIN cohort c ON c.id = m.cohort_id
              JOIN part p ON p.cohort_id = m.cohort_id AND p.boutique_id = a.boutique_id JOIN whole w ON w.boutique_id = a.boutique_id
             WHERE p.inside >= $1 AND (w.advisors = p.inside OR w.advisors - p.inside >= $1)`,
};
