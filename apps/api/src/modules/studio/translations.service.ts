import { Injectable } from '@nestjs/common';
import { mapModuleTexts, mapPresentationTexts, textsByPath, translationGaps, type LocalisedText, type ModuleTexts, type QuestionPresentation, type TranslationStatus } from '@savoir/domain';
import type { Actor } from '../../core/auth/access';
import { TenantDb } from '../../core/database/tenant-db';
import { ProgramEntity } from './entities/program.entity';
import { SkillEntity } from './entities/skill.entity';

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
      // One after another: a transaction is one connection, which runs one query at a time. Of modules and questions,
      // only the latest version's texts, read as they are stored: a bank runs to tens of thousands of questions.
      const programs = await manager.find(ProgramEntity, { where: { maisonId }, order: { code: 'ASC' } });
      const skills = await manager.find(SkillEntity, { where: { maisonId }, order: { code: 'ASC' } });
      const modules: Array<{ id: string; code: string; texts: ModuleTexts<LocalisedText> }> = await manager.query(latestTexts('module', 'texts'), [maisonId]);
      const questions: Array<{ id: string; code: string; texts: QuestionPresentation<LocalisedText> }> = await manager.query(latestTexts('question', 'presentation'), [maisonId]);
      const fields = (entityType: TranslationGap['entityType'], entityId: string, code: string, texts: Array<{ path: string; text: LocalisedText }>): TranslationGap[] =>
        translationGaps(texts, locale).map((gap) => ({ entityType, entityId, code, ...gap, text: texts.find((field) => field.path === gap.path)?.text.values[locale]?.text ?? null }));
      return [
        ...programs.flatMap((program) => fields('program', program.id, program.code, [{ path: 'title', text: program.title }, { path: 'description', text: program.description }])),
        ...modules.flatMap((module) => fields('module', module.id, module.code, textsByPath((visit) => mapModuleTexts(module.texts, visit)))),
        ...questions.flatMap((question) => fields('question', question.id, question.code, textsByPath((visit) => mapPresentationTexts(question.texts, visit)))),
        ...skills.flatMap((skill) => fields('skill', skill.id, skill.code, [{ path: 'name', text: skill.name }, { path: 'description', text: skill.description }])),
      ];
    });
  }
}

/** Each module's or question's code and its latest version's texts column, by code. */
function latestTexts(owner: 'module' | 'question', column: 'texts' | 'presentation'): string {
  return `SELECT o.id, o.code, latest.${column} AS texts FROM ${owner} o
    CROSS JOIN LATERAL (SELECT v.${column} FROM ${owner}_version v WHERE v.${owner}_id = o.id ORDER BY v.version DESC LIMIT 1) latest
    WHERE o.maison_id = $1 ORDER BY o.code`;
}
