import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, type Actor } from '../../core/auth/access';
import { CurrentActor } from '../../core/auth/request-context';
import { AnswersService } from './answers.service';
import { EnrolInProgramInput, SubmitAnswerInput } from './dtos/learning.input';
import { AnswerResultModel, EnrolmentModel, EnrolmentResultModel, LearnerModuleModel, ModuleProgressModel } from './dtos/learning.model';
import { EnrolmentsService } from './enrolments.service';
import { LearnerService } from './learner.service';

/** The advisor's side: their programs, the module they work through, and their answers. */
@Resolver()
export class LearningResolver {
  constructor(
    private readonly learner: LearnerService,
    private readonly answers: AnswersService,
    private readonly enrolmentsService: EnrolmentsService,
  ) {}

  @Roles('ADVISOR')
  @Query(() => [EnrolmentModel], { description: 'The advisor’s programs, the onboarding program first, with their steps' })
  myEnrolments(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<EnrolmentModel[]> {
    return this.learner.enrolments(actor, locale);
  }

  @Roles('ADVISOR')
  @Query(() => LearnerModuleModel, { description: 'A published module to work through (the version the advisor started, if any)' })
  learnerModule(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('locale') locale: string): Promise<LearnerModuleModel> {
    return this.learner.module(actor, id, locale);
  }

  @Roles('ADVISOR')
  @Mutation(() => AnswerResultModel, {
    description:
      'Records an answer once per attemptId: a retry with the same answer returns the first result (replayed: true). Codes: ANSWER_INVALID, VERSION_NOT_PUBLISHED, NOT_FOUND, ATTEMPT_CONFLICT, VALIDATION_FAILED',
  })
  submitAnswer(@CurrentActor() actor: Actor, @Args('input') input: SubmitAnswerInput, @Args('locale') locale: string): Promise<AnswerResultModel> {
    return this.answers.submit(actor, input, locale);
  }

  @Roles('ADVISOR')
  @Mutation(() => ModuleProgressModel, { description: 'The advisor read the lesson to its end (the first reading is kept). Codes: NOT_FOUND, VERSION_NOT_PUBLISHED, VALIDATION_FAILED' })
  completeLesson(
    @CurrentActor() actor: Actor,
    @Args('moduleVersionId', { type: () => ID }) moduleVersionId: string,
    @Args('readAt', { type: () => GraphQLISODateTime, nullable: true, description: 'When it was read on the device (a reading made offline arrives later); now when not given' }) readAt?: Date | null,
    @Args('sentAt', { type: () => GraphQLISODateTime, nullable: true, description: 'When the device sent it, on the same clock as readAt: readAt is then read on the server’s clock' }) sentAt?: Date | null,
    @Args('timeZone', { type: () => String, nullable: true, description: 'The device’s IANA time zone when read (streak days, as for answers); the advisor’s own zone when not given' }) timeZone?: string | null,
  ): Promise<ModuleProgressModel> {
    return this.answers.completeLesson(actor, moduleVersionId, { readAt, sentAt, timeZone });
  }

  @Roles('HR', 'ADMIN')
  @Mutation(() => EnrolmentResultModel, { description: 'Enrols advisors, or a cohort, in a program with an optional due date' })
  enrolInProgram(@CurrentActor() actor: Actor, @Args('input') input: EnrolInProgramInput): Promise<EnrolmentResultModel> {
    return this.enrolmentsService.enrol(actor, input);
  }
}
