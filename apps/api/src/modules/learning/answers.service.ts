import { Injectable } from '@nestjs/common';
import { answerIssues, canonicalJson, issue, CLOCK_SKEW_MS, isDeviceInstant, isValidTimeZone, MAX_TIME_TAKEN_MS, scoreAnswer, serverInstant, type Answer, type FieldIssue, type ModuleKind } from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { isUuid } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { DomainError } from '../../core/errors/domain-error';
import { Outbox } from '../../core/events/outbox';
import { UserEntity } from '../identity/entities/user.entity';
import { answerShape, invalidAnswer, parseShape } from '../studio/content-shapes';
import { ModuleEntity, ModuleVersionEntity } from '../studio/entities/module.entity';
import { QuestionVersionEntity } from '../studio/entities/question.entity';
import type { SubmitAnswerInput } from './dtos/learning.input';
import type { AnswerResultModel } from './dtos/learning.model';
import { AttemptEntity } from './entities/attempt.entity';
import { ModuleProgressEntity } from './entities/module-progress.entity';
import { explanationOf, solutionOf } from './learner-content';
import { LearnerModelHook } from './learner-model.hook';
import { ProgressService, toProgressModel, type LessonRead } from './progress.service';

/** A lesson read to its end, as the device tells it: when (on its clock, and when it sent it) and in which zone. */
export interface LessonReading {
  readAt?: Date | null;
  sentAt?: Date | null;
  timeZone?: string | null;
}

/**
 * Records an advisor's answer exactly once. The attempt id is the device's: a retry with the same id and the
 * same answer returns the first result and changes nothing; with a different answer it is ATTEMPT_CONFLICT. The
 * attempt, the learner model's update, the module and program progress and the `answer.recorded` event commit
 * together or not at all; XP, streaks and badges follow from the event, in the worker.
 */
@Injectable()
export class AnswersService {
  constructor(
    private readonly db: TenantDb,
    private readonly outbox: Outbox,
    private readonly progress: ProgressService,
    private readonly learnerModel: LearnerModelHook,
  ) {}

  async submit(actor: Actor, input: SubmitAnswerInput, locale: string, now = new Date()): Promise<AnswerResultModel> {
    const answer = parseShape<Answer>(answerShape, input.answer, 'ANSWER_INVALID');
    checkEnvelope(input, now);
    return this.db.run(actor.maisonId, async (manager) => {
      const earlier = await manager.findOneBy(AttemptEntity, { id: input.attemptId });
      if (earlier) return this.replay(manager, actor, earlier, input, answer, locale);

      const question = await manager.findOneBy(QuestionVersionEntity, { id: input.questionVersionId, questionId: input.questionId });
      if (!question) throw DomainError.notFound('The question');
      if (!question.publishedAt) throw new DomainError('VERSION_NOT_PUBLISHED', 'This version of the question was never published: only published content can be answered');
      // Offline answers arrive late, but none was given before the version was published. A device that says when
      // it sent has its instant read on the server's clock instead, within those bounds.
      if (!input.sentAt && input.answeredAt.getTime() < question.publishedAt.getTime() - CLOCK_SKEW_MS) {
        throw DomainError.validation([issue('answeredAt', 'ANSWERED_BEFORE_PUBLISHED')]);
      }
      const answeredAt = serverInstant({ at: input.answeredAt, sentAt: input.sentAt ?? null }, now, question.publishedAt);
      const moduleVersion = input.moduleVersionId ? await this.moduleVersionHolding(manager, input.moduleVersionId, question) : null;
      const issues = answerIssues(question.key, answer);
      if (issues.length) throw invalidAnswer(issues);

      const { score, correct } = scoreAnswer(question.key, answer);
      const attempt = manager.create(AttemptEntity, {
        id: input.attemptId,
        maisonId: actor.maisonId,
        userId: actor.userId,
        questionId: question.questionId,
        questionVersionId: question.id,
        moduleVersionId: moduleVersion?.id ?? null,
        answer,
        score,
        correct,
        timeTakenMs: input.timeTakenMs,
        answeredAt,
        timeZone: input.timeZone,
      });
      const inserted = await manager.createQueryBuilder().insert().into(AttemptEntity).values(attempt).orIgnore().returning(['id']).execute();
      if (!inserted.raw.length) {
        // The same attempt id committed by a concurrent request meanwhile: answer as a replay. (Invisible here:
        // another maison's attempt with this id, which is a conflict too.)
        const concurrent = await manager.findOneBy(AttemptEntity, { id: input.attemptId });
        if (!concurrent) throw attemptConflict();
        return this.replay(manager, actor, concurrent, input, answer, locale);
      }
      await this.learnerModel.onAttempt(manager, attempt, question);
      await this.outbox.publish(manager, actor.maisonId, 'answer.recorded', { userId: actor.userId, attemptId: attempt.id });
      const moduleProgress = moduleVersion ? await this.refreshProgress(manager, actor, moduleVersion) : null;
      return {
        attemptId: attempt.id,
        questionId: question.questionId,
        correct,
        score,
        explanation: explanationOf(question.presentation, locale),
        solution: solutionOf(question.key),
        replayed: false,
        moduleProgress: moduleProgress ? toProgressModel(moduleProgress) : null,
      };
    });
  }

