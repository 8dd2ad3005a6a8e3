import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, type Actor } from '../../core/auth/access';
import { CurrentActor, FieldRequest, type AuthenticatedRequest } from '../../core/auth/request-context';
import { byKeys, RequestLoaders } from '../../core/dataloader/request-loaders';
import { DomainError } from '../../core/errors/domain-error';
import { CohortsService } from '../organisation/cohorts.service';
import { toBoutiqueModel, toCohortModel } from '../organisation/dtos/organisation.mapper';
import { BoutiqueModel, CohortModel } from '../organisation/dtos/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { CreateUserInput, SetUserPasswordInput, SetUserRolesInput, StartUserImportInput, UpdateUserInput, UserFilterInput } from './dtos/identity.input';
import { toUserImportModel, toUserModel } from './dtos/identity.mapper';
import { UserImportModel, UserModel, UserPageModel, ViewerModel } from './dtos/identity.model';
import { UserImportsService } from './user-imports.service';
import { UsersService } from './users.service';

/** Loads the boutique of a user or viewer, batched per request. */
function loadBoutique(loaders: RequestLoaders, organisation: OrganisationService, req: AuthenticatedRequest, boutiqueId: string | null) {
  if (!boutiqueId) return null;
  return loaders
    .get<string, BoutiqueModel | null>(req, 'boutiqueById', async (ids) =>
      byKeys(ids, (await organisation.boutiquesByIds(req.actor, ids)).map(toBoutiqueModel), (boutique) => boutique.id),
    )
    .load(boutiqueId);
}

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly organisation: OrganisationService,
    private readonly cohortsService: CohortsService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles('ADMIN')
  @Query(() => UserPageModel)
  async users(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => UserFilterInput, nullable: true }) filter: UserFilterInput | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<UserPageModel> {
    const page = await this.usersService.list(actor, filter ?? {}, offset, limit);
    return { items: page.items.map(toUserModel), total: page.total };
  }

  @Roles('ADMIN')
  @Query(() => UserModel)
  async user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return toUserModel(await this.usersService.get(actor, id));
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel)
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return toUserModel(await this.usersService.create(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel)
  async updateUser(@CurrentActor() actor: Actor, @Args('input') input: UpdateUserInput): Promise<UserModel> {
    return toUserModel(await this.usersService.update(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel)
  async setUserRoles(@CurrentActor() actor: Actor, @Args('input') input: SetUserRolesInput): Promise<UserModel> {
    return toUserModel(await this.usersService.setRoles(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel)
  async setUserPassword(@CurrentActor() actor: Actor, @Args('input') input: SetUserPasswordInput): Promise<UserModel> {
    return toUserModel(await this.usersService.setPassword(actor, input));
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel)
  async deactivateUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return toUserModel(await this.usersService.deactivate(actor, id));
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel)
  async reactivateUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return toUserModel(await this.usersService.reactivate(actor, id));
  }

  @ResolveField(() => BoutiqueModel, { nullable: true })
  boutique(@Parent() user: UserModel, @FieldRequest() req: AuthenticatedRequest) {
    return loadBoutique(this.loaders, this.organisation, req, user.boutiqueId);
  }

  @ResolveField(() => [CohortModel])
  async cohorts(@Parent() user: UserModel, @FieldRequest() req: AuthenticatedRequest): Promise<CohortModel[]> {
    const loader = this.loaders.get<string, CohortModel[]>(req, 'cohortsByUser', async (userIds) => {
      const byUser = await this.cohortsService.cohortsOfUsers(req.actor, userIds);
      return userIds.map((id) => (byUser.get(id) ?? []).map(toCohortModel));
    });
    return loader.load(user.id);
  }
}

@Resolver(() => ViewerModel)
export class ViewerFieldsResolver {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly loaders: RequestLoaders,
  ) {}

  @ResolveField(() => BoutiqueModel, { nullable: true })
  boutique(@Parent() viewer: ViewerModel, @FieldRequest() req: AuthenticatedRequest) {
    return loadBoutique(this.loaders, this.organisation, req, viewer.boutiqueId);
  }
}

@Resolver(() => CohortModel)
export class CohortMembersResolver {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly loaders: RequestLoaders,
  ) {}

  /**
   * Who is in a cohort is the user directory's (ADMIN): HR reads cohorts to compare their figures, never their people.
   * The members of every cohort of the request are read at once, in one transaction.
   */
  @ResolveField(() => [UserModel])
  async members(@Parent() cohort: CohortModel, @FieldRequest() req: AuthenticatedRequest): Promise<UserModel[]> {
    if (!req.actor.roles.includes('ADMIN')) throw new DomainError('FORBIDDEN', 'Your roles do not allow this.');
    const loader = this.loaders.get<string, UserModel[]>(req, 'membersByCohort', async (cohortIds) => {
      const byCohort = await this.cohorts.membersOfCohorts(req.actor, cohortIds);
      return cohortIds.map((id) => (byCohort.get(id) ?? []).map(toUserModel));
    });
    return loader.load(cohort.id);
  }
}

@Resolver(() => UserImportModel)
export class UserImportsResolver {
  constructor(private readonly imports: UserImportsService) {}

  @Roles('ADMIN')
  @Query(() => [UserImportModel], { description: 'The 20 most recent imports, newest first' })
  async userImports(@CurrentActor() actor: Actor): Promise<UserImportModel[]> {
    return (await this.imports.recent(actor)).map(toUserImportModel);
  }

  @Roles('ADMIN')
  @Query(() => UserImportModel)
  async userImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserImportModel> {
    return toUserImportModel(await this.imports.get(actor, id));
  }

  @Roles('ADMIN')
  @Mutation(() => UserImportModel, { description: 'Stores the CSV; the worker validates and imports it, all or nothing' })
  async startUserImport(@CurrentActor() actor: Actor, @Args('input') input: StartUserImportInput): Promise<UserImportModel> {
    return toUserImportModel(await this.imports.start(actor, input));
  }
}
