import { mapModuleTexts, mapPresentationTexts, textsByPath, type LocalisedText } from '@savoir/domain';
import type { ModuleVersionEntity } from '../entities/module.entity';
import type { ProgramEntity } from '../entities/program.entity';
import type { QuestionVersionEntity } from '../entities/question.entity';
import { moduleDraftOf, type ModuleView } from '../modules.service';
import { questionDraftOf, type QuestionView } from '../question-bank.service';
import type { ItemStatistics, ItemStatisticsReport } from '../item-statistics.service';
import type { FieldTextModel, ItemStatisticsModel, ItemStatisticsReportModel, ModuleModel, ModuleVersionModel, ProgramModel, QuestionModel, QuestionVersionModel, VersionAuthorshipModel } from './content.model';
import { toLocalisedTextModel } from './studio.mapper';

const fieldTexts = (fields: Array<{ path: string; text: LocalisedText }>): FieldTextModel[] => fields.map(({ path, text }) => ({ path, text: toLocalisedTextModel(text) }));

const authorshipOf = (version: QuestionVersionEntity | ModuleVersionEntity): VersionAuthorshipModel => ({
  lastEditorId: version.lastEditorId,
  lastEditorName: version.lastEditor?.displayName ?? 'Unknown',
  updatedAt: version.updatedAt,
  publishedAt: version.publishedAt,
});

export const toQuestionVersionModel = (version: QuestionVersionEntity): QuestionVersionModel => ({
  id: version.id,
  version: version.version,
  status: version.status,
  type: version.type,
  difficulty: version.difficulty,
  skills: version.skills,
  content: { ...questionDraftOf(version) },
  prompt: toLocalisedTextModel(version.presentation.prompt),
  texts: fieldTexts(textsByPath((visit) => mapPresentationTexts(version.presentation, visit))),
  authorship: authorshipOf(version),
});

export const toQuestionModel = ({ question, latest, published }: QuestionView): QuestionModel => ({
  id: question.id,
  code: question.code,
  latest: toQuestionVersionModel(latest),
  published: published && toQuestionVersionModel(published),
});

export const toModuleVersionModel = (version: ModuleVersionEntity): ModuleVersionModel => ({
  id: version.id,
  version: version.version,
  status: version.status,
  estimatedMinutes: version.estimatedMinutes,
  targetSkills: version.targetSkills,
  questions: version.questions,
  content: { ...moduleDraftOf(version) },
  title: toLocalisedTextModel(version.texts.title),
  texts: fieldTexts(textsByPath((visit) => mapModuleTexts(version.texts, visit))),
  authorship: authorshipOf(version),
});

export const toModuleModel = ({ module, latest, published }: ModuleView): ModuleModel => ({
  id: module.id,
  code: module.code,
  kind: module.kind,
  latest: toModuleVersionModel(latest),
  published: published && toModuleVersionModel(published),
});

export const toProgramModel = (program: ProgramEntity): ProgramModel => ({
  id: program.id,
  code: program.code,
  title: toLocalisedTextModel(program.title),
  description: toLocalisedTextModel(program.description),
  onboarding: program.onboarding,
  certificationThreshold: program.certificationThreshold,
  targetSkills: program.targetSkills,
  updatedAt: program.updatedAt,
});

export const toItemStatisticsReportModel = ({ analysedAt, pending, items }: ItemStatisticsReport): ItemStatisticsReportModel => ({ analysedAt, pending, items: items.map(toItemStatisticsModel) });

const toItemStatisticsModel = ({ version, analysis }: ItemStatistics): ItemStatisticsModel => ({
  questionId: version.questionId,
  code: version.question?.code ?? version.questionId,
  version: version.version,
  type: version.type,
  prompt: toLocalisedTextModel(version.presentation.prompt),
  attempts: analysis.attempts,
  learners: analysis.learners,
  difficulty: analysis.difficulty,
  discrimination: analysis.discrimination,
  upperLowerIndex: analysis.upperLowerIndex,
  choices: Object.entries(analysis.choiceDistribution).map(([optionId, { count, share }]) => {
    const label = version.presentation.choices?.[optionId]?.text;
    return { optionId, label: label ? toLocalisedTextModel(label) : null, count, share };
  }),
  flags: analysis.flags,
});
