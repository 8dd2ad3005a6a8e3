import { Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { AuditTrailResolver } from './audit-trail.resolver';

/** Who changed what and when, written in the change's transaction: authoring in Studio, and admins' changes to accounts. */
@Module({
  providers: [AuditLog, AuditTrailResolver],
  exports: [AuditLog],
})
export class AuditModule {}
