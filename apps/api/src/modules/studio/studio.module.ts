import { Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { SkillsService } from './skills.service';
import { AuditTrailResolver, LessonPreviewResolver, LocalisedTextResolver, SkillsResolver } from './studio.resolver';

/** Authoring: skills and their prerequisites (modules, questions and programs follow), with an audit trail. */
@Module({
  providers: [AuditLog, SkillsService, SkillsResolver, LocalisedTextResolver, AuditTrailResolver, LessonPreviewResolver],
})
export class StudioModule {}
