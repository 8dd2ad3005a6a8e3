import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@savoir/domain';
import { RoleEnum } from './identity.model';

@InputType()
export class LoginInput {
  @Field() email!: string;
  @Field() password!: string;
  @Field({ nullable: true, description: 'Maison slug; needed only when the email exists in several maisons' }) maison?: string;
}

@InputType()
export class UserFilterInput {
  @Field({ nullable: true, description: 'Matches name (accents aside) or email' }) search?: string;
  @Field(() => RoleEnum, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true }) boutiqueId?: string;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class CreateUserInput {
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field(() => ID, { nullable: true }) boutiqueId?: string;
  @Field({ nullable: true, description: "Defaults to the boutique's, else the maison's" }) locale?: string;
  @Field({ nullable: true, description: "Defaults to the boutique's, else the maison's" }) timezone?: string;
  @Field({ nullable: true, description: 'Hire date, YYYY-MM-DD; required for advisors' }) startDate?: string;
  @Field({ nullable: true, description: 'Initial password (at least 12 characters)' }) password?: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID) id!: string;
  @Field({ nullable: true }) displayName?: string;
  @Field(() => ID, { nullable: true, description: 'null takes the user out of their boutique (refused for an advisor); absent keeps it' }) boutiqueId?: string | null;
  @Field({ nullable: true }) locale?: string;
  @Field({ nullable: true }) timezone?: string;
  @Field(() => String, { nullable: true, description: 'null clears it (refused for an advisor); absent keeps it' }) startDate?: string | null;
  @Field(() => [RoleEnum], { nullable: true, description: 'Set with the profile, in one transaction; absent keeps them' }) roles?: Role[];
}

@InputType()
export class SetUserRolesInput {
  @Field(() => ID) userId!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
}

@InputType()
export class SetUserPasswordInput {
  @Field(() => ID) userId!: string;
  @Field() password!: string;
}

@InputType()
export class StartUserImportInput {
  @Field() fileName!: string;
  @Field({ description: 'The CSV file, UTF-8, header row first' }) csv!: string;
}
