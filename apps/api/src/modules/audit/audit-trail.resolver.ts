import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Roles, type Actor } from '../../core/auth/access';
import { CurrentActor } from '../../core/auth/request-context';
import { TenantDb } from '../../core/database/tenant-db';
import { DomainError } from '../../core/errors/domain-error';
import { AuditLog, USER_ENTRIES } from './audit-log';
import { AuditEntryModel, toAuditEntryModel } from './audit.model';

@Resolver(() => AuditEntryModel)
export class AuditTrailResolver {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
  ) {}

  @Roles('AUTHOR', 'ADMIN')
  @Query(() => [AuditEntryModel], {
    description: 'Changes of one item, newest first: authoring (entityType program, module, question or skill) for authors and admins; a user’s account (entityType user: roles, profile, password, deactivation) for admins only. Codes: FORBIDDEN',
  })
  async auditTrail(
    @CurrentActor() actor: Actor,
    @Args('entityType') entityType: string,
    @Args('entityId', { type: () => ID }) entityId: string,
  ): Promise<AuditEntryModel[]> {
    if (entityType === USER_ENTRIES && !actor.roles.includes('ADMIN')) throw new DomainError('FORBIDDEN', 'Only admins read the changes made to accounts.');
    const entries = await this.db.run(actor.maisonId, (manager) => this.audit.trail(manager, entityType, entityId));
    return entries.map(toAuditEntryModel);
  }
}
