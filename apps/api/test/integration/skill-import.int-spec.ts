import { translationStatus, withText, type PackageSkill } from '@savoir/domain';
import { SkillEntity } from '../../src/modules/studio/entities/skill.entity';
import { importSkills, lockSkillGraph } from '../../src/modules/studio/skill-import';
import { TenantFactory } from '../factories/tenant.factory';
import { holdLock, waitsBehind } from '../utils/locks';

const skills: PackageSkill[] = [
  { code: 'heritage.founding-story', category: 'HERITAGE', name: { en: 'Founding story', fr: 'Histoire de la fondation' }, description: { en: 'Geneva, 1837', fr: 'Genève, 1837' }, prerequisites: [] },
  { code: 'heritage.milestones', category: 'HERITAGE', name: { en: 'Milestones', fr: 'Grandes dates' }, description: { en: 'The great dates', fr: 'Les grandes dates' }, prerequisites: ['heritage.founding-story'] },
];

describe('importing skills from a program package', () => {
  let factory: TenantFactory;

  beforeAll(async () => {
    factory = await TenantFactory.open();
  });

  afterAll(() => factory.close());

  async function run(maisonId: string, actorId: string, items: PackageSkill[]) {
    return factory.inMaison(maisonId, (manager) => importSkills(manager, { maisonId, actorId, sourceLocale: 'en' }, items));
  }

  const snapshot = (maisonId: string) =>
    factory.inMaison(maisonId, (manager) =>
      manager.query(
        `SELECT s.code, s.name, (SELECT array_agg(p.code ORDER BY p.code) FROM skill_prerequisite e JOIN skill p ON p.id = e.prerequisite_id WHERE e.skill_id = s.id) AS prerequisites,
                (SELECT count(*)::int FROM audit_entry a WHERE a.entity_id = s.id) AS audit_entries
         FROM skill s WHERE s.maison_id = $1 ORDER BY s.code`,
        [maisonId],
      ),
    );

  it('creates skills with up-to-date translations and their prerequisites, and a second import changes nothing', async () => {
    const { maison } = await factory.newMaison();
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    expect(await run(maison.id, author.id, skills)).toEqual({ created: 2, updated: 0 });
    const first = await snapshot(maison.id);
    expect(first.map((row: { code: string; prerequisites: string[] | null; audit_entries: number }) => [row.code, row.prerequisites, row.audit_entries])).toEqual([
      ['heritage.founding-story', null, 1],
      ['heritage.milestones', ['heritage.founding-story'], 1],
    ]);
    expect(first[0].name).toEqual({ sourceLocale: 'en', revision: 1, values: { en: { text: 'Founding story', revision: 1 }, fr: { text: 'Histoire de la fondation', revision: 1 } } });

    expect(await run(maison.id, author.id, skills)).toEqual({ created: 0, updated: 0 });
    expect(await snapshot(maison.id)).toEqual(first);
  });

  it('updates a changed skill by code, keeping its identity and recording the change', async () => {
    const { maison } = await factory.newMaison();
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    await run(maison.id, author.id, skills);
    const renamed = [{ ...skills[0], name: { en: 'The founding', fr: 'La fondation' } }, { ...skills[1], prerequisites: [] }];
    expect(await run(maison.id, author.id, renamed)).toEqual({ created: 0, updated: 2 });
    const rows = await snapshot(maison.id);
    expect(rows.map((row: { code: string; prerequisites: string[] | null; audit_entries: number }) => [row.code, row.prerequisites, row.audit_entries])).toEqual([
      ['heritage.founding-story', null, 2],
      ['heritage.milestones', null, 2],
    ]);
    expect(rows[0].name.values).toEqual({ en: { text: 'The founding', revision: 2 }, fr: { text: 'La fondation', revision: 2 } });
    // The prerequisite the package took away is in the skill's history, as an author's change would be.
    const [entry] = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT a.action, a.changes FROM audit_entry a JOIN skill s ON s.id = a.entity_id WHERE s.code = 'heritage.milestones' ORDER BY a.created_at DESC LIMIT 1`),
    );
    expect(entry).toEqual({ action: 'imported-update', changes: { prerequisites: { before: ['heritage.founding-story'], after: [] } } });
  });

  it('waits for an author changing the skill graph, so an import and an edit cannot close a cycle between them', async () => {
    const { maison } = await factory.newMaison();
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    const release = await holdLock(factory, maison.id, (manager) => lockSkillGraph(manager, maison.id));
    const importing = run(maison.id, author.id, skills);
    await waitsBehind(release, importing);
    await release();
    expect(await importing).toEqual({ created: 2, updated: 0 });
  });

  it('keeps a translation committed while it ran: it waits for the translator, then reads their text and outdates it', async () => {
    const { maison } = await factory.newMaison();
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    await run(maison.id, author.id, skills);
    // What updateSkill does for a French description: the skill locked, its text changed, held before the commit.
    const release = await holdLock(factory, maison.id, async (manager) => {
      const skill = await manager.findOneOrFail(SkillEntity, { where: { maisonId: maison.id, code: 'heritage.founding-story' }, lock: { mode: 'pessimistic_write' } });
      skill.description = withText(skill.description, 'fr', 'Genève, en 1837');
      await manager.save(skill);
    });
    const revised = [{ ...skills[0], description: { en: 'Geneva, in 1837' } }, skills[1]];
    const importing = run(maison.id, author.id, revised);
    await waitsBehind(release, importing);
    await release();
    expect(await importing).toEqual({ created: 0, updated: 1 });
    const [{ description }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT description FROM skill WHERE maison_id = $1 AND code = 'heritage.founding-story'`, [maison.id]));
    expect(description.values).toEqual({ en: { text: 'Geneva, in 1837', revision: 2 }, fr: { text: 'Genève, en 1837', revision: 1 } });
    expect(translationStatus(description, 'fr')).toBe('OUTDATED');
  });
});
