import type { PackageQuestion, ProgramPackage } from '@savoir/domain';
import { packageChecksum } from '../../src/modules/studio/program-packages';
import { graphql, login } from '../utils/graphql-client';
import type { TenantFactory } from './tenant.factory';

const choice = (code: string, skill: string, difficulty = 2): PackageQuestion => ({
  code,
  skills: [skill],
  difficulty,
  key: { type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }, { id: 'c', correct: false }] },
  presentation: {
    prompt: { en: `Question ${code}?`, fr: `Question ${code} ?` },
    explanation: { en: `Because of ${code}.`, fr: `À cause de ${code}.` },
    choices: { a: { text: { en: 'Right', fr: 'Juste' } }, b: { text: { en: 'Wrong', fr: 'Faux' } }, c: { text: { en: 'Also wrong', fr: 'Faux aussi' } } },
  },
});

/** Certification questions: one of each shape that is not a single choice, then single choices. */
const ORDERING: PackageQuestion = {
  code: 'q.timeline',
  skills: ['heritage.founding'],
  difficulty: 3,
  key: { type: 'ORDERING', itemIds: ['founding', 'first-calibre', 'boutique'] },
  presentation: {
    prompt: { en: 'Put these in order' },
    explanation: { en: 'Founded, then the first calibre, then the boutique.' },
    choices: { founding: { text: { en: 'Founding' } }, 'first-calibre': { text: { en: 'First calibre' } }, boutique: { text: { en: 'First boutique' } } },
  },
};
const NUMERIC: PackageQuestion = {
  code: 'q.reserve',
  skills: ['product.calibre'],
  difficulty: 4,
  key: { type: 'NUMERIC', value: 42, tolerance: 2, unit: 'h' },
  presentation: { prompt: { en: 'Power reserve of the calibre?' }, explanation: { en: '42 hours.' } },
};

/**
 * A small onboarding program: a lesson with one question, a heritage challenge of two questions, and a
 * certification quiz of five (threshold 0.8).
 */
export const LEARNING_PACKAGE: ProgramPackage = {
  format: 'savoir.program-package',
  version: 1,
  sourceLocale: 'en',
  program: {
    code: 'onboarding',
    title: { en: 'Onboarding', fr: 'Intégration' },
    description: { en: 'The first weeks' },
    onboarding: true,
    certificationThreshold: 0.8,
    targetSkills: ['heritage.founding'],
    modules: ['welcome', 'heritage.challenge', 'certification'],
  },
  skills: [
    { code: 'heritage.founding', category: 'HERITAGE', name: { en: 'The founding' }, description: { en: 'Geneva, 1837' }, prerequisites: [] },
    { code: 'product.calibre', category: 'PRODUCT', name: { en: 'The calibre' }, description: { en: 'Movements' }, prerequisites: [] },
  ],
  modules: [
    {
      code: 'welcome',
      kind: 'LESSON',
      title: { en: 'Welcome', fr: 'Bienvenue' },
      summary: { en: 'The maison in five minutes' },
      estimatedMinutes: 5,
      targetSkills: ['heritage.founding'],
      blocks: [
        { kind: 'RICH_TEXT', markdown: { en: 'Founded in **Geneva**.<script>alert(1)</script>', fr: 'Fondée à **Genève**.' } },
        { kind: 'KEY_FACT', text: { en: '1837' } },
      ],
      questions: ['q.lesson'],
    },
    { code: 'heritage.challenge', kind: 'HERITAGE_CHALLENGE', title: { en: 'Heritage challenge' }, summary: { en: 'Two questions' }, estimatedMinutes: 2, targetSkills: ['heritage.founding'], blocks: [], questions: ['q.h1', 'q.h2'] },
    { code: 'certification', kind: 'QUIZ', title: { en: 'Certification' }, summary: { en: 'Five questions' }, estimatedMinutes: 5, targetSkills: ['heritage.founding'], blocks: [], questions: ['q.timeline', 'q.reserve', 'q.c1', 'q.c2', 'q.c3'] },
  ],
  questions: [
    choice('q.lesson', 'heritage.founding', 1),
    choice('q.h1', 'heritage.founding'),
    choice('q.h2', 'heritage.founding', 3),
    ORDERING,
    NUMERIC,
    choice('q.c1', 'product.calibre'),
    choice('q.c2', 'product.calibre'),
    choice('q.c3', 'product.calibre'),
  ],
};

/** Imports the learning program into a maison over HTTP, as one of its authors (which enrols its advisors). */
export async function importLearningProgram(baseUrl: string, factory: TenantFactory, maisonId: string, pkg: ProgramPackage = LEARNING_PACKAGE): Promise<void> {
  const author = await factory.newUser(maisonId, { roles: ['AUTHOR'] });
  const auth = await login(baseUrl, author.email, author.password);
  const imported = await graphql(baseUrl, `mutation ($json: String!) { importProgramPackage(json: $json) { program } }`, { json: JSON.stringify({ ...pkg, checksum: packageChecksum(pkg) }) }, auth);
  if (!imported.data) throw new Error(`import failed: ${JSON.stringify(imported.errors)}`);
}

/** The right answer to each question of LEARNING_PACKAGE, and a wrong one. */
export const RIGHT: Record<string, Record<string, unknown>> = {
  'q.timeline': { type: 'ORDERING', itemIds: ['founding', 'first-calibre', 'boutique'] },
  'q.reserve': { type: 'NUMERIC', value: 41 },
};
export const rightAnswer = (code: string) => RIGHT[code] ?? { type: 'SINGLE_CHOICE', optionId: 'a' };
export const wrongAnswer = (code: string) =>
  code === 'q.timeline' ? { type: 'ORDERING', itemIds: ['boutique', 'first-calibre', 'founding'] } : code === 'q.reserve' ? { type: 'NUMERIC', value: 30 } : { type: 'SINGLE_CHOICE', optionId: 'b' };
