import { decidePublishing, type ContentStatus, type PublishingAction } from '@savoir/domain';
import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { DomainError } from '../../core/errors/domain-error';
import { MaisonEntity } from '../organisation/entities/maison.entity';
import { ModuleVersionEntity } from './entities/module.entity';
import { QuestionVersionEntity } from './entities/question.entity';

type VersionEntity = QuestionVersionEntity | ModuleVersionEntity;
type VersionClass<V extends VersionEntity> = new () => V;

const WORKING: ContentStatus[] = ['DRAFT', 'IN_REVIEW'];

/** The column naming what a version is a version of. */
const ownerColumn = (target: VersionClass<VersionEntity>) => (target === (ModuleVersionEntity as VersionClass<VersionEntity>) ? 'moduleId' : 'questionId');

function whereOwner<V extends VersionEntity>(target: VersionClass<V>, maisonId: string, ownerIds: readonly string[], status?: ContentStatus[]): FindOptionsWhere<V> {
  return { maisonId, [ownerColumn(target)]: In([...ownerIds]), ...(status ? { status: In(status) } : {}) } as FindOptionsWhere<V>;
}

const ownerOf = (version: VersionEntity) => ('moduleId' in version ? version.moduleId : version.questionId);

/**
 * The versions of a module or a question, as the publishing workflow moves them. Every function runs in the
 * caller's tenant transaction and names the maison, so it is also safe where row-level security is bypassed (seed).
 */
export const ContentVersions = {
  /** The latest version and the published one of each owner. */
  async current<V extends VersionEntity>(manager: EntityManager, target: VersionClass<V>, maisonId: string, ownerIds: readonly string[]) {
    if (ownerIds.length === 0) return { latest: new Map<string, V>(), published: new Map<string, V>() };
    const latest = await manager
      .createQueryBuilder(target, 'v')
      .leftJoinAndSelect('v.lastEditor', 'editor')
      .distinctOn([`v.${ownerColumn(target)}`])
      .where('v.maisonId = :maisonId', { maisonId })
      .andWhere(`v.${ownerColumn(target)} IN (:...ownerIds)`, { ownerIds })
      .orderBy(`v.${ownerColumn(target)}`)
      .addOrderBy('v.version', 'DESC')
      .getMany();
    const published = await manager.find(target, { where: whereOwner(target, maisonId, ownerIds, ['PUBLISHED']), relations: { lastEditor: true } as never });
    return {
      latest: new Map(latest.map((version) => [ownerOf(version), version])),
      published: new Map(published.map((version) => [ownerOf(version), version])),
    };
  },

  working<V extends VersionEntity>(manager: EntityManager, target: VersionClass<V>, maisonId: string, ownerId: string): Promise<V | null> {
    return manager.findOne(target, { where: whereOwner(target, maisonId, [ownerId], WORKING) });
  },

  /**
   * Refuses an edit made on a version older than the latest (another author saved, submitted or published since the
   * editor read it) rather than overwrite their work. `base` is the latest version's updatedAt as the editor read it;
   * without one the save is not checked. Call under the owner's lock.
   */
  async assertEditOfLatest<V extends VersionEntity>(manager: EntityManager, target: VersionClass<V>, maisonId: string, ownerId: string, base: Date | null | undefined, describe: string): Promise<void> {
    if (!base) return;
    const latest = await manager.findOneOrFail(target, { where: whereOwner(target, maisonId, [ownerId]), order: { version: 'DESC' } as never });
    if (latest.updatedAt.getTime() !== base.getTime()) {
      throw new DomainError('EDIT_CONFLICT', `${describe} was changed by someone else after you opened it: reload it to see their changes, then edit again`);
    }
  },

  /**
   * The draft an edit goes into: the working draft itself, or a new draft version copied from the latest version
   * when that one is published or archived (published versions never change). Refused while a version is in review.
   */
  async draftToEdit<V extends VersionEntity>(manager: EntityManager, target: VersionClass<V>, maisonId: string, ownerId: string): Promise<V> {
    const working = await ContentVersions.working(manager, target, maisonId, ownerId);
    if (working?.status === 'DRAFT') return working;
    if (working) throw new DomainError('CONTENT_IN_REVIEW', `Version ${working.version} is in review: a reviewer must send it back for changes before it can be edited`);
    const latest = await manager.findOneOrFail(target, { where: whereOwner(target, maisonId, [ownerId]), order: { version: 'DESC' } as never });
    const { id: _id, createdAt: _created, updatedAt: _updated, ...content } = latest;
    return manager.create(target, { ...content, version: latest.version + 1, status: 'DRAFT', publishedById: null, publishedAt: null, ...('questionVersionIds' in latest ? { questionVersionIds: null } : {}) } as never);
  },

  /** The status the action leads to, or the workflow's refusal (four-eyes as the maison sets it). */
  async decide(manager: EntityManager, version: VersionEntity, action: PublishingAction, actor: Actor, describe: string): Promise<ContentStatus> {
    const { fourEyesPublishing } = await manager.findOneByOrFail(MaisonEntity, { id: version.maisonId });
    const decision = decidePublishing(version.status, action, { actorId: actor.userId, lastEditorId: version.lastEditorId, fourEyes: fourEyesPublishing });
    if (!decision.ok) throw new DomainError(decision.code, `${describe}: ${decision.message}`);
    return decision.status;
  },

  /** Moves a version through the workflow and saves it; publishing retires the previous published version. */
  async transition<V extends VersionEntity>(manager: EntityManager, target: VersionClass<V>, version: V, action: PublishingAction, actor: Actor, describe: string): Promise<V> {
    const status = await ContentVersions.decide(manager, version, action, actor, describe);
    if (action === 'PUBLISH') {
      await manager.update(target, whereOwner(target, version.maisonId, [ownerOf(version)], ['PUBLISHED']) as never, { status: 'ARCHIVED' } as never);
      Object.assign(version, { publishedById: actor.userId, publishedAt: new Date() });
    }
    version.status = status;
    return manager.save(version);
  },
};

/** The maison's default locale: the source every learner-facing text is written in and translated from. */
export async function sourceLocaleOf(manager: EntityManager, maisonId: string): Promise<string> {
  return (await manager.findOneByOrFail(MaisonEntity, { id: maisonId })).defaultLocale;
}
