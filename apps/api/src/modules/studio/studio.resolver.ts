import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { resolveText } from '@savoir/domain';
import { Roles, type Actor } from '../../core/auth/access';
import { CurrentActor, FieldRequest, type AuthenticatedRequest } from '../../core/auth/request-context';
import { RequestLoaders } from '../../core/dataloader/request-loaders';
import { CreateSkillInput, SetSkillPrerequisitesInput, UpdateSkillInput } from './dtos/studio.input';
import { toSkillModel } from './dtos/studio.mapper';
import { LocalisedTextModel, SkillModel } from './dtos/studio.model';
import { renderLessonMarkdown } from './lesson-markdown';
import { SkillsService } from './skills.service';

@Resolver(() => SkillModel)
export class SkillsResolver {
  constructor(
    private readonly skills: SkillsService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles('AUTHOR')
  @Query(() => [SkillModel], { name: 'skills', description: 'Every skill of the maison, by code' })
  async skillList(@CurrentActor() actor: Actor): Promise<SkillModel[]> {
    return (await this.skills.list(actor)).map(toSkillModel);
  }

  @Roles('AUTHOR')
  @Query(() => SkillModel)
  async skill(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<SkillModel> {
    return toSkillModel(await this.skills.get(actor, id));
  }

  @Roles('AUTHOR')
  @Mutation(() => SkillModel)
  async createSkill(@CurrentActor() actor: Actor, @Args('input') input: CreateSkillInput): Promise<SkillModel> {
    return toSkillModel(await this.skills.create(actor, input));
  }

  @Roles('AUTHOR')
  @Mutation(() => SkillModel, { description: 'Changes the category, or the name/description in one locale' })
  async updateSkill(@CurrentActor() actor: Actor, @Args('input') input: UpdateSkillInput): Promise<SkillModel> {
    return toSkillModel(await this.skills.update(actor, input));
  }

  @Roles('AUTHOR')
  @Mutation(() => SkillModel, { description: 'Replaces the prerequisites; PREREQUISITE_CYCLE names the loop it would close' })
  async setSkillPrerequisites(@CurrentActor() actor: Actor, @Args('input') input: SetSkillPrerequisitesInput): Promise<SkillModel> {
    return toSkillModel(await this.skills.setPrerequisites(actor, input));
  }

  @ResolveField(() => [SkillModel])
  async prerequisites(@Parent() skill: SkillModel, @FieldRequest() req: AuthenticatedRequest): Promise<SkillModel[]> {
    const loader = this.loaders.get<string, SkillModel[]>(req, 'prerequisitesBySkill', async (ids) => {
      const bySkill = await this.skills.prerequisitesOf(req.actor, ids);
      return ids.map((id) => (bySkill.get(id) ?? []).map(toSkillModel));
    });
    return loader.load(skill.id);
  }
}

@Resolver()
export class LessonPreviewResolver {
  @Roles('AUTHOR')
  @Query(() => String, { description: 'The sanitised HTML learners will receive for this lesson Markdown (live preview)' })
  previewLessonMarkdown(@Args('markdown') markdown: string): string {
    return renderLessonMarkdown(markdown);
  }
}

@Resolver(() => LocalisedTextModel)
export class LocalisedTextResolver {
  @ResolveField(() => String, { description: 'The text in this locale, or the source text when it has no translation' })
  text(@Parent() text: LocalisedTextModel, @Args('locale', { type: () => String, nullable: true }) locale: string | null): string {
    return resolveText(text.value, locale ?? text.sourceLocale).text;
  }
}

