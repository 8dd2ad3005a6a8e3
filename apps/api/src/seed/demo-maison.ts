import type { CohortKind, Role } from '@savoir/domain';

/**
 * The demo tenant created on first start: an invented horology-and-jewellery maison (any resemblance to a real
 * house is accidental). Plain typed data; `seedDemoMaison()` turns it into rows.
 */

/** Every demo account shares this password. Demo only: never reuse it on a deployment that holds real data. */
export const DEMO_PASSWORD = 'savoir-demo-2026';

export const DEMO_MAISON = {
  slug: 'maison-aurele',
  name: 'Maison Aurèle',
  defaultLocale: 'en',
  defaultTimezone: 'Europe/Zurich',
} as const;

export type DemoRegionKey = 'europe' | 'asia-pacific';
export type DemoBoutiqueKey = 'paris-vendome' | 'geneve-rhone' | 'tokyo-ginza' | 'singapore-marina';

export interface DemoRegion {
  key: DemoRegionKey;
  name: string;
}

export interface DemoBoutique {
  key: DemoBoutiqueKey;
  region: DemoRegionKey;
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** IANA time zone; the boutique's advisors inherit it. */
  timezone: string;
  /** The boutique's advisors inherit it. */
  locale: 'en' | 'fr';
}

/** Head-office staff: no boutique, no start date. */
export interface DemoStaffMember {
  email: string;
  displayName: string;
  roles: Role[];
  locale: 'en' | 'fr';
  timezone: string;
}

export interface DemoAdvisor {
  email: string;
  displayName: string;
  boutique: DemoBoutiqueKey;
}

export interface DemoCohort {
  name: string;
  kind: CohortKind;
  description: string;
  /** Every advisor of these boutiques is a member. */
  boutiques: DemoBoutiqueKey[];
}

/** A sign-in printed by `npm start` and the README. */
export interface DemoLogin {
  email: string;
  password: string;
  /** What the account is for, in a few words. */
  label: string;
}

export const DEMO_REGIONS: readonly DemoRegion[] = [
  { key: 'europe', name: 'Europe' },
  { key: 'asia-pacific', name: 'Asia-Pacific' },
];

export const DEMO_BOUTIQUES: readonly DemoBoutique[] = [
  { key: 'paris-vendome', region: 'europe', name: 'Paris Vendôme', city: 'Paris', country: 'FR', timezone: 'Europe/Paris', locale: 'fr' },
  { key: 'geneve-rhone', region: 'europe', name: 'Genève Rhône', city: 'Genève', country: 'CH', timezone: 'Europe/Zurich', locale: 'fr' },
  { key: 'tokyo-ginza', region: 'asia-pacific', name: 'Tokyo Ginza', city: 'Tokyo', country: 'JP', timezone: 'Asia/Tokyo', locale: 'en' },
  { key: 'singapore-marina', region: 'asia-pacific', name: 'Singapore Marina', city: 'Singapore', country: 'SG', timezone: 'Asia/Singapore', locale: 'en' },
];

export const DEMO_STAFF: readonly DemoStaffMember[] = [
  { email: 'admin@maison-aurele.test', displayName: 'Antoine Valette', roles: ['ADMIN'], locale: 'en', timezone: 'Europe/Zurich' },
  { email: 'author@maison-aurele.test', displayName: 'Margaux Delacroix', roles: ['AUTHOR'], locale: 'fr', timezone: 'Europe/Paris' },
  { email: 'hr@maison-aurele.test', displayName: 'Olivia Brennan', roles: ['HR'], locale: 'en', timezone: 'Europe/Zurich' },
];

