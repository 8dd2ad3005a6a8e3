import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ContentStatus } from '@savoir/domain';
import { Roles, type Actor } from '../../core/auth/access';
import { CurrentActor, FieldRequest, type AuthenticatedRequest } from '../../core/auth/request-context';
import { RequestLoaders } from '../../core/dataloader/request-loaders';
import { DomainError } from '../../core/errors/domain-error';
import {
  CreateModuleInput,
  CreateProgramInput,
  CreateQuestionInput,
  ReviewModuleInput,
  QuestionFilterInput,
  ReviewQuestionInput,
  SaveModuleDraftInput,
  SaveQuestionDraftInput,
  SetProgramModulesInput,
  UpdateProgramInput,
} from './dtos/content.input';
import { toItemStatisticsReportModel, toModuleModel, toProgramModel, toQuestionModel } from './dtos/content.mapper';
import { ContentStatusEnum, ItemStatisticsReportModel, ModuleModel, ProgramModel, ProgramPackageFileModel, ProgramPackageImportModel, QuestionModel, QuestionPageModel, TranslationGapModel } from './dtos/content.model';
import { ItemStatisticsService } from './item-statistics.service';
import { TranslationsService } from './translations.service';
import { ModulesService } from './modules.service';
import { ProgramPackagesService } from './program-packages.service';
import { ProgramsService } from './programs.service';
import { QuestionBankService } from './question-bank.service';

@Resolver(() => ProgramModel)
export class ProgramsResolver {
  constructor(
    private readonly programs: ProgramsService,
    private readonly moduleViews: ModulesService,
    private readonly loaders: RequestLoaders,
  ) {}

  // HR and ADMIN read programs to enrol advisors in one (enrolInProgram); their modules, drafts included, are the authors'.
  @Roles('AUTHOR', 'ADMIN', 'HR')
  @Query(() => [ProgramModel], { name: 'programs', description: 'The onboarding program first, then by code' })
  async programList(@CurrentActor() actor: Actor): Promise<ProgramModel[]> {
    return (await this.programs.list(actor)).map(toProgramModel);
  }

  @Roles('AUTHOR', 'ADMIN', 'HR')
  @Query(() => ProgramModel)
  async program(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ProgramModel> {
    return toProgramModel(await this.programs.get(actor, id));
  }

  @Roles('AUTHOR')
  @Mutation(() => ProgramModel, { description: 'ONBOARDING_TAKEN when another program is already the onboarding program' })
  async createProgram(@CurrentActor() actor: Actor, @Args('input') input: CreateProgramInput): Promise<ProgramModel> {
    return toProgramModel(await this.programs.create(actor, input));
  }

  @Roles('AUTHOR')
  @Mutation(() => ProgramModel, { description: 'Changes the settings, or the title/description in one locale' })
  async updateProgram(@CurrentActor() actor: Actor, @Args('input') input: UpdateProgramInput): Promise<ProgramModel> {
    return toProgramModel(await this.programs.update(actor, input));
  }

  @Roles('AUTHOR')
  @Mutation(() => ProgramModel, { description: 'Sets the modules in order (add, remove and reorder at once)' })
  async setProgramModules(@CurrentActor() actor: Actor, @Args('input') input: SetProgramModulesInput): Promise<ProgramModel> {
    return toProgramModel(await this.programs.setModules(actor, input));
  }

  /** A module shows its latest version, a draft or one in review as well: authors only, as the `modules` query. */
  @ResolveField(() => [ModuleModel], { description: 'In the order learners follow them' })
  async modules(@Parent() program: ProgramModel, @FieldRequest() req: AuthenticatedRequest): Promise<ModuleModel[]> {
    if (!req.actor.roles.includes('AUTHOR')) throw new DomainError('FORBIDDEN', 'Your roles do not allow this.');
    const loader = this.loaders.get<string, ModuleModel[]>(req, 'modulesByProgram', async (programIds) => {
      const byProgram = await this.programs.modulesOf(req.actor, programIds);
      const views = new Map((await this.moduleViews.views(req.actor, [...byProgram.values()].flat())).map((view) => [view.module.id, toModuleModel(view)]));
      return programIds.map((id) => (byProgram.get(id) ?? []).flatMap((module) => views.get(module.id) ?? []));
    });
    return loader.load(program.id);
  }
}

@Resolver(() => ModuleModel)
export class ModulesResolver {
  constructor(private readonly modules: ModulesService) {}

  @Roles('AUTHOR')
  @Query(() => [ModuleModel], { name: 'modules', description: 'By code; `status` keeps those whose latest version has it (IN_REVIEW: the review queue)' })
  async moduleList(@CurrentActor() actor: Actor, @Args('status', { type: () => ContentStatusEnum, nullable: true }) status: ContentStatus | null): Promise<ModuleModel[]> {
    return (await this.modules.list(actor, status)).map(toModuleModel);
  }

