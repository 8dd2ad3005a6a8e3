import { Injectable } from '@nestjs/common';
import {
  canonicalJson,
  earnedBadges,
  isJudgedKnown,
  streakFromActivities,
  xpForChallengeCompletion,
  xpForLedgerEntry,
  xpForModuleCompletion,
  type Difficulty,
  type LearnerFacts,
  type ModuleKind,
  type SkillCategory,
  type XpAward,
} from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db';
import { Outbox } from '../../core/events/outbox';
import { SkillMasteryEntity } from '../adaptive/entities/learner-model.entity';
import { loadJudgedOf, loadSkillGraph, toSkillEstimate } from '../adaptive/learner-state';
import { UserEntity } from '../identity/entities/user.entity';
import { AttemptEntity } from '../learning/entities/attempt.entity';
import { EnrolmentEntity } from '../learning/entities/enrolment.entity';
import { ModuleProgressEntity } from '../learning/entities/module-progress.entity';
import { lockLearner } from '../learning/learner-lock';
import { ModuleEntity, ModuleVersionEntity } from '../studio/entities/module.entity';
import { ProgramModuleEntity } from '../studio/entities/program.entity';
import { QuestionVersionEntity } from '../studio/entities/question.entity';
import { SkillEntity } from '../studio/entities/skill.entity';
import { BadgeAwardEntity, BadgeDefinitionEntity } from './entities/badge.entity';
import { LearnerStreakEntity } from './entities/learner-streak.entity';
import { XpEventEntity } from './entities/xp-event.entity';

const CHALLENGE_KINDS: readonly ModuleKind[] = ['HERITAGE_CHALLENGE', 'PRODUCT_CHALLENGE'];

/**
 * The worker's side of gamification; each method is one job, idempotent by construction:
 * - XP goes into an append-only ledger keyed by its source (`attempt:<id>`, `module:<progress id>`): a job run
 *   twice (a worker killed after commit, before acknowledging) meets the unique key and adds nothing.
 * - A streak is rebuilt from the advisor's whole activity, so running it again gives the same state.
 * - Badges are inserted once per advisor and badge.
 * A change of XP or streak publishes `gamification.changed`, in the same transaction, so badges are evaluated
 * after the facts they depend on have committed.
 */
@Injectable()
export class GamificationLedger {
  constructor(
    private readonly db: TenantDb,
    private readonly outbox: Outbox,
  ) {}

  awardXp(maisonId: string, userId: string, source: { attemptId?: string; moduleProgressId?: string }): Promise<boolean> {
    return this.db.run(maisonId, async (manager) => {
      const entry = source.attemptId ? await this.answerAward(manager, source.attemptId) : source.moduleProgressId ? await this.moduleAward(manager, source.moduleProgressId) : null;
      if (!entry) return false;
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(XpEventEntity)
        .values({ maisonId, userId, sourceKey: entry.sourceKey, amount: entry.award.amount, reasons: entry.award.reasons, occurredAt: entry.occurredAt })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (!inserted.raw.length) return false;
      await this.outbox.publish(manager, maisonId, 'gamification.changed', { userId });
      return true;
    });
  }

