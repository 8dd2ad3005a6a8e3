import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { AuditEntryEntity } from './audit-entry.entity';

@ObjectType('AuditChange')
export class AuditChangeModel {
  @Field() field!: string;
  @Field(() => String, { nullable: true, description: 'JSON of the value before' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the value after' }) after!: string | null;
}

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID) id!: string;
  @Field() entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field() action!: string;
  @Field() actorName!: string;
  @Field(() => [AuditChangeModel]) changes!: AuditChangeModel[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export const toAuditEntryModel = (entry: AuditEntryEntity): AuditEntryModel => ({
  id: entry.id,
  entityType: entry.entityType,
  entityId: entry.entityId,
  action: entry.action,
  actorName: entry.actor?.displayName ?? 'Unknown',
  changes: Object.entries(entry.changes).map(([field, { before, after }]) => ({
    field,
    before: before === null || before === undefined ? null : JSON.stringify(before),
    after: after === null || after === undefined ? null : JSON.stringify(after),
  })),
  createdAt: entry.createdAt,
});
