import { DEFAULT_BADGES } from '@savoir/domain';

/** The demo maison's badges: the default criteria, with their names and how each is earned, in English and French. */
const TEXTS: Record<string, { name: [string, string]; description: [string, string] }> = {
  'first-steps': { name: ['First steps', 'Premiers pas'], description: ['Complete a first module.', 'Terminer un premier module.'] },
  'heritage-keeper': { name: ['Heritage keeper', 'Gardien du patrimoine'], description: ['Complete every heritage module.', 'Terminer tous les modules de patrimoine.'] },
  'seven-days': { name: ['A week of practice', 'Une semaine de pratique'], description: ['Practise seven days in a row.', 'Pratiquer sept jours de suite.'] },
  'thirty-days': { name: ['A month of practice', 'Un mois de pratique'], description: ['Practise thirty days in a row.', 'Pratiquer trente jours de suite.'] },
  'flawless-ten': { name: ['Flawless', 'Sans faute'], description: ['Ten challenges with every answer right the first time.', 'Dix défis réussis sans une erreur.'] },
  'product-connoisseur': { name: ['Product connoisseur', 'Connaisseur des créations'], description: ['Master twenty product skills.', 'Maîtriser vingt savoirs produit.'] },
  'savoir-faire': { name: ['Savoir-faire', 'Savoir-faire'], description: ['Master ten skills of craft and materials.', 'Maîtriser dix savoirs des métiers et matières.'] },
  'trusted-advisor': { name: ['Trusted advisor', 'Conseiller de confiance'], description: ['Master ten skills each of clienteling and service.', 'Maîtriser dix savoirs de la relation client et dix du service.'] },
  'maison-ambassador': { name: ['Maison ambassador', 'Ambassadeur de la Maison'], description: ['Heritage, product mastery and a month of practice.', 'Le patrimoine, la maîtrise des créations et un mois de pratique.'] },
};

export const DEMO_BADGES = DEFAULT_BADGES.map((badge) => {
  const texts = TEXTS[badge.code];
  if (!texts) throw new Error(`No names for the badge ${badge.code}`);
  return { ...badge, name: { en: texts.name[0], fr: texts.name[1] }, description: { en: texts.description[0], fr: texts.description[1] } };
});
