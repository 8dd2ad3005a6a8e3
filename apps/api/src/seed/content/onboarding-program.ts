import { PROGRAM_PACKAGE_FORMAT, PROGRAM_PACKAGE_VERSION, type PackageQuestion, type ProgramPackage } from '@savoir/domain';
import { t } from './build';
import { MODULES } from './modules';
import { OBJECTIONS_QUESTIONS, RITUAL_QUESTIONS } from './questions-clienteling';
import { CRAFT_QUESTIONS, GEMS_QUESTIONS, METALS_QUESTIONS } from './questions-craft';
import { FOUNDING_QUESTIONS, TIMELINE_QUESTIONS } from './questions-heritage';
import { COMPLICATIONS_QUESTIONS, JEWELLERY_QUESTIONS, MOVEMENTS_QUESTIONS, WATCHES_QUESTIONS } from './questions-product';
import { CARE_QUESTIONS, JEWELLERY_CARE_QUESTIONS, SERVICE_DESK_QUESTIONS } from './questions-service';
import { SKILLS } from './skills';

/*
 * Maison Aurèle — the demo maison's brand world. Invented from end to end: any resemblance to a real house, its
 * history or its creations is accidental. Lessons and questions draw on these facts only; keep them consistent.
 *
 * Founding   Geneva, 1837, workshop at 17 Rue du Rhône (today the Genève Rhône boutique). Aurèle Vautier
 *            (1809–1882), watchmaker trained as a cabinotier; Héloïse Vautier née Marchal (1814–1890), enameller.
 *            Family-owned; Clémence Vautier, sixth generation, president since 2016.
 * Name       Aurèle: the founder's first name, Latin aureus ("golden"), echo of "aurore". Emblem: rising sun with
 *            twelve rays (one per hour), on every crown and clasp. Motto: « L'heure juste, la main sûre ».
 * Milestones 1837 workshop · 1854 Atelier des Émaux (Héloïse) · 1871 La Sentinelle, first tourbillon (Aurèle) ·
 *            1908 Paris salon Place Vendôme + Atelier Vendôme, first jewellery (Léonie, granddaughter) · 1912 ivy
 *            sketch (Lierre) · 1931 Envol chronograph for a Genevan flying school · 1962 Marée (200 m then) ·
 *            1987 Ondine (150 years) · 1989 Tokyo Ginza (first in Asia) · 2004 Manufacture des Tilleuls ·
 *            2012 Singapore Marina · 2015 silicon hairsprings · 2016 Clémence · 2021 Sentinelle Tourbillon.
 * Ateliers   Manufacture des Tilleuls (Geneva, 2004: movements) housing the Atelier des Émaux and the guilloché
 *            atelier (oldest rose engine 1902); Atelier Vendôme (Paris, 1908: jewellery, gem-setting).
 * Calibres   AU-1837 automatic, 4 Hz, 60 h, 28 jewels, Or Aurore rotor, silicon hairspring, h/m/s + date ·
 *            AU-1837 C column wheel + vertical clutch chronograph, 55 h (start/stop 2 o'clock, reset 4; 30-min
 *            counter at 3, 12-h at 6, small seconds at 9) · AU-1854 L precise moon phase (1 day / 122 years),
 *            60 h, pointer date · AU-1871 T hand-wound one-minute tourbillon, 3 Hz, 80 h, cage 72 parts 0.4 g ·
 *            AU-Q08 quartz, battery about every 3 years.
 * Watches    Rhône 38 Automatique RH.38.OA (Or Aurore, also steel RH.38.ST; 8.9 mm; Rayons d'Aurore dial; 50 m) ·
 *            Envol Chronographe 41 EV.41.ST (steel; tachymeter; 100 m) · Séléné Phase de Lune 39 SL.39.WG (white
 *            gold; blue grand feu dial, 8–12 firings; 30 m) · Sentinelle Tourbillon 40 ST.40.PT (platinum 950; 37 a
 *            year; one watchmaker, ~120 h; 30 m) · Marée Plongée 42 MP.42.TI (grade 5 titanium; ceramic
 *            unidirectional bezel; 300 m) · Ondine Secrète 26 OS.26.WG (white gold; snow-set cover ~1.20 ct;
 *            mother-of-pearl dial; AU-Q08; 30 m).
 * Jewellery  Ondine (wave of the Rhône; white gold, pavé; Ondine Vague ring 112 diamonds ~0.85 ct) · Lierre (ivy,
 *            fidelity; Or Aurore; bezel-set emeralds ~2.40 ct + tsavorite pavé) · Aube (sunrise; Or Aurore;
 *            flinqué red enamel over Rayons d'Aurore; 0.50 ct blue sapphire) · Serment (platinum 950; six claws;
 *            from 0.30 ct with independent grading report).
 * Materials  18 ct = 75 %; Or Aurore = rose gold with palladium; white gold rhodium-plated (renewed every 1–2
 *            years); platinum 950; zirconia ceramic sintered ~1,400 °C; grade 5 titanium ~40 % lighter than steel;
 *            sapphire crystal 9 Mohs, AR coating inside. Diamonds D–G, IF–VS2, Excellent cut; 1 ct = 0.2 g.
 * Craft      Grand feu ~800 °C, ~1 dial in 3 set aside; champlevé, cloisonné, grisaille, plique-à-jour;
 *            guilloché ~4 h per Rhône dial; claw, bezel, pavé, snow setting; Côtes de Genève, perlage, anglage,
 *            black polish.
 * Service    Complete service every 5–7 years (~8 weeks, 12 for Sentinelle; 2-year service warranty); yearly
 *            water-resistance check if worn in water; 5-year International Warranty (jewellery 2 years);
 *            demagnetising in minutes, complimentary; polishing only at service, with consent; yearly claw check.
 * Ritual     Rituel Aurèle: L'Accueil (acknowledge within 10 s) · La Découverte (open questions, listen 2/3) ·
 *            La Présentation (tray, 3 pieces max, both hands, fact – meaning – story) · La Réflexion (price:
 *            acknowledge, explore, re-anchor, propose, never discount; timing: 48-hour reservation, private
 *            appointment) · Le Lien (card within 48 h, message at ~3 weeks, anniversary, service reminder; consent).
 */

