import { Injectable } from '@nestjs/common';
import { moduleProgress, onboardingDays, programProgress, type ModuleKind, type ModuleProgress, type ProgramModuleFacts } from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db';
import { Outbox } from '../../core/events/outbox';
import { UserEntity } from '../identity/entities/user.entity';
import { ModuleEntity, ModuleVersionEntity } from '../studio/entities/module.entity';
import { QuestionVersionEntity } from '../studio/entities/question.entity';
import { ProgramEntity, ProgramModuleEntity } from '../studio/entities/program.entity';
import { AttemptEntity } from './entities/attempt.entity';
import { EnrolmentEntity } from './entities/enrolment.entity';
import { ModuleProgressEntity } from './entities/module-progress.entity';
import { lockLearner } from './learner-lock';

/**
 * The questions a module version shows, in order: each pinned question in its current published version, or the
 * pinned one when the question has none (archived). A question corrected and published reaches advisors part-way
 * through the module too; progress counts answers by question, so an answer to any version of it counts.
 */
export async function moduleQuestions(manager: EntityManager, version: ModuleVersionEntity): Promise<QuestionVersionEntity[]> {
  const pins = version.questionVersionIds ?? [];
  if (pins.length === 0) return [];
  const pinned = await manager.findBy(QuestionVersionEntity, { id: In(pins) });
  const published = await manager.findBy(QuestionVersionEntity, { questionId: In(pinned.map((question) => question.questionId)), status: 'PUBLISHED' });
  const pinOf = new Map(pinned.map((question) => [question.id, question]));
  const publishedOf = new Map(published.map((question) => [question.questionId, question]));
  return pins.flatMap((id) => {
    const pin = pinOf.get(id);
    return pin ? [publishedOf.get(pin.questionId) ?? pin] : [];
  });
}

/** The advisor's progress on a module version by the rules of libs/domain, from their answers to its questions. */
async function progressFromAnswers(manager: EntityManager, userId: string, version: ModuleVersionEntity, kind: ModuleKind, lessonReadAt: Date | null): Promise<ModuleProgress> {
  const questionIds = (await moduleQuestions(manager, version)).map((question) => question.questionId);
  const attempts = questionIds.length
    ? await manager.find(AttemptEntity, { where: { userId, questionId: In(questionIds) }, select: { questionId: true, score: true, correct: true, answeredAt: true } })
    : [];
  return moduleProgress({
    kind,
    questionIds,
    lessonReadAt,
    attempts: attempts.map((attempt) => ({ questionId: attempt.questionId, score: attempt.score, correct: attempt.correct, answeredAt: attempt.answeredAt })),
  });
}

const NOT_STARTED = (total: number): ModuleProgress => ({ status: 'NOT_STARTED', answered: 0, total, score: null, bestScore: null, bestScoreRises: [], correctFirstTime: 0, perfect: false, completedAt: null });

/**
 * Keeps progress true after every answer or lesson read, in the caller's transaction: the module's progress from
 * its facts (libs/domain `moduleProgress`), then each enrolment whose program holds the module (completion,
 * certification, the onboarding time). A module completed for the first time publishes `module.completed`.
 */
/** A lesson read to its end: when, on the server's clock, and the zone of the device it was read on (null: unknown). */
export interface LessonRead {
  at: Date;
  zone: string | null;
}

@Injectable()
export class ProgressService {
  constructor(
    private readonly db: TenantDb,
    private readonly outbox: Outbox,
  ) {}

