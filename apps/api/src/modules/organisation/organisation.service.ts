import { Injectable } from '@nestjs/common';
import { boutiqueIssues, DESIRED_RETENTION_RANGE, issue, nameIssues } from '@savoir/domain';
import { In } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { findOrFail } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { rethrowUniqueViolation } from '../../core/database/unique-violation';
import { DomainError } from '../../core/errors/domain-error';
import { UserEntity } from '../identity/entities/user.entity';
import type { CreateBoutiqueInput, CreateRegionInput, UpdateBoutiqueInput, UpdateRegionInput } from './dtos/organisation.input';
import { BoutiqueEntity } from './entities/boutique.entity';
import { MaisonEntity } from './entities/maison.entity';
import { RegionEntity } from './entities/region.entity';

const regionNameTaken = () => DomainError.taken('NAME_TAKEN', 'A region with this name', 'name');
const boutiqueNameTaken = () => DomainError.taken('NAME_TAKEN', 'A boutique with this name', 'name');

/** Regions and boutiques of the actor's maison. */
@Injectable()
export class OrganisationService {
  constructor(private readonly db: TenantDb) {}

  maison(actor: Actor): Promise<MaisonEntity> {
    return this.db.run(actor.maisonId, async (manager) => {
      const maison = await manager.findOneBy(MaisonEntity, { id: actor.maisonId });
      if (!maison) throw DomainError.notFound('Maison');
      return maison;
    });
  }

  /** Relaxing four-eyes lets an author publish what they last edited: for a maison with a single author. */
  setFourEyesPublishing(actor: Actor, enabled: boolean): Promise<MaisonEntity> {
    return this.db.run(actor.maisonId, async (manager) => {
      await manager.update(MaisonEntity, { id: actor.maisonId }, { fourEyesPublishing: enabled });
      return manager.findOneByOrFail(MaisonEntity, { id: actor.maisonId });
    });
  }

  /** Higher retention brings reviews sooner (more of them). */
  setDesiredRetention(actor: Actor, retention: number): Promise<MaisonEntity> {
    const { min, max } = DESIRED_RETENTION_RANGE;
    if (!(retention >= min && retention <= max)) throw DomainError.validation([issue('retention', 'BETWEEN', { min, max })]);
    return this.db.run(actor.maisonId, async (manager) => {
      await manager.update(MaisonEntity, { id: actor.maisonId }, { desiredRetention: Math.round(retention * 100) / 100 });
      return manager.findOneByOrFail(MaisonEntity, { id: actor.maisonId });
    });
  }

  regions(actor: Actor): Promise<RegionEntity[]> {
    return this.db.run(actor.maisonId, (manager) => manager.find(RegionEntity, { order: { name: 'ASC' } }));
  }

  boutiques(actor: Actor, regionIds?: readonly string[]): Promise<BoutiqueEntity[]> {
    return this.db.run(actor.maisonId, (manager) =>
      manager.find(BoutiqueEntity, { where: regionIds ? { regionId: In([...regionIds]) } : {}, order: { name: 'ASC' } }),
    );
  }

  regionsByIds(actor: Actor, ids: readonly string[]): Promise<RegionEntity[]> {
    return this.db.run(actor.maisonId, (manager) => manager.findBy(RegionEntity, { id: In([...ids]) }));
  }

  boutiquesByIds(actor: Actor, ids: readonly string[]): Promise<BoutiqueEntity[]> {
    return this.db.run(actor.maisonId, (manager) => manager.findBy(BoutiqueEntity, { id: In([...ids]) }));
  }

  /** Active advisors per boutique, for the admin lists. */
  advisorCounts(actor: Actor, boutiqueIds: readonly string[]): Promise<Map<string, number>> {
    return this.db.run(actor.maisonId, async (manager) => {
      const rows: Array<{ boutique_id: string; count: string }> = await manager
        .createQueryBuilder(UserEntity, 'user')
        .select('user.boutique_id', 'boutique_id')
        .addSelect('count(*)', 'count')
        .where('user.boutique_id IN (:...ids)', { ids: [...boutiqueIds] })
        .andWhere(`user.active AND 'ADVISOR' = ANY(user.roles)`)
        .groupBy('user.boutique_id')
        .getRawMany();
      return new Map(rows.map((row) => [row.boutique_id, Number(row.count)]));
    });
  }

  createRegion(actor: Actor, input: CreateRegionInput): Promise<RegionEntity> {
    DomainError.assertValid(nameIssues('name', input.name));
    return this.db
      .run(actor.maisonId, (manager) => manager.save(manager.create(RegionEntity, { maisonId: actor.maisonId, name: input.name.trim() })))
      .catch((error) => rethrowUniqueViolation(error, { uq_region_name: regionNameTaken }));
  }

  updateRegion(actor: Actor, input: UpdateRegionInput): Promise<RegionEntity> {
    DomainError.assertValid(nameIssues('name', input.name));
    return this.db
      .run(actor.maisonId, async (manager) => {
        const region = await findOrFail(manager, RegionEntity, input.id, 'Region', { forUpdate: true });
        region.name = input.name.trim();
        return manager.save(region);
      })
      .catch((error) => rethrowUniqueViolation(error, { uq_region_name: regionNameTaken }));
  }

  createBoutique(actor: Actor, input: CreateBoutiqueInput): Promise<BoutiqueEntity> {
    const fields = { name: input.name.trim(), city: input.city.trim(), country: input.country.trim(), timezone: input.timezone, locale: input.locale };
    DomainError.assertValid(boutiqueIssues(fields));
    return this.db
      .run(actor.maisonId, async (manager) => {
        // Looked up under row-level security: another maison's region id is simply not found.
        await findOrFail(manager, RegionEntity, input.regionId, 'Region');
        return manager.save(manager.create(BoutiqueEntity, { ...fields, maisonId: actor.maisonId, regionId: input.regionId }));
      })
      .catch((error) => rethrowUniqueViolation(error, { uq_boutique_name: boutiqueNameTaken }));
  }

  updateBoutique(actor: Actor, input: UpdateBoutiqueInput): Promise<BoutiqueEntity> {
    const { id, regionId, ...changes } = input;
    const fields = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined && value !== null).map(([key, value]) => [key, String(value).trim()]),
    );
    DomainError.assertValid(boutiqueIssues(fields));
    return this.db
      .run(actor.maisonId, async (manager) => {
        // Locked: the whole row is saved, so an edit that read it before another committed would undo that one.
        const boutique = await findOrFail(manager, BoutiqueEntity, id, 'Boutique', { forUpdate: true });
        if (regionId) boutique.regionId = (await findOrFail(manager, RegionEntity, regionId, 'Region')).id;
        // Its people on its zone follow it when the zone is corrected; those with a zone of their own keep theirs.
        if (fields.timezone && fields.timezone !== boutique.timezone) {
          await manager.update(UserEntity, { boutiqueId: boutique.id, timezone: boutique.timezone }, { timezone: fields.timezone });
        }
        Object.assign(boutique, fields);
        return manager.save(boutique);
      })
      .catch((error) => rethrowUniqueViolation(error, { uq_boutique_name: boutiqueNameTaken }));
  }
}
