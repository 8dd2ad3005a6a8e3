import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../core/auth/password';
import { UserEntity } from '../modules/identity/entities/user.entity';
import { BoutiqueEntity } from '../modules/organisation/entities/boutique.entity';
import { CohortMemberEntity } from '../modules/organisation/entities/cohort-member.entity';
import { CohortEntity } from '../modules/organisation/entities/cohort.entity';
import { MaisonEntity } from '../modules/organisation/entities/maison.entity';
import { RegionEntity } from '../modules/organisation/entities/region.entity';
import {
  DEMO_ADVISORS,
  DEMO_BOUTIQUES,
  DEMO_COHORTS,
  DEMO_MAISON,
  DEMO_PASSWORD,
  DEMO_REGIONS,
  DEMO_STAFF,
  DEMO_START_SPREAD_DAYS,
  type DemoAdvisor,
  type DemoBoutiqueKey,
} from './demo-maison';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates the demo maison with its regions, boutiques, staff, advisors and pilot/control cohorts, in ONE
 * transaction. Idempotent: when a maison with the demo slug exists, nothing is written and `created` is false.
 * Runs with the owner connection; every statement sits behind `set_config('app.maison_id', …, true)` so it also
 * satisfies forced row-level security when the owner is not a superuser.
 */
export async function seedDemoMaison(dataSource: DataSource, now: Date): Promise<{ created: boolean }> {
  // argon2id is deliberately slow: hash once, outside the transaction, and share the hash across demo accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return dataSource.transaction(async (manager) => {
    const maisonId = randomUUID();
    await manager.query(`SELECT set_config('app.maison_id', $1, true)`, [maisonId]);

    // ON CONFLICT DO NOTHING rather than SELECT-then-INSERT: the unique slug index sees every maison whatever the
    // row-level security, and a concurrent seed waits on it instead of failing.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(MaisonEntity)
      .values({ id: maisonId, ...DEMO_MAISON })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (inserted.raw.length === 0) return { created: false };

    await insertOrganisation(manager, maisonId, passwordHash, now);
    return { created: true };
  });
}

async function insertOrganisation(manager: EntityManager, maisonId: string, passwordHash: string, now: Date): Promise<void> {
  const regionIds = new Map(DEMO_REGIONS.map((region) => [region.key, randomUUID()]));
  await manager.insert(
    RegionEntity,
    DEMO_REGIONS.map((region) => ({ id: regionIds.get(region.key), maisonId, name: region.name })),
  );

  const boutiqueIds = new Map(DEMO_BOUTIQUES.map((boutique) => [boutique.key, randomUUID()]));
  await manager.insert(
    BoutiqueEntity,
    DEMO_BOUTIQUES.map((boutique) => ({
      id: boutiqueIds.get(boutique.key),
      maisonId,
      regionId: regionIds.get(boutique.region),
      name: boutique.name,
      city: boutique.city,
      country: boutique.country,
      timezone: boutique.timezone,
      locale: boutique.locale,
    })),
  );

  await manager.insert(
    UserEntity,
    DEMO_STAFF.map((staff) => ({
      maisonId,
      email: staff.email,
      displayName: staff.displayName,
      passwordHash,
      roles: staff.roles,
      locale: staff.locale,
      timezone: staff.timezone,
      boutiqueId: null,
      startDate: null,
    })),
  );

  const advisorIds = new Map(DEMO_ADVISORS.map((advisor) => [advisor.email, randomUUID()]));
  await manager.insert(
    UserEntity,
    DEMO_ADVISORS.map((advisor) => {
      const boutique = boutiqueOf(advisor.boutique);
      return {
        id: advisorIds.get(advisor.email),
        maisonId,
        email: advisor.email,
        displayName: advisor.displayName,
        passwordHash,
        roles: ['ADVISOR' as const],
        locale: boutique.locale,
        timezone: boutique.timezone,
        boutiqueId: boutiqueIds.get(advisor.boutique),
        startDate: isoDateInZone(new Date(now.getTime() - demoStartDaysAgo(advisor) * DAY_MS), boutique.timezone),
      };
    }),
  );

  for (const cohort of DEMO_COHORTS) {
    const cohortId = randomUUID();
    await manager.insert(CohortEntity, { id: cohortId, maisonId, name: cohort.name, kind: cohort.kind, description: cohort.description });
    const members = DEMO_ADVISORS.filter((advisor) => cohort.boutiques.includes(advisor.boutique));
    await manager.insert(
      CohortMemberEntity,
      members.map((advisor) => ({ cohortId, userId: advisorIds.get(advisor.email), maisonId })),
    );
  }
}

/**
 * How many days before `now` an advisor started: advisors are interleaved across boutiques (the first of each
 * boutique, then the second of each…) so every boutique, and so the pilot and the control cohort, has a similar
 * spread of tenure over the last ten weeks.
 */
export function demoStartDaysAgo(advisor: DemoAdvisor): number {
  const boutiqueIndex = DEMO_BOUTIQUES.findIndex((boutique) => boutique.key === advisor.boutique);
  const position = DEMO_ADVISORS.filter((other) => other.boutique === advisor.boutique).indexOf(advisor);
  return DEMO_START_SPREAD_DAYS.first + DEMO_START_SPREAD_DAYS.step * (position * DEMO_BOUTIQUES.length + boutiqueIndex);
}

function boutiqueOf(key: DemoBoutiqueKey) {
  const boutique = DEMO_BOUTIQUES.find((candidate) => candidate.key === key);
  if (!boutique) throw new Error(`Unknown demo boutique ${key}`);
  return boutique;
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone: a hire date is the boutique's local day. */
function isoDateInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
