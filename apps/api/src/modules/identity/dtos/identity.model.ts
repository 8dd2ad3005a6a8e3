import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type IssueParams, type Role } from '@savoir/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { MaisonModel } from '../../organisation/dtos/organisation.model';
import type { UserImportStatus } from '../entities/user-import.entity';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role' });

const USER_IMPORT_STATUSES: Record<UserImportStatus, UserImportStatus> = { PENDING: 'PENDING', RUNNING: 'RUNNING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED' };
registerEnumType(USER_IMPORT_STATUSES, { name: 'UserImportStatus' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field() locale!: string;
  @Field() timezone!: string;
  @Field(() => String, { nullable: true, description: 'Hire date, YYYY-MM-DD' }) startDate!: string | null;
  @Field() active!: boolean;
  @Field({ description: 'False until a password is set (imported users)' }) hasPassword!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  boutiqueId!: string | null;
}

@ObjectType('UserPage')
export class UserPageModel {
  @Field(() => [UserModel]) items!: UserModel[];
  @Field(() => Int) total!: number;
}

/** The signed-in user, as they see themselves. */
@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field() locale!: string;
  @Field() timezone!: string;
  @Field(() => MaisonModel) maison!: MaisonModel;
  boutiqueId!: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() accessToken!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => ViewerModel) viewer!: ViewerModel;
}

@ObjectType('RowIssue')
export class RowIssueModel {
  @Field(() => Int, { description: 'Row as a spreadsheet numbers it: the header is row 1' }) row!: number;
  @Field() field!: string;
  @Field({ description: 'Stable code of the problem (e.g. EMAIL_INVALID), for a client to word it in its language' }) code!: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Values the wording names, by name (e.g. { max: 120 })' }) params?: IssueParams | null;
  @Field({ description: 'The problem in English, for a client that does not know the code' }) message!: string;
}

@ObjectType('UserImport')
export class UserImportModel {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field(() => USER_IMPORT_STATUSES) status!: UserImportStatus;
  @Field(() => Int) totalRows!: number;
  @Field(() => Int) processedRows!: number;
  @Field(() => Int) createdUsers!: number;
  @Field(() => [RowIssueModel]) issues!: RowIssueModel[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt!: Date | null;
}
