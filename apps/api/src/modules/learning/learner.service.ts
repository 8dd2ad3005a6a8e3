import { Injectable } from '@nestjs/common';
import { programProgress, resolveText, type ModuleKind } from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { isUuid } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { DomainError } from '../../core/errors/domain-error';
import { ModuleEntity, ModuleVersionEntity } from '../studio/entities/module.entity';
import { ProgramEntity } from '../studio/entities/program.entity';
import type { EnrolmentModel, LearnerModuleModel, PathStepModel } from './dtos/learning.model';
import { AttemptEntity } from './entities/attempt.entity';
import { EnrolmentEntity } from './entities/enrolment.entity';
import { ModuleProgressEntity } from './entities/module-progress.entity';
import { presentModuleTexts, presentQuestion } from './learner-content';
import { moduleQuestions, ProgressService, toProgressModel } from './progress.service';

/** What an advisor sees of their learning: their programs with each step, and a module to work through. */
@Injectable()
export class LearnerService {
  constructor(
    private readonly db: TenantDb,
    private readonly progress: ProgressService,
  ) {}

  /** The advisor's enrolments, the onboarding program first, each with its steps and the next one. */
  enrolments(actor: Actor, locale: string): Promise<EnrolmentModel[]> {
    return this.db.run(actor.maisonId, async (manager) => {
      const enrolments = await manager.find(EnrolmentEntity, { where: { userId: actor.userId }, relations: { program: true }, order: { enrolledAt: 'ASC' } });
      const views: EnrolmentModel[] = [];
      for (const enrolment of enrolments) views.push(await this.enrolmentView(manager, actor.userId, enrolment, enrolment.program as ProgramEntity, locale));
      return views.sort((a, b) => Number(b.onboarding) - Number(a.onboarding));
    });
  }

  private async enrolmentView(manager: EntityManager, userId: string, enrolment: EnrolmentEntity, program: ProgramEntity, locale: string): Promise<EnrolmentModel> {
    const facts = await this.progress.programFacts(manager, userId, program.id);
    const outcome = programProgress(facts, program.certificationThreshold);
    const moduleIds = facts.map((fact) => fact.moduleId);
    const [modules, published] = [
      await manager.findBy(ModuleEntity, { id: In(moduleIds) }),
      await manager.findBy(ModuleVersionEntity, { moduleId: In(moduleIds), status: 'PUBLISHED' }),
    ];
    const codeOf = new Map(modules.map((module) => [module.id, module.code]));
    const versionOf = new Map(published.map((version) => [version.moduleId, version]));
    // The facts are the published modules: a module never published is not on the advisor's path.
    const steps: PathStepModel[] = facts.map((fact) => {
      const version = versionOf.get(fact.moduleId) as ModuleVersionEntity;
      return {
        moduleId: fact.moduleId,
        code: codeOf.get(fact.moduleId) ?? '',
        kind: fact.kind,
        title: resolveText(version.texts.title, locale).text,
        estimatedMinutes: version.estimatedMinutes,
        status: fact.progress.status,
        certification: fact.moduleId === outcome.certificationModuleId,
      };
    });
    return {
      id: enrolment.id,
      programId: program.id,
      programTitle: resolveText(program.title, locale).text,
      onboarding: program.onboarding,
      source: enrolment.source,
      startsOn: enrolment.startsOn,
      dueOn: enrolment.dueOn,
      certificationThreshold: program.certificationThreshold,
      completedAt: enrolment.completedAt,
      certifiedAt: enrolment.certifiedAt,
      certificationScore: enrolment.certificationScore,
      onboardingDays: enrolment.onboardingDays,
      steps,
      nextStep: steps.find((step) => step.status !== 'COMPLETED') ?? null,
    };
  }

  /**
   * A module as the advisor works through it: the version they started, or the published one. Questions come
   * without their key, choices in the advisor's own stable order.
   */
  module(actor: Actor, moduleId: string, locale: string): Promise<LearnerModuleModel> {
    if (!isUuid(moduleId)) throw DomainError.notFound('The module');
    return this.db.run(actor.maisonId, async (manager) => {
      const module = await manager.findOneBy(ModuleEntity, { id: moduleId });
      if (!module) throw DomainError.notFound('The module');
      const progress = await manager.findOneBy(ModuleProgressEntity, { userId: actor.userId, moduleId });
      const version = progress
        ? await manager.findOneByOrFail(ModuleVersionEntity, { id: progress.moduleVersionId })
        : await manager.findOneBy(ModuleVersionEntity, { moduleId, status: 'PUBLISHED' });
      if (!version) throw DomainError.notFound('The module');
      const questions = await moduleQuestions(manager, version);
      const answered = new Set(
        questions.length
          ? (await manager.find(AttemptEntity, { where: { userId: actor.userId, questionId: In(questions.map((question) => question.questionId)) }, select: { questionId: true } })).map((attempt) => attempt.questionId)
          : [],
      );
      const texts = presentModuleTexts(version.texts, locale);
      return {
        id: module.id,
        versionId: version.id,
        code: module.code,
        kind: module.kind as ModuleKind,
        ...texts,
        estimatedMinutes: version.estimatedMinutes,
        questions: questions.map((question) =>
          presentQuestion({ questionId: question.questionId, versionId: question.id, key: question.key, presentation: question.presentation }, locale, actor.userId, answered.has(question.questionId)),
        ),
        progress: toProgressModel(progress, questions.length),
      };
    });
  }
}
