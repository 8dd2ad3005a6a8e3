import { Injectable } from '@nestjs/common';
import { mapModuleTexts, mapPresentationTexts, textsByPath, translationGaps, type LocalisedText, type TranslationStatus } from '@savoir/domain';
import type { Actor } from '../../core/auth/access';
import { TenantDb } from '../../core/database/tenant-db';
import { ModuleEntity } from './entities/module.entity';
import { ProgramEntity } from './entities/program.entity';
import { QuestionEntity } from './entities/question.entity';
import { SkillEntity } from './entities/skill.entity';
import { ModulesService } from './modules.service';
import { QuestionBankService } from './question-bank.service';

export interface TranslationGap {
  entityType: 'program' | 'module' | 'question' | 'skill';
  entityId: string;
  code: string;
  path: string;
  status: Exclude<TranslationStatus, 'UP_TO_DATE'>;
  source: string;
  text: string | null;
}

/** What a locale still lacks across the maison's content: every text MISSING or OUTDATED, where it is. */
@Injectable()
export class TranslationsService {
  constructor(private readonly db: TenantDb) {}

  gaps(actor: Actor, locale: string): Promise<TranslationGap[]> {
    return this.db.run(actor.maisonId, async (manager) => {
      const { maisonId } = actor;
      // One after another: a transaction is one connection, which runs one query at a time.
      const programs = await manager.find(ProgramEntity, { where: { maisonId }, order: { code: 'ASC' } });
      const skills = await manager.find(SkillEntity, { where: { maisonId }, order: { code: 'ASC' } });
      const modules = await manager.find(ModuleEntity, { where: { maisonId }, order: { code: 'ASC' } });
      const questions = await manager.find(QuestionEntity, { where: { maisonId }, order: { code: 'ASC' } });
      const moduleViews = await ModulesService.load(manager, maisonId, modules);
      const questionViews = await QuestionBankService.load(manager, maisonId, questions);
      const fields = (entityType: TranslationGap['entityType'], entityId: string, code: string, texts: Array<{ path: string; text: LocalisedText }>): TranslationGap[] =>
        translationGaps(texts, locale).map((gap) => ({ entityType, entityId, code, ...gap, text: texts.find((field) => field.path === gap.path)?.text.values[locale]?.text ?? null }));
      return [
        ...programs.flatMap((program) => fields('program', program.id, program.code, [{ path: 'title', text: program.title }, { path: 'description', text: program.description }])),
        ...moduleViews.flatMap(({ module, latest }) => fields('module', module.id, module.code, textsByPath((visit) => mapModuleTexts(latest.texts, visit)))),
        ...questionViews.flatMap(({ question, latest }) => fields('question', question.id, question.code, textsByPath((visit) => mapPresentationTexts(latest.presentation, visit)))),
        ...skills.flatMap((skill) => fields('skill', skill.id, skill.code, [{ path: 'name', text: skill.name }, { path: 'description', text: skill.description }])),
      ];
    });
  }
}