  async refresh(manager: EntityManager, user: UserEntity, moduleVersion: ModuleVersionEntity, kind: ModuleKind, lessonRead?: LessonRead): Promise<ModuleProgressEntity> {
    await lockLearner(manager, user.id);
    const existing = await manager.findOneBy(ModuleProgressEntity, { userId: user.id, moduleId: moduleVersion.moduleId });
    // Progress stays on the version the advisor started; a newer version published meanwhile applies next time.
    const versionId = existing?.moduleVersionId ?? moduleVersion.id;
    const version = versionId === moduleVersion.id ? moduleVersion : await manager.findOneByOrFail(ModuleVersionEntity, { id: versionId });
    // The earliest reading counts, whichever device's arrives first (one read offline yesterday syncs after today's),
    // with the zone it was read in.
    const earlier = existing?.lessonReadAt && (!lessonRead || existing.lessonReadAt.getTime() <= lessonRead.at.getTime());
    const readAt = earlier ? existing.lessonReadAt : (lessonRead?.at ?? null);
    const readZone = earlier ? existing.lessonReadZone : (lessonRead?.zone ?? null);
    const computed = await progressFromAnswers(manager, user.id, version, kind, readAt);
    const wasCompleted = existing?.status === 'COMPLETED';
    const saved = await manager.save(
      manager.create(ModuleProgressEntity, {
        ...existing,
        maisonId: user.maisonId,
        userId: user.id,
        moduleId: version.moduleId,
        moduleVersionId: version.id,
        status: computed.status,
        answered: computed.answered,
        total: computed.total,
        score: computed.score,
        bestScore: computed.bestScore,
        correctFirstTime: computed.correctFirstTime,
        perfect: computed.perfect,
        lessonReadAt: readAt,
        lessonReadZone: readZone,
        completedAt: computed.completedAt,
      }),
    );
    if (!wasCompleted && saved.status === 'COMPLETED') {
      await this.outbox.publish(manager, user.maisonId, 'module.completed', { userId: user.id, moduleProgressId: saved.id });
    } else if (readAt && readAt.getTime() !== existing?.lessonReadAt?.getTime()) {
      // A reading that completes nothing is still a day of activity: the streak is rebuilt with it.
      await this.outbox.publish(manager, user.maisonId, 'lesson.read', { userId: user.id, moduleProgressId: saved.id });
    }
    await this.refreshEnrolments(manager, user, { moduleId: version.moduleId, progress: computed });
    return saved;
  }

  /** Completion and certification of every enrolment whose program holds `moduleId`. Recorded once, never undone. */
  private async refreshEnrolments(manager: EntityManager, user: UserEntity, fresh: { moduleId: string; progress: ModuleProgress }): Promise<void> {
    const programIds = (await manager.findBy(ProgramModuleEntity, { moduleId: fresh.moduleId })).map((row) => row.programId);
    if (!programIds.length) return;
    const enrolments = await manager.findBy(EnrolmentEntity, { userId: user.id, programId: In(programIds) });
    for (const enrolment of enrolments) await this.settleEnrolment(manager, user, enrolment, fresh);
  }

  /** `settleEnrolment` for an enrolment made by a change elsewhere (`enrolment.created`); idempotent, a no-op once certified. */
  settleEnrolmentOf(maisonId: string, userId: string, enrolmentId: string): Promise<void> {
    return this.db.run(maisonId, async (manager) => {
      const [user, enrolment] = [await manager.findOneBy(UserEntity, { id: userId }), await manager.findOneBy(EnrolmentEntity, { id: enrolmentId })];
      if (user && enrolment) await this.settleEnrolment(manager, user, enrolment);
    });
  }

  /**
   * Records the enrolment completed and certified if the advisor's progress (`fresh` for the module just worked on,
   * stored progress for the others) already says so: after an answer, and when an advisor is enrolled in a program
   * whose modules they have finished already. Recorded once, never undone.
   */
  async settleEnrolment(manager: EntityManager, user: UserEntity, enrolment: EnrolmentEntity, fresh?: { moduleId: string; progress: ModuleProgress }): Promise<void> {
    if (enrolment.certifiedAt) return;
    // Under the advisor's lock (re-entrant; an answer holds it already): an answer committing meanwhile is read, not missed.
    await lockLearner(manager, user.id);
    const program = await manager.findOneByOrFail(ProgramEntity, { id: enrolment.programId });
    const facts = await this.programFacts(manager, user.id, program.id, fresh);
    const outcome = programProgress(facts, program.certificationThreshold);
    enrolment.completedAt ??= outcome.completed ? latestCompletion(facts) : null;
    if (outcome.certified && outcome.certifiedAt) {
      enrolment.certifiedAt = outcome.certifiedAt;
      enrolment.certificationScore = outcome.certificationScore;
      enrolment.onboardingDays = program.onboarding && user.startDate ? onboardingDays(user.startDate, outcome.certifiedAt, user.timezone) : null;
    }
    await manager.save(enrolment);
  }