  /**
   * The entry of an answer (`xpForLedgerEntry`): its award in time order among the advisor's answers to the item,
   * less what answers dated after it were paid before it arrived. Under the advisor's lock, so two entries of one
   * item are written one after the other, each knowing the other's.
   */
  private async answerAward(manager: EntityManager, attemptId: string) {
    const attempt = await manager.findOneBy(AttemptEntity, { id: attemptId });
    if (!attempt) return null;
    await lockLearner(manager, attempt.userId);
    const history = await manager.find(AttemptEntity, { where: { userId: attempt.userId, questionId: attempt.questionId }, select: { id: true, questionVersionId: true, answeredAt: true, correct: true, score: true } });
    const versions = await manager.find(QuestionVersionEntity, { where: { id: In([...new Set(history.map((earlier) => earlier.questionVersionId))]) }, select: { id: true, difficulty: true } });
    const difficulty = new Map(versions.map((version) => [version.id, version.difficulty as Difficulty]));
    const entries = await manager.find(XpEventEntity, { where: { userId: attempt.userId, sourceKey: In(history.map((earlier) => `attempt:${earlier.id}`)) }, select: { sourceKey: true, amount: true } });
    const paid = new Map(entries.map((entry) => [entry.sourceKey, entry.amount]));
    const asKnown = (answer: AttemptEntity) => ({ answeredAt: answer.answeredAt, correct: answer.correct, score: answer.score, difficulty: difficulty.get(answer.questionVersionId) as Difficulty });
    const award = xpForLedgerEntry(
      asKnown(attempt),
      history.filter((other) => other.id !== attempt.id).map((other) => ({ ...asKnown(other), paid: paid.get(`attempt:${other.id}`) ?? null })),
    );
    return { sourceKey: `attempt:${attempt.id}`, award, occurredAt: attempt.answeredAt };
  }

  private async moduleAward(manager: EntityManager, moduleProgressId: string) {
    const progress = await manager.findOneBy(ModuleProgressEntity, { id: moduleProgressId });
    if (!progress || progress.status !== 'COMPLETED' || !progress.completedAt) return null;
    const module = await manager.findOneByOrFail(ModuleEntity, { id: progress.moduleId });
    const kind = module.kind as ModuleKind;
    const completion = xpForModuleCompletion(kind);
    const challenge: XpAward | null = CHALLENGE_KINDS.includes(kind) ? xpForChallengeCompletion({ perfect: progress.perfect }) : null;
    const reasons = [...completion.reasons, ...(challenge?.reasons ?? [])];
    const award: XpAward = { amount: reasons.reduce((sum, reason) => sum + reason.amount, 0), reasons };
    return { sourceKey: `module:${progress.id}`, award, occurredAt: progress.completedAt };
  }

  /**
   * Rebuilds the advisor's streak from every answer and lesson read, each in the zone it happened in. Under the
   * advisor's lock (answers take it too): two rebuilds run one after the other and each reads every answer committed
   * before it, so a rebuild that read less never writes last.
   */
  updateStreak(maisonId: string, userId: string): Promise<boolean> {
    return this.db.run(maisonId, async (manager) => {
      await lockLearner(manager, userId);
      const user = await manager.findOneBy(UserEntity, { id: userId });
      if (!user) return false;
      const [answers, lessons] = [
        await manager.find(AttemptEntity, { where: { userId }, select: { answeredAt: true, timeZone: true } }),
        await manager.find(ModuleProgressEntity, { where: { userId }, select: { lessonReadAt: true, lessonReadZone: true } }),
      ];
      const activities = [
        ...answers.map((answer) => ({ at: answer.answeredAt, timeZone: answer.timeZone ?? user.timezone })),
        ...lessons.flatMap((lesson) => (lesson.lessonReadAt ? [{ at: lesson.lessonReadAt, timeZone: lesson.lessonReadZone ?? user.timezone }] : [])),
      ];
      const state = streakFromActivities(activities);
      const current = await manager.findOneBy(LearnerStreakEntity, { userId });
      // Compared key by key: jsonb gives its keys back in its own order.
      if (current && canonicalJson(current.state) === canonicalJson(state)) return false;
      await manager.upsert(LearnerStreakEntity, { userId, maisonId, state }, ['userId']);
      await this.outbox.publish(manager, maisonId, 'gamification.changed', { userId });
      return true;
    });
  }

  /** Awards the maison's badges the advisor now meets; returns the codes newly awarded. */
  evaluateBadges(maisonId: string, userId: string): Promise<string[]> {
    return this.db.run(maisonId, async (manager) => {
      const definitions = await manager.findBy(BadgeDefinitionEntity, { maisonId });
      if (!definitions.length) return [];
      const earned = earnedBadges(definitions.map(({ code, criteria }) => ({ code, criteria })), await learnerFacts(manager, userId));
      if (!earned.length) return [];
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(BadgeAwardEntity)
        .values(earned.map((badgeCode) => ({ maisonId, userId, badgeCode })))
        .orIgnore()
        .returning('badge_code AS "badgeCode"')
        .execute();
      return (inserted.raw as Array<{ badgeCode: string }>).map((row) => row.badgeCode);
    });
  }
}

