import { TenantFactory } from '../factories/tenant.factory';
import { errorCode, graphql, login } from '../utils/graphql-client';
import { withRunningApi } from '../utils/api-suite';
import { holdLock, waitsBehind } from '../utils/locks';
import type { RunningApi } from '../utils/test-app';

const CREATE = `mutation ($input: CreateSkillInput!) { createSkill(input: $input) { id code } }`;
const SET_PREREQUISITES = `mutation ($input: SetSkillPrerequisitesInput!) { setSkillPrerequisites(input: $input) { code prerequisites { code } } }`;
const UPDATE = `mutation ($input: UpdateSkillInput!) { updateSkill(input: $input) { name { translations { locale text status } } } }`;
const TRAIL = `query ($id: ID!) { auditTrail(entityType: "skill", entityId: $id) { action actorName changes { field before after } } }`;

describe('Studio: skills and prerequisites (over HTTP)', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  withRunningApi((started, tenants) => {
    api = started;
    factory = tenants;
  });

  async function anAuthor() {
    const tenant = await factory.newMaison();
    const author = await factory.newUser(tenant.maison.id, { roles: ['AUTHOR'], displayName: 'Hélène Garnier' });
    return { ...tenant, author, auth: await login(api.url, author.email, author.password) };
  }

  async function createSkill(auth: { token: string }, code: string, category = 'PRODUCT') {
    const response = await graphql<{ createSkill: { id: string } }>(api.url, CREATE, { input: { code, category, name: `Name of ${code}`, description: `About ${code}` } }, auth);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createSkill.id;
  }

  it('builds a prerequisite graph and lists it', async () => {
    const { auth } = await anAuthor();
    const movement = await createSkill(auth, 'product.movement-basics');
    const chronograph = await createSkill(auth, 'product.chronograph-mechanics');
    const calibre = await createSkill(auth, 'product.calibre-au1837-chronograph');
    await graphql(api.url, SET_PREREQUISITES, { input: { skillId: chronograph, prerequisiteIds: [movement] } }, auth);
    const set = await graphql(api.url, SET_PREREQUISITES, { input: { skillId: calibre, prerequisiteIds: [chronograph, movement] } }, auth);
    expect(set.data).toEqual({ setSkillPrerequisites: { code: 'product.calibre-au1837-chronograph', prerequisites: [{ code: 'product.chronograph-mechanics' }, { code: 'product.movement-basics' }] } });

    const list = await graphql<{ skills: Array<{ code: string; prerequisites: Array<{ code: string }> }> }>(api.url, `query { skills { code category prerequisites { code } } }`, {}, auth);
    expect(list.data?.skills.map((skill) => [skill.code, skill.prerequisites.map((p) => p.code)])).toEqual([
      ['product.calibre-au1837-chronograph', ['product.chronograph-mechanics', 'product.movement-basics']],
      ['product.chronograph-mechanics', ['product.movement-basics']],
      ['product.movement-basics', []],
    ]);
  });

  it('refuses a prerequisite that would close a cycle, naming it, and writes nothing', async () => {
    const { auth } = await anAuthor();
    const welcome = await createSkill(auth, 'clienteling.welcome', 'CLIENTELING');
    const discovery = await createSkill(auth, 'clienteling.discovery-questions', 'CLIENTELING');
    const presenting = await createSkill(auth, 'clienteling.presenting', 'CLIENTELING');
    await graphql(api.url, SET_PREREQUISITES, { input: { skillId: discovery, prerequisiteIds: [welcome] } }, auth);
    await graphql(api.url, SET_PREREQUISITES, { input: { skillId: presenting, prerequisiteIds: [discovery] } }, auth);

    const cycle = await graphql(api.url, SET_PREREQUISITES, { input: { skillId: welcome, prerequisiteIds: [presenting] } }, auth);
    expect(errorCode(cycle)).toBe('PREREQUISITE_CYCLE');
    expect(cycle.errors?.[0].message).toBe(
      'These prerequisites would form a cycle: clienteling.discovery-questions → clienteling.welcome → clienteling.presenting → clienteling.discovery-questions',
    );
    expect(cycle.errors?.[0].extensions?.cycle).toEqual(['clienteling.discovery-questions', 'clienteling.welcome', 'clienteling.presenting', 'clienteling.discovery-questions']);
    const welcomeNow = await graphql(api.url, `query ($id: ID!) { skill(id: $id) { prerequisites { code } } }`, { id: welcome }, auth);
    expect(welcomeNow.data).toEqual({ skill: { prerequisites: [] } });
    expect(errorCode(await graphql(api.url, SET_PREREQUISITES, { input: { skillId: welcome, prerequisiteIds: [welcome] } }, auth))).toBe('PREREQUISITE_CYCLE');
  });

  it('keeps both of two texts saved at once in different locales', async () => {
    const { maison, auth } = await anAuthor();
    const founding = await createSkill(auth, 'heritage.founding-story', 'HERITAGE');
    // A translator's French is being saved (its row locked) while an author saves the English.
    const release = await holdLock(factory, maison.id, (manager) =>
      manager.query(`UPDATE skill SET name = jsonb_set(name, '{values,fr}', '{"text": "La fondation", "revision": 1}') WHERE id = $1`, [founding]),
    );
    const english = graphql<{ updateSkill: { name: { translations: Array<{ locale: string; text: string }> } } }>(api.url, UPDATE, { input: { id: founding, locale: 'en', name: 'The founding story' } }, auth);
    await waitsBehind(release, english);
    await release();
    expect((await english).data?.updateSkill.name.translations.map((translation) => [translation.locale, translation.text])).toEqual([
      ['en', 'The founding story'],
      ['fr', 'La fondation'],
    ]);
  });

  it('flags the French translation as outdated after the English source is edited, and audits every change', async () => {
    const { auth } = await anAuthor();
    const founding = await createSkill(auth, 'heritage.founding-story', 'HERITAGE');
    const status = (response: { data: unknown }) => (response.data as { updateSkill: { name: { translations: unknown[] } } }).updateSkill.name.translations;

    const french = await graphql(api.url, UPDATE, { input: { id: founding, locale: 'fr', name: 'La fondation' } }, auth);
    expect(status(french)).toEqual([
      { locale: 'en', text: 'Name of heritage.founding-story', status: 'UP_TO_DATE' },
      { locale: 'fr', text: 'La fondation', status: 'UP_TO_DATE' },
    ]);
    const english = await graphql(api.url, UPDATE, { input: { id: founding, locale: 'en', name: 'The founding story' } }, auth);
    expect(status(english)).toEqual([
      { locale: 'en', text: 'The founding story', status: 'UP_TO_DATE' },
      { locale: 'fr', text: 'La fondation', status: 'OUTDATED' },
    ]);
    const learnerView = await graphql(api.url, `query ($id: ID!) { skill(id: $id) { description { fr: text(locale: "fr") } } }`, { id: founding }, auth);
    expect(learnerView.data).toEqual({ skill: { description: { fr: 'About heritage.founding-story' } } }); // falls back, never empty

    const trail = await graphql<{ auditTrail: Array<{ action: string; actorName: string; changes: unknown[] }> }>(api.url, TRAIL, { id: founding }, auth);
    expect(trail.data?.auditTrail.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['updated', 'Hélène Garnier'],
      ['updated', 'Hélène Garnier'],
      ['created', 'Hélène Garnier'],
    ]);
    expect(trail.data?.auditTrail[0].changes).toEqual([{ field: 'name.en', before: '"Name of heritage.founding-story"', after: '"The founding story"' }]);
  });

  it('rejects bad input with a code and writes nothing', async () => {
    const { maison, auth } = await anAuthor();
    await createSkill(auth, 'service.water-resistance', 'SERVICE');
    const taken = await graphql(api.url, CREATE, { input: { code: 'service.water-resistance', category: 'SERVICE', name: 'Again', description: 'Again' } }, auth);
    const invalid = await graphql(api.url, CREATE, { input: { code: 'Water Resistance!', category: 'SERVICE', name: ' ', description: 'x' } }, auth);
    expect([errorCode(taken), errorCode(invalid)]).toEqual(['CODE_TAKEN', 'VALIDATION_FAILED']);
    expect((invalid.errors?.[0].extensions?.issues as Array<{ field: string }>).map((issue) => issue.field)).toEqual(['code', 'name']);
    const [{ n }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT count(*)::int AS n FROM skill WHERE maison_id = $1`, [maison.id]));
    expect(n).toBe(1);
  });

  it('previews lesson Markdown as the sanitised HTML learners will receive', async () => {
    const { auth } = await anAuthor();
    const preview = await graphql<{ previewLessonMarkdown: string }>(api.url, `query ($md: String!) { previewLessonMarkdown(markdown: $md) }`, { md: '**Enamel** <script>alert(1)</script>[x](javascript:alert(1))' }, auth);
    expect(preview.data?.previewLessonMarkdown).toBe('<p><strong>Enamel</strong> <a rel="noopener noreferrer" target="_blank">x</a></p>');
  });

  it("keeps skills to authors, and cannot link another maison's skill", async () => {
    const { maison, boutique, auth } = await anAuthor();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const advisorAuth = await login(api.url, advisor.email, advisor.password);
    expect(errorCode(await graphql(api.url, CREATE, { input: { code: 'x.y', category: 'SERVICE', name: 'x', description: 'y' } }, advisorAuth))).toBe('FORBIDDEN');

    const other = await anAuthor();
    const foreign = await createSkill(other.auth, 'heritage.foreign');
    const mine = await createSkill(auth, 'heritage.mine');
    expect(errorCode(await graphql(api.url, SET_PREREQUISITES, { input: { skillId: mine, prerequisiteIds: [foreign] } }, auth))).toBe('VALIDATION_FAILED');
    expect(errorCode(await graphql(api.url, `query ($id: ID!) { skill(id: $id) { code } }`, { id: foreign }, auth))).toBe('NOT_FOUND');
  });
});