  /**
   * The program's published modules in order, each with the advisor's stored progress (NOT_STARTED when none), or
   * `fresh` for the module just worked on. The certification quiz's progress is worked out from the answers: stored
   * progress keeps no record of the instants its best score rose, which certification dates itself by, and the
   * module completed last (a lesson read offline, say) may arrive after the answer that lifted the score. A module
   * never published is not on the advisor's path, so it neither holds completion back nor becomes the certification
   * quiz: an author may place a module in a program while still writing it.
   */
  async programFacts(manager: EntityManager, userId: string, programId: string, fresh?: { moduleId: string; progress: ModuleProgress }): Promise<ProgramModuleFacts[]> {
    const placed = await manager.find(ProgramModuleEntity, { where: { programId }, order: { position: 'ASC' } });
    const published = new Set((await manager.find(ModuleVersionEntity, { select: { moduleId: true }, where: { moduleId: In(placed.map((row) => row.moduleId)), status: 'PUBLISHED' } })).map((version) => version.moduleId));
    const rows = placed.filter((row) => published.has(row.moduleId));
    const moduleIds = rows.map((row) => row.moduleId);
    const [modules, progress] = [await manager.findBy(ModuleEntity, { id: In(moduleIds) }), await manager.findBy(ModuleProgressEntity, { userId, moduleId: In(moduleIds) })];
    const kindOf = new Map(modules.map((module) => [module.id, module.kind as ModuleKind]));
    const progressOf = new Map(progress.map((entry) => [entry.moduleId, entry]));
    const quiz = progressOf.get([...rows].reverse().find((row) => kindOf.get(row.moduleId) === 'QUIZ')?.moduleId ?? '');
    const quizProgress =
      quiz && quiz.moduleId !== fresh?.moduleId ? await progressFromAnswers(manager, userId, await manager.findOneByOrFail(ModuleVersionEntity, { id: quiz.moduleVersionId }), 'QUIZ', quiz.lessonReadAt) : null;
    return rows.map((row) => ({
      moduleId: row.moduleId,
      kind: kindOf.get(row.moduleId) as ModuleKind,
      progress: row.moduleId === fresh?.moduleId ? fresh.progress : row.moduleId === quiz?.moduleId && quizProgress ? quizProgress : toModuleProgress(progressOf.get(row.moduleId)),
    }));
  }
}

function latestCompletion(facts: readonly ProgramModuleFacts[]): Date | null {
  const instants = facts.flatMap((fact) => (fact.progress.completedAt ? [fact.progress.completedAt.getTime()] : []));
  return instants.length ? new Date(Math.max(...instants)) : null;
}

/** Progress as the advisor's app reads it: the rules' outcome and when the lesson was read. */
export function toProgressModel(entity: ModuleProgressEntity | undefined | null, total = 0): ModuleProgress & { lessonReadAt: Date | null } {
  return { ...toModuleProgress(entity, total), lessonReadAt: entity?.lessonReadAt ?? null };
}

export function toModuleProgress(entity: ModuleProgressEntity | undefined | null, total = 0): ModuleProgress {
  if (!entity) return NOT_STARTED(total);
  // Stored progress keeps no history of best-score rises (programFacts works the certification quiz's out again).
  return { status: entity.status, answered: entity.answered, total: entity.total, score: entity.score, bestScore: entity.bestScore, bestScoreRises: [], correctFirstTime: entity.correctFirstTime, perfect: entity.perfect, completedAt: entity.completedAt };
}
