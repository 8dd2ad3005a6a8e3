import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ContentQualityResolver, ModulesResolver, ProgramPackagesResolver, ProgramsResolver, QuestionsResolver } from './content.resolver';
import { ItemStatisticsService } from './item-statistics.service';
import { AnalyseItemsHandler } from './jobs/analyse-items.handler';
import { TranslationsService } from './translations.service';
import { ModulesService } from './modules.service';
import { ProgramPackagesService } from './program-packages.service';
import { ProgramsService } from './programs.service';
import { QuestionBankService } from './question-bank.service';
import { SkillsService } from './skills.service';
import { LessonPreviewResolver, LocalisedTextResolver, SkillsResolver } from './studio.resolver';

/** Authoring: skills, the question bank, modules and programs, versioned and reviewed, with an audit trail. */
@Module({
  imports: [AuditModule],
  providers: [
    SkillsService,
    QuestionBankService,
    ModulesService,
    ProgramsService,
    ProgramPackagesService,
    TranslationsService,
    ItemStatisticsService,
    AnalyseItemsHandler,
    SkillsResolver,
    QuestionsResolver,
    ModulesResolver,
    ProgramsResolver,
    ProgramPackagesResolver,
    ContentQualityResolver,
    LocalisedTextResolver,
    LessonPreviewResolver,
  ],
})
export class StudioModule {}
