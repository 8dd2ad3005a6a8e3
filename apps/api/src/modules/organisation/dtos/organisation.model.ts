import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { COHORT_KINDS, type CohortKind } from '@savoir/domain';

export const CohortKindEnum = Object.fromEntries(COHORT_KINDS.map((kind) => [kind, kind])) as { [K in CohortKind]: K };
registerEnumType(CohortKindEnum, { name: 'CohortKind', description: 'PILOT and CONTROL groups are compared in Insights.' });

@ObjectType('Maison')
export class MaisonModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field() defaultLocale!: string;
  @Field({ description: 'Four-eyes publishing: content is published by an author other than its last editor' }) fourEyesPublishing!: boolean;
  @Field(() => Float, { description: 'The share of what advisors learned that spaced review keeps remembered (FSRS desired retention)' }) desiredRetention!: number;
}

@ObjectType('Region')
export class RegionModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Boutique')
export class BoutiqueModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() city!: string;
  @Field({ description: 'ISO 3166-1 alpha-2 country code' }) country!: string;
  @Field({ description: 'IANA time zone, e.g. Europe/Paris' }) timezone!: string;
  @Field() locale!: string;
  regionId!: string;
}

@ObjectType('Cohort')
export class CohortModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => CohortKindEnum) kind!: CohortKind;
  @Field() description!: string;
}

