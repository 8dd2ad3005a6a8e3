import { programPackageIssues, type ProgramPackage } from '@savoir/domain';
import type { DataSource } from 'typeorm';
import { BadgeDefinitionEntity } from '../modules/gamification/entities/badge.entity';
import { Outbox } from '../core/events/outbox';
import { enrolInOnboarding } from '../modules/learning/onboarding-enrolment';
import { importProgramPackage, type ProgramPackageImport } from '../modules/studio/program-packages';
import { DEMO_BADGES } from './content/badges';
import { DEMO_MAISON, DEMO_STAFF } from './demo-maison';

const DEMO_AUTHOR = DEMO_STAFF.find((staff) => staff.roles.includes('AUTHOR'));

/**
 * Brings the demo maison's content up to the package written in the project: skills, published questions and
 * modules, the onboarding program (with every demo advisor enrolled) and the badges. Runs on every seed,
 * idempotently, so content added to the project reaches a demo database seeded earlier. Changes are recorded in the
 * audit trail as the demo author's.
 */
export async function seedDemoContent(dataSource: DataSource, pkg: ProgramPackage): Promise<ProgramPackageImport> {
  const issues = programPackageIssues(pkg);
  if (issues.length) throw new Error(`The demo program package is invalid:\n${issues.map((issue) => `  ${issue.field}: ${issue.message}`).join('\n')}`);
  if (!DEMO_AUTHOR) throw new Error('The demo maison has no author');

  return dataSource.transaction(async (manager) => {
    // The login lookup is one of the functions allowed to cross tenants; it finds the maison without bypassing RLS.
    const [author] = await manager.query('SELECT user_id, maison_id FROM savoir_find_login($1, $2)', [DEMO_AUTHOR.email, DEMO_MAISON.slug]);
    if (!author) throw new Error(`Seed the demo maison before its content (no ${DEMO_AUTHOR.email})`);
    await manager.query(`SELECT set_config('app.maison_id', $1, true)`, [author.maison_id]);
    const imported = await importProgramPackage(manager, { userId: author.user_id, maisonId: author.maison_id, roles: ['AUTHOR'] }, pkg);
    await enrolInOnboarding(manager, new Outbox(), author.maison_id);
    await manager.upsert(BadgeDefinitionEntity, DEMO_BADGES.map((badge) => ({ ...badge, maisonId: author.maison_id })), ['maisonId', 'code']);
    return imported;
  });
}
