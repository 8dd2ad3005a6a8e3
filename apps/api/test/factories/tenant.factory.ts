import { randomUUID } from 'node:crypto';
import type { Role } from '@savoir/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../src/core/auth/password';
import { createDataSource } from '../../src/core/database/data-source';
import { UserEntity } from '../../src/modules/identity/entities/user.entity';
import { BoutiqueEntity } from '../../src/modules/organisation/entities/boutique.entity';
import { CohortEntity } from '../../src/modules/organisation/entities/cohort.entity';
import { MaisonEntity } from '../../src/modules/organisation/entities/maison.entity';
import { RegionEntity } from '../../src/modules/organisation/entities/region.entity';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

/**
 * Builds each test's own data through the owner connection, inside tenant transactions (the same rules the
 * app obeys). Every maison gets a unique slug, so tests never see each other's rows.
 */
export class TenantFactory {
  private constructor(private readonly dataSource: DataSource) {}

  static async open(ownerUrl = process.env.DATABASE_URL as string): Promise<TenantFactory> {
    const dataSource = createDataSource(ownerUrl, { extra: { max: 2 } });
    await dataSource.initialize();
    return new TenantFactory(dataSource);
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }

  /** Runs SQL as the owner in a tenant transaction, for assertions on what was (not) written. */
  inMaison<T>(maisonId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.maison_id', $1, true)`, [maisonId]);
      return work(manager);
    });
  }

  /** A maison with one region and one boutique, ready for users. */
  async newMaison(name = 'Maison Test'): Promise<{ maison: MaisonEntity; region: RegionEntity; boutique: BoutiqueEntity }> {
    const id = randomUUID();
    return this.inMaison(id, async (manager) => {
      const maison = await manager.save(manager.create(MaisonEntity, { id, name, slug: `test-${id.slice(0, 8)}`, defaultLocale: 'en', defaultTimezone: 'Europe/Paris' }));
      const region = await manager.save(manager.create(RegionEntity, { maisonId: id, name: 'Europe' }));
      const boutique = await manager.save(
        manager.create(BoutiqueEntity, { maisonId: id, regionId: region.id, name: 'Paris Vendôme', city: 'Paris', country: 'FR', timezone: 'Europe/Paris', locale: 'fr' }),
      );
      return { maison, region, boutique };
    });
  }

  /** Another boutique in the maison's first region. */
  async newBoutique(maisonId: string, options: { name: string; timezone?: string }): Promise<BoutiqueEntity> {
    return this.inMaison(maisonId, async (manager) => {
      const region = await manager.findOneByOrFail(RegionEntity, { maisonId });
      return manager.save(manager.create(BoutiqueEntity, { maisonId, regionId: region.id, name: options.name, city: options.name, country: 'CH', timezone: options.timezone ?? 'Europe/Zurich', locale: 'fr' }));
    });
  }

  async newUser(
    maisonId: string,
    options: { roles: Role[]; boutiqueId?: string; email?: string; displayName?: string; active?: boolean },
  ): Promise<UserEntity & { password: string }> {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const hash = await passwordHash;
    const user = await this.inMaison(maisonId, (manager) =>
      manager.save(
        manager.create(UserEntity, {
          maisonId,
          email: options.email ?? `${options.roles[0].toLowerCase()}-${randomUUID().slice(0, 8)}@savoir.test`,
          displayName: options.displayName ?? `${options.roles[0]} Tester`,
          passwordHash: hash,
          roles: options.roles,
          locale: 'en',
          timezone: 'Europe/Paris',
          boutiqueId: options.boutiqueId ?? null,
          startDate: options.roles.includes('ADVISOR') ? '2026-10-01' : null,
          active: options.active ?? true,
        }),
      ),
    );
    return Object.assign(user, { password: TEST_PASSWORD });
  }

  async newCohort(maisonId: string, name = 'Pilot', kind: CohortEntity['kind'] = 'PILOT'): Promise<CohortEntity> {
    return this.inMaison(maisonId, (manager) => manager.save(manager.create(CohortEntity, { maisonId, name, kind, description: '' })));
  }
}