/**
 * What badges are judged on. A module's category is that of its first target skill; the modules available are
 * those of the advisor's programs. Skills mastered come from the learner model (the adaptive engine): none yet.
 */
export async function learnerFacts(manager: EntityManager, userId: string): Promise<LearnerFacts> {
  const programIds = (await manager.findBy(EnrolmentEntity, { userId })).map((enrolment) => enrolment.programId);
  const availableIds = programIds.length ? [...new Set((await manager.findBy(ProgramModuleEntity, { programId: In(programIds) })).map((row) => row.moduleId))] : [];
  const completed = await manager.findBy(ModuleProgressEntity, { userId, status: 'COMPLETED' });
  const moduleIds = [...new Set([...availableIds, ...completed.map((progress) => progress.moduleId)])];
  const categories = await moduleCategories(manager, moduleIds);
  const described = (ids: readonly string[]) => ids.map((id) => ({ code: categories.get(id)?.code ?? id, category: categories.get(id)?.category ?? null }));
  const streak = await manager.findOneBy(LearnerStreakEntity, { userId });
  const [{ total }] = await manager.query(`SELECT COALESCE(SUM(amount), 0)::int AS total FROM xp_event WHERE user_id = $1`, [userId]);
  return {
    modulesCompleted: described(completed.map((progress) => progress.moduleId)),
    modulesAvailable: described(availableIds),
    perfectChallenges: completed.filter((progress) => progress.perfect && CHALLENGE_KINDS.includes(categories.get(progress.moduleId)?.kind as ModuleKind)).length,
    longestStreak: streak?.state.longest ?? 0,
    skillsMastered: await masteredSkills(manager, userId),
    totalXp: total,
  };
}

/**
 * The skills the advisor is judged to know (as their own skills show) among those they have practised, with their
 * category (for SKILLS_MASTERED badges): a badge rewards what the advisor showed, not what is inferred of them.
 */
async function masteredSkills(manager: EntityManager, userId: string): Promise<Array<{ code: string; category: SkillCategory }>> {
  const rows = await manager.findBy(SkillMasteryEntity, { userId });
  const estimates = new Map([[userId, new Map(rows.map((row) => [row.skillCode, toSkillEstimate(row)]))]]);
  const judged = (await loadJudgedOf(manager, [userId], await loadSkillGraph(manager), estimates)).get(userId);
  const mastered = rows.filter((row) => isJudgedKnown(judged?.get(row.skillCode))).map((row) => row.skillCode);
  if (!mastered.length) return [];
  const skills = await manager.findBy(SkillEntity, { code: In(mastered) });
  return skills.map((skill) => ({ code: skill.code, category: skill.category as SkillCategory }));
}

async function moduleCategories(manager: EntityManager, moduleIds: readonly string[]) {
  if (!moduleIds.length) return new Map<string, { code: string; kind: string; category: SkillCategory | null }>();
  const modules = await manager.findBy(ModuleEntity, { id: In([...moduleIds]) });
  const published = await manager.findBy(ModuleVersionEntity, { moduleId: In([...moduleIds]), status: 'PUBLISHED' });
  const firstSkill = new Map(published.map((version) => [version.moduleId, version.targetSkills[0]]));
  const skillCodes = [...new Set([...firstSkill.values()].filter((code): code is string => Boolean(code)))];
  const skills = skillCodes.length ? await manager.findBy(SkillEntity, { code: In(skillCodes) }) : [];
  const categoryOf = new Map(skills.map((skill) => [skill.code, skill.category as SkillCategory]));
  return new Map(modules.map((module) => [module.id, { code: module.code, kind: module.kind, category: categoryOf.get(firstSkill.get(module.id) ?? '') ?? null }]));
}
