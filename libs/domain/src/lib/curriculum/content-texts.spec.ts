import { mapModuleTexts, mapPresentationTexts, moduleTextsAsPlain, presentationAsPlain, reviseModuleTexts, revisePresentationTexts, textsByPath, translationGaps, type ModuleTexts } from './content-texts';
import type { LocalisedText } from './localised-text';
import type { Localised, QuestionPresentation } from './program-package';

const lesson: ModuleTexts<Localised> = {
  title: { en: 'The Geneva atelier', fr: "L'atelier de Genève" },
  summary: { en: 'Where every Aurèle is finished by hand.' },
  blocks: [
    { kind: 'TIMELINE_EVENT', date: '1837', title: { en: 'Founding', fr: 'Fondation' }, story: { en: 'A watchmaker and an enameller.', fr: 'Un horloger et un émailleur.' } },
    { kind: 'IMAGE', url: '/media/atelier.jpg', alt: { en: 'The bench', fr: "L'établi" } },
    { kind: 'PRODUCT_CARD', reference: 'AU-1837', name: { en: 'Chronographe' }, collection: { en: 'Heritage' }, keySpecs: [{ label: { en: 'Case' }, value: { en: '39 mm' } }] },
  ],
};

describe('content texts', () => {
  it('walks every learner-facing text of a module with a stable path', () => {
    expect(textsByPath<Localised>((visit) => mapModuleTexts(lesson, visit)).map((field) => field.path)).toEqual([
      'title',
      'summary',
      'blocks[0].title',
      'blocks[0].story',
      'blocks[1].alt',
      'blocks[2].name',
      'blocks[2].collection',
      'blocks[2].keySpecs[0].label',
      'blocks[2].keySpecs[0].value',
    ]);
  });

  it('round-trips package texts through their revisioned form', () => {
    const stored = reviseModuleTexts(undefined, lesson, 'en');
    expect(moduleTextsAsPlain(stored)).toEqual(lesson);
  });

  it('outdates only the translation whose source changed, and lists what French lacks', () => {
    const stored = reviseModuleTexts(undefined, lesson, 'en');
    const edited: ModuleTexts<Localised> = { ...lesson, blocks: [{ ...lesson.blocks[0], story: { en: 'A watchmaker and an enamel painter.', fr: 'Un horloger et un émailleur.' } } as never, ...lesson.blocks.slice(1)] };
    const revised = reviseModuleTexts(stored, edited, 'en');
    const gaps = translationGaps(textsByPath((visit) => mapModuleTexts(revised, visit)), 'fr');
    expect(gaps).toEqual([
      { path: 'summary', status: 'MISSING', source: 'Where every Aurèle is finished by hand.' },
      { path: 'blocks[0].story', status: 'OUTDATED', source: 'A watchmaker and an enamel painter.' },
      { path: 'blocks[2].name', status: 'MISSING', source: 'Chronographe' },
      { path: 'blocks[2].collection', status: 'MISSING', source: 'Heritage' },
      { path: 'blocks[2].keySpecs[0].label', status: 'MISSING', source: 'Case' },
      { path: 'blocks[2].keySpecs[0].value', status: 'MISSING', source: '39 mm' },
    ]);
  });

  it('follows a block where it moves: one inserted, removed or moved above it leaves its translations as they were', () => {
    const fact = { kind: 'KEY_FACT', text: { en: 'Every dial is enamelled by hand.', fr: 'Chaque cadran est émaillé à la main.' } } as const;
    const stored = reviseModuleTexts(undefined, { ...lesson, blocks: [lesson.blocks[1], fact] }, 'en');
    // The English of the image's description changes: its French is outdated, the fact's is not.
    const outdated = reviseModuleTexts(stored, { ...lesson, blocks: [{ ...lesson.blocks[1], alt: { en: 'The enameller’s bench', fr: "L'établi" } } as never, fact] }, 'en');
    const gaps = (texts: ModuleTexts<LocalisedText>) => translationGaps(textsByPath((visit) => mapModuleTexts(texts, visit)), 'fr').flatMap((gap) => (gap.path.startsWith('blocks') ? [`${gap.path} ${gap.status}`] : []));
    expect(gaps(outdated)).toEqual(['blocks[0].alt OUTDATED']);

    const note = { kind: 'RICH_TEXT', markdown: { en: 'A word first.' } } as const;
    const [image, keyFact] = moduleTextsAsPlain(outdated).blocks;
    expect(gaps(reviseModuleTexts(outdated, { ...lesson, blocks: [note, image, keyFact] }, 'en'))).toEqual(['blocks[0].markdown MISSING', 'blocks[1].alt OUTDATED']);
    expect(gaps(reviseModuleTexts(outdated, { ...lesson, blocks: [keyFact, image] }, 'en'))).toEqual(['blocks[1].alt OUTDATED']);
    expect(gaps(reviseModuleTexts(outdated, { ...lesson, blocks: [keyFact] }, 'en'))).toEqual([]);
    // Edited in place, a block keeps its history: its French is outdated, not missing.
    expect(gaps(reviseModuleTexts(outdated, { ...lesson, blocks: [image, { ...fact, text: { ...fact.text, en: 'Every dial is still enamelled by hand.' } }] }, 'en'))).toEqual([
      'blocks[0].alt OUTDATED',
      'blocks[1].text OUTDATED',
    ]);
  });

  it('does the same for question presentations, choices included', () => {
    const choices = { a: { text: { en: 'Rose gold', fr: 'Or rose' }, imageUrl: '/media/rose.jpg', imageAlt: { en: 'A rose-gold case' } }, b: { text: { en: 'Steel' } } };
    const presentation: QuestionPresentation = { prompt: { en: 'Which metal is the AU-1837 case?', fr: 'En quel métal est le boîtier AU-1837 ?' }, explanation: { en: 'Rose gold, 18 carats.' }, choices };
    const stored = revisePresentationTexts(undefined, presentation, 'en');
    expect(presentationAsPlain(stored)).toEqual(presentation);
    const revised = revisePresentationTexts(stored, { ...presentation, choices: { ...choices, a: { ...choices.a, text: { en: 'Rose gold (18 ct)', fr: 'Or rose' } } } }, 'en');
    expect(translationGaps(textsByPath((visit) => mapPresentationTexts(revised, visit)), 'fr').map((gap) => `${gap.path} ${gap.status}`)).toEqual([
      'explanation MISSING',
      'choices.a.text OUTDATED',
      'choices.a.imageAlt MISSING',
      'choices.b.text MISSING',
    ]);
  });
});
