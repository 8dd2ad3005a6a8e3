import { Field, ID, InputType } from '@nestjs/graphql';
import type { CohortKind } from '@savoir/domain';
import { CohortKindEnum } from './organisation.model';

@InputType()
export class CreateRegionInput {
  @Field() name!: string;
}

@InputType()
export class UpdateRegionInput {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@InputType()
export class CreateBoutiqueInput {
  @Field(() => ID) regionId!: string;
  @Field() name!: string;
  @Field() city!: string;
  @Field() country!: string;
  @Field() timezone!: string;
  @Field() locale!: string;
}

@InputType()
export class UpdateBoutiqueInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) regionId?: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) city?: string;
  @Field({ nullable: true }) country?: string;
  @Field({ nullable: true }) timezone?: string;
  @Field({ nullable: true }) locale?: string;
}

@InputType()
export class CreateCohortInput {
  @Field() name!: string;
  @Field(() => CohortKindEnum) kind!: CohortKind;
  @Field({ nullable: true }) description?: string;
}

@InputType()
export class UpdateCohortInput {
  @Field(() => ID) id!: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) description?: string;
}

@InputType()
export class CohortMembersInput {
  @Field(() => ID) cohortId!: string;
  @Field(() => [ID]) userIds!: string[];
}
