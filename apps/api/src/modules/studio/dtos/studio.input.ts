import { Field, ID, InputType } from '@nestjs/graphql';
import type { SkillCategory } from '@savoir/domain';
import { SkillCategoryEnum } from './studio.model';

@InputType()
export class CreateSkillInput {
  @Field({ description: 'Stable code, e.g. heritage.founding-story' }) code!: string;
  @Field(() => SkillCategoryEnum) category!: SkillCategory;
  @Field({ description: "In the maison's default locale" }) name!: string;
  @Field({ description: "In the maison's default locale" }) description!: string;
}

@InputType()
export class UpdateSkillInput {
  @Field(() => ID) id!: string;
  @Field(() => SkillCategoryEnum, { nullable: true }) category?: SkillCategory;
  @Field({ nullable: true, description: 'The locale of name and description: the source locale, or a translation' }) locale?: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) description?: string;
}

@InputType()
export class SetSkillPrerequisitesInput {
  @Field(() => ID) skillId!: string;
  @Field(() => [ID], { description: 'Replaces the current prerequisites' }) prerequisiteIds!: string[];
}