  /**
   * Marks a lesson read to its end, at `readAt` on the device (now when not given; a reading made offline arrives
   * later). Idempotent: the earliest reading is kept, so a device sending it again changes nothing, and a reading made
   * offline yesterday that syncs after today's counts from yesterday.
   */
  async completeLesson(actor: Actor, moduleVersionId: string, { readAt, sentAt, timeZone }: LessonReading = {}, now = new Date()) {
    if (!isUuid(moduleVersionId)) throw DomainError.notFound('The module');
    DomainError.assertValid([
      ...(readAt && !sentAt && !isDeviceInstant(readAt, now) ? [issue('readAt', 'IN_THE_FUTURE')] : []),
      ...(sentAt && !Number.isFinite(sentAt.getTime()) ? [issue('sentAt', 'NOT_AN_INSTANT')] : []),
      ...(timeZone && !isValidTimeZone(timeZone) ? [issue('timeZone', 'DEVICE_TIME_ZONE_INVALID')] : []),
    ]);
    return this.db.run(actor.maisonId, async (manager) => {
      const version = await manager.findOneBy(ModuleVersionEntity, { id: moduleVersionId });
      if (!version) throw DomainError.notFound('The module');
      if (!version.publishedAt) throw new DomainError('VERSION_NOT_PUBLISHED', 'This version of the module was never published');
      const at = readAt ? serverInstant({ at: readAt, sentAt: sentAt ?? null }, now, version.publishedAt) : now;
      return toProgressModel(await this.refreshProgress(manager, actor, version, { at, zone: timeZone ?? null }));
    });
  }

  private async refreshProgress(manager: EntityManager, actor: Actor, version: ModuleVersionEntity, lessonRead?: LessonRead) {
    const [user, module] = [await manager.findOneByOrFail(UserEntity, { id: actor.userId }), await manager.findOneByOrFail(ModuleEntity, { id: version.moduleId })];
    return this.progress.refresh(manager, user, version, module.kind as ModuleKind, lessonRead);
  }

  /** The module version an answer names, which must show its question (in any published version of it). */
  private async moduleVersionHolding(manager: EntityManager, moduleVersionId: string, question: QuestionVersionEntity): Promise<ModuleVersionEntity> {
    const version = await manager.findOneBy(ModuleVersionEntity, { id: moduleVersionId });
    if (!version) throw DomainError.notFound('The module');
    if (!version.publishedAt) throw new DomainError('VERSION_NOT_PUBLISHED', 'This version of the module was never published');
    const pins = version.questionVersionIds ?? [];
    if (!pins.includes(question.id) && !(await manager.existsBy(QuestionVersionEntity, { id: In(pins), questionId: question.questionId }))) {
      throw DomainError.validation([issue('questionVersionId', 'NOT_IN_MODULE_VERSION')]);
    }
    return version;
  }

  private async replay(manager: EntityManager, actor: Actor, earlier: AttemptEntity, input: SubmitAnswerInput, answer: Answer, locale: string): Promise<AnswerResultModel> {
    const same = earlier.userId === actor.userId && earlier.questionVersionId === input.questionVersionId && canonicalJson(earlier.answer) === canonicalJson(answer);
    if (!same) throw attemptConflict();
    const question = await manager.findOneByOrFail(QuestionVersionEntity, { id: earlier.questionVersionId });
    const version = earlier.moduleVersionId ? await manager.findOneByOrFail(ModuleVersionEntity, { id: earlier.moduleVersionId }) : null;
    const progress = version ? await manager.findOneBy(ModuleProgressEntity, { userId: actor.userId, moduleId: version.moduleId }) : null;
    return {
      attemptId: earlier.id,
      questionId: earlier.questionId,
      correct: earlier.correct,
      score: earlier.score,
      explanation: explanationOf(question.presentation, locale),
      solution: solutionOf(question.key),
      replayed: true,
      moduleProgress: progress ? toProgressModel(progress) : null,
    };
  }
}

/** The parts of a submission that do not depend on the question: ids, time taken, the device's instant and zone. */
function checkEnvelope(input: SubmitAnswerInput, now: Date): void {
  const issues: FieldIssue[] = [];
  if (!isUuid(input.attemptId)) issues.push(issue('attemptId', 'ATTEMPT_ID_INVALID'));
  if (!isUuid(input.questionId)) issues.push(issue('questionId', 'QUESTION_ID_INVALID'));
  if (!isUuid(input.questionVersionId)) issues.push(issue('questionVersionId', 'QUESTION_VERSION_ID_INVALID'));
  if (input.moduleVersionId && !isUuid(input.moduleVersionId)) issues.push(issue('moduleVersionId', 'MODULE_VERSION_ID_INVALID'));
  if (!Number.isInteger(input.timeTakenMs) || input.timeTakenMs < 0 || input.timeTakenMs > MAX_TIME_TAKEN_MS) issues.push(issue('timeTakenMs', 'TIME_TAKEN_INVALID'));
  if (input.sentAt && !Number.isFinite(input.sentAt.getTime())) issues.push(issue('sentAt', 'NOT_AN_INSTANT'));
  else if (!input.sentAt && !isDeviceInstant(input.answeredAt, now)) issues.push(issue('answeredAt', 'IN_THE_FUTURE'));
  if (!isValidTimeZone(input.timeZone)) issues.push(issue('timeZone', 'DEVICE_TIME_ZONE_INVALID'));
  DomainError.assertValid(issues);
}

const attemptConflict = () => new DomainError('ATTEMPT_CONFLICT', 'This attempt id was already used for a different answer: generate a new id for a new answer');