const QUESTIONS: readonly PackageQuestion[] = [
  ...FOUNDING_QUESTIONS,
  ...TIMELINE_QUESTIONS,
  ...METALS_QUESTIONS,
  ...GEMS_QUESTIONS,
  ...CRAFT_QUESTIONS,
  ...MOVEMENTS_QUESTIONS,
  ...COMPLICATIONS_QUESTIONS,
  ...WATCHES_QUESTIONS,
  ...JEWELLERY_QUESTIONS,
  ...CARE_QUESTIONS,
  ...JEWELLERY_CARE_QUESTIONS,
  ...SERVICE_DESK_QUESTIONS,
  ...RITUAL_QUESTIONS,
  ...OBJECTIONS_QUESTIONS,
];

/** The demo maison's onboarding program: what "onboarded" means at Maison Aurèle. */
export const ONBOARDING_PROGRAM: ProgramPackage = {
  format: PROGRAM_PACKAGE_FORMAT,
  version: PROGRAM_PACKAGE_VERSION,
  sourceLocale: 'en',
  program: {
    code: 'onboarding',
    title: t('Welcome to Maison Aurèle', 'Bienvenue à la Maison Aurèle'),
    description: t(
      'Your first weeks at Maison Aurèle, a few minutes at a time: the founders and their Geneva workshop, the ateliers and their savoir-faire, the materials, the watches and the jewellery, care and service, and the Rituel Aurèle with every client. It ends with a certification quiz across every area.',
      'Vos premières semaines à la Maison Aurèle, quelques minutes à la fois : les fondateurs et leur atelier genevois, les ateliers et leurs savoir-faire, les matières, les montres et la joaillerie, l’entretien et le service, et le Rituel Aurèle auprès de chaque client. Le parcours s’achève par une certification couvrant chacun de ces domaines.',
    ),
    onboarding: true,
    certificationThreshold: 0.8,
    targetSkills: SKILLS.map((skill) => skill.code),
    modules: MODULES.map((module) => module.code),
  },
  skills: SKILLS,
  modules: MODULES,
  questions: QUESTIONS,
};