  @Roles('AUTHOR')
  @Query(() => ModuleModel)
  async module(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ModuleModel> {
    return toModuleModel(await this.modules.get(actor, id));
  }

  @Roles('AUTHOR')
  @Mutation(() => ModuleModel, { description: 'Creates the module and its first draft version' })
  async createModule(@CurrentActor() actor: Actor, @Args('input') input: CreateModuleInput): Promise<ModuleModel> {
    return toModuleModel(await this.modules.create(actor, input));
  }

  @Roles('AUTHOR')
  @Mutation(() => ModuleModel, { description: 'Saves into the draft; editing a published module starts a new draft version. CONTENT_IN_REVIEW while in review' })
  async saveModuleDraft(@CurrentActor() actor: Actor, @Args('input') input: SaveModuleDraftInput): Promise<ModuleModel> {
    return toModuleModel(await this.modules.saveDraft(actor, input));
  }

  @Roles('AUTHOR')
  @Mutation(() => ModuleModel, { description: 'Moves the module, and its questions, through review. FOUR_EYES_REQUIRED, INVALID_TRANSITION, MODULE_NOT_READY' })
  async reviewModule(@CurrentActor() actor: Actor, @Args('input') input: ReviewModuleInput): Promise<ModuleModel> {
    return toModuleModel(await this.modules.review(actor, input));
  }
}

@Resolver(() => QuestionModel)
export class QuestionsResolver {
  constructor(private readonly questions: QuestionBankService) {}

  @Roles('AUTHOR', 'ADMIN')
  @Query(() => QuestionPageModel, { name: 'questions', description: 'A page of the question bank by code, filtered on each question’s latest version' })
  async questionPage(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => QuestionFilterInput, nullable: true }) filter: QuestionFilterInput | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<QuestionPageModel> {
    const page = await this.questions.page(actor, filter ?? {}, offset, limit);
    return { items: page.items.map(toQuestionModel), total: page.total };
  }

  @Roles('AUTHOR', 'ADMIN')
  @Query(() => QuestionModel)
  async question(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<QuestionModel> {
    return toQuestionModel(await this.questions.get(actor, id));
  }

  @Roles('AUTHOR')
  @Mutation(() => QuestionModel, { description: 'Creates the question and its first draft version' })
  async createQuestion(@CurrentActor() actor: Actor, @Args('input') input: CreateQuestionInput): Promise<QuestionModel> {
    return toQuestionModel(await this.questions.create(actor, input));
  }

  @Roles('AUTHOR')
  @Mutation(() => QuestionModel, { description: 'Saves into the draft; editing a published question starts a new draft version' })
  async saveQuestionDraft(@CurrentActor() actor: Actor, @Args('input') input: SaveQuestionDraftInput): Promise<QuestionModel> {
    return toQuestionModel(await this.questions.saveDraft(actor, input));
  }

  @Roles('AUTHOR')
  @Mutation(() => [QuestionModel], { description: 'Adds the rows of a question-bank CSV as drafts, all or none; VALIDATION_FAILED lists row, field and message' })
  async importQuestionsCsv(@CurrentActor() actor: Actor, @Args('csv') csv: string): Promise<QuestionModel[]> {
    return (await this.questions.importCsv(actor, csv)).map(toQuestionModel);
  }

  @Roles('AUTHOR')
  @Mutation(() => QuestionModel, { description: 'Moves a question through review on its own (a module carries its questions along)' })
  async reviewQuestion(@CurrentActor() actor: Actor, @Args('input') input: ReviewQuestionInput): Promise<QuestionModel> {
    return toQuestionModel(await this.questions.review(actor, input));
  }
}

@Resolver()
export class ProgramPackagesResolver {
  constructor(private readonly packages: ProgramPackagesService) {}

  @Roles('AUTHOR')
  @Query(() => ProgramPackageFileModel, { description: 'The program with its published modules, questions and skills, as a package file; MODULE_NOT_READY names unpublished modules' })
  exportProgramPackage(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID }) programId: string): Promise<ProgramPackageFileModel> {
    return this.packages.export(actor, programId);
  }

  @Roles('AUTHOR')
  @Mutation(() => ProgramPackageImportModel, { description: 'Imports a package file by code, published; PACKAGE_INVALID rejects it whole with every reason' })
  importProgramPackage(@CurrentActor() actor: Actor, @Args('json') json: string): Promise<ProgramPackageImportModel> {
    return this.packages.import(actor, json);
  }
}

@Resolver()
export class ContentQualityResolver {
  constructor(
    private readonly translations: TranslationsService,
    private readonly statistics: ItemStatisticsService,
  ) {}

  @Roles('AUTHOR')
  @Query(() => [TranslationGapModel], { description: 'Every text MISSING or OUTDATED in `locale`: programs, modules and questions (latest versions), skills' })
  translationGaps(@CurrentActor() actor: Actor, @Args('locale') locale: string): Promise<TranslationGapModel[]> {
    return this.translations.gaps(actor, locale);
  }

  @Roles('AUTHOR')
  @Query(() => ItemStatisticsReportModel, { description: 'Item analysis of the published question versions, as of the last analysis' })
  async itemStatistics(@CurrentActor() actor: Actor): Promise<ItemStatisticsReportModel> {
    return toItemStatisticsReportModel(await this.statistics.report(actor));
  }

  @Roles('AUTHOR')
  @Mutation(() => ItemStatisticsReportModel, { description: 'Asks for the item statistics to be computed again now; the report is pending until they are' })
  async requestItemStatistics(@CurrentActor() actor: Actor): Promise<ItemStatisticsReportModel> {
    return toItemStatisticsReportModel(await this.statistics.request(actor));
  }
}