/** Six advisors per boutique, in boutique order. The first one is the demo advisor login. */
export const DEMO_ADVISORS: readonly DemoAdvisor[] = [
  { email: 'advisor@maison-aurele.test', displayName: 'Camille Lefèvre', boutique: 'paris-vendome' },
  { email: 'hugo.marchand@maison-aurele.test', displayName: 'Hugo Marchand', boutique: 'paris-vendome' },
  { email: 'ines.benali@maison-aurele.test', displayName: 'Inès Benali', boutique: 'paris-vendome' },
  { email: 'theo.garnier@maison-aurele.test', displayName: 'Théo Garnier', boutique: 'paris-vendome' },
  { email: 'amelie.rousseau@maison-aurele.test', displayName: 'Amélie Rousseau', boutique: 'paris-vendome' },
  { email: 'kofi.mensah@maison-aurele.test', displayName: 'Kofi Mensah', boutique: 'paris-vendome' },

  { email: 'luca.bernasconi@maison-aurele.test', displayName: 'Luca Bernasconi', boutique: 'geneve-rhone' },
  { email: 'sophie.keller@maison-aurele.test', displayName: 'Sophie Keller', boutique: 'geneve-rhone' },
  { email: 'noah.favre@maison-aurele.test', displayName: 'Noah Favre', boutique: 'geneve-rhone' },
  { email: 'elena.rossi@maison-aurele.test', displayName: 'Elena Rossi', boutique: 'geneve-rhone' },
  { email: 'yasmin.haddad@maison-aurele.test', displayName: 'Yasmin Haddad', boutique: 'geneve-rhone' },
  { email: 'matthias.brunner@maison-aurele.test', displayName: 'Matthias Brunner', boutique: 'geneve-rhone' },

  { email: 'yui.takahashi@maison-aurele.test', displayName: 'Yui Takahashi', boutique: 'tokyo-ginza' },
  { email: 'haruto.sato@maison-aurele.test', displayName: 'Haruto Sato', boutique: 'tokyo-ginza' },
  { email: 'aiko.nakamura@maison-aurele.test', displayName: 'Aiko Nakamura', boutique: 'tokyo-ginza' },
  { email: 'kenji.watanabe@maison-aurele.test', displayName: 'Kenji Watanabe', boutique: 'tokyo-ginza' },
  { email: 'mei.lin@maison-aurele.test', displayName: 'Mei Lin', boutique: 'tokyo-ginza' },
  { email: 'daniel.park@maison-aurele.test', displayName: 'Daniel Park', boutique: 'tokyo-ginza' },

  { email: 'weiling.tan@maison-aurele.test', displayName: 'Wei Ling Tan', boutique: 'singapore-marina' },
  { email: 'arjun.menon@maison-aurele.test', displayName: 'Arjun Menon', boutique: 'singapore-marina' },
  { email: 'siti.rahman@maison-aurele.test', displayName: 'Siti Rahman', boutique: 'singapore-marina' },
  { email: 'marcus.lim@maison-aurele.test', displayName: 'Marcus Lim', boutique: 'singapore-marina' },
  { email: 'priya.nair@maison-aurele.test', displayName: 'Priya Nair', boutique: 'singapore-marina' },
  { email: 'ethan.goh@maison-aurele.test', displayName: 'Ethan Goh', boutique: 'singapore-marina' },
];

export const DEMO_COHORTS: readonly DemoCohort[] = [
  {
    name: 'Pilot — Paris & Tokyo',
    kind: 'PILOT',
    description: 'Advisors following the adaptive onboarding path with daily challenges.',
    boutiques: ['paris-vendome', 'tokyo-ginza'],
  },
  {
    name: 'Control — Genève & Singapore',
    kind: 'CONTROL',
    description: 'Advisors onboarded the traditional way, for comparison with the pilot.',
    boutiques: ['geneve-rhone', 'singapore-marina'],
  },
];

/** Start dates are spread over the last ten weeks: advisor n (interleaved across boutiques) started 1 + 3n days ago. */
export const DEMO_START_SPREAD_DAYS = { first: 1, step: 3 } as const;

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { email: 'admin@maison-aurele.test', password: DEMO_PASSWORD, label: 'Admin: boutiques, users, cohorts' },
  { email: 'author@maison-aurele.test', password: DEMO_PASSWORD, label: 'Author: Studio (programs, questions)' },
  { email: 'hr@maison-aurele.test', password: DEMO_PASSWORD, label: 'HR analyst: Insights' },
  { email: 'advisor@maison-aurele.test', password: DEMO_PASSWORD, label: 'Advisor: Camille Lefèvre, Paris Vendôme' },
];
