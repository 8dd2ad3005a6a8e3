import { Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { ModulesResolver, ProgramPackagesResolver, ProgramsResolver, QuestionsResolver } from './content.resolver';
import { ModulesService } from './modules.service';
import { ProgramPackagesService } from './program-packages.service';
import { ProgramsService } from './programs.service';
import { QuestionBankService } from './question-bank.service';
import { SkillsService } from './skills.service';
import { AuditTrailResolver, LessonPreviewResolver, LocalisedTextResolver, SkillsResolver } from './studio.resolver';

/** Authoring: skills, the question bank, modules and programs, versioned and reviewed, with an audit trail. */
@Module({
  providers: [
    AuditLog,
    SkillsService,
    QuestionBankService,
    ModulesService,
    ProgramsService,
    ProgramPackagesService,
    SkillsResolver,
    QuestionsResolver,
    ModulesResolver,
    ProgramsResolver,
    ProgramPackagesResolver,
    LocalisedTextResolver,
    AuditTrailResolver,
    LessonPreviewResolver,
  ],
})
export class StudioModule {}
