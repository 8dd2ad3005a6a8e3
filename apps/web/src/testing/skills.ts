import type { SkillCategory, TranslationStatus } from '../generated/graphql';

export interface SkillFixture {
  id: string;
  code: string;
  category: SkillCategory;
  /** English (the source) and French texts; null French is a missing translation. */
  name: { en: string; fr: string | null; frStatus?: TranslationStatus };
  description: { en: string; fr: string | null; frStatus?: TranslationStatus };
  prerequisites?: Array<{ id: string; code: string }>;
  /** The locale `name.text` is resolved in (the viewer's). */
  locale?: 'en' | 'fr';
}

function localised(texts: { en: string; fr: string | null; frStatus?: TranslationStatus }, withText: string | null) {
  return {
    __typename: 'LocalisedText',
    sourceLocale: 'en',
    ...(withText === null ? {} : { text: withText }),
    translations: [
      { __typename: 'Translation', locale: 'en', status: 'UP_TO_DATE', text: texts.en },
      { __typename: 'Translation', locale: 'fr', status: texts.frStatus ?? (texts.fr === null ? 'MISSING' : 'UP_TO_DATE'), text: texts.fr },
    ],
  };
}

/** A Skill as the Studio queries select it (every fragment's fields), the name resolved in `locale`. */
export function aSkill({ id, code, category, name, description, prerequisites = [], locale = 'en' }: SkillFixture) {
  return {
    __typename: 'Skill',
    id,
    code,
    category,
    updatedAt: '2026-01-10T09:00:00.000Z',
    name: localised(name, locale === 'fr' ? (name.fr ?? name.en) : name.en),
    description: localised(description, null),
    prerequisites: prerequisites.map((prerequisite) => ({ __typename: 'Skill', ...prerequisite })),
  };
}

export const foundingStory: SkillFixture = {
  id: 's-founding',
  code: 'heritage.founding-story',
  category: 'HERITAGE',
  name: { en: 'The founding story', fr: 'Le récit de la fondation' },
  description: { en: 'How the maison began, in 1837.', fr: 'Les débuts de la maison, en 1837.' },
};

export const hallmarks: SkillFixture = {
  id: 's-hallmarks',
  code: 'heritage.hallmarks',
  category: 'HERITAGE',
  name: { en: 'Hallmarks', fr: 'Poinçons', frStatus: 'OUTDATED' },
  description: { en: 'Reading the marks struck on each piece.', fr: 'Lire les marques frappées sur chaque pièce.' },
  prerequisites: [{ id: 's-founding', code: 'heritage.founding-story' }],
};

export const leatherCare: SkillFixture = {
  id: 's-leather',
  code: 'product.leather-care',
  category: 'PRODUCT',
  name: { en: 'Leather care', fr: null },
  description: { en: 'Advising a client on caring for leather.', fr: null },
  prerequisites: [
    { id: 's-founding', code: 'heritage.founding-story' },
    { id: 's-hallmarks', code: 'heritage.hallmarks' },
  ],
};
