import fc from 'fast-check';
import { localisedText, plainTexts, resolvePlainText, resolveText, revisedText, translationStatus, withText } from './localised-text';

describe('localised text', () => {
  const english = localisedText('en', 'Founded in Geneva in 1837 by a watchmaker and an enameller.');

  it('reports a missing translation and falls back to the source for learners', () => {
    expect(translationStatus(english, 'fr')).toBe('MISSING');
    expect(resolveText(english, 'fr')).toEqual({ text: english.values['en'].text, locale: 'en', fallback: true });
  });

  it('flags the French translation as outdated once the English source is edited', () => {
    const translated = withText(english, 'fr', 'Fondée à Genève en 1837 par un horloger et un émailleur.');
    expect(translationStatus(translated, 'fr')).toBe('UP_TO_DATE');
    const edited = withText(translated, 'en', 'Founded in Geneva in 1837 by a watchmaker and an enamel painter.');
    expect(translationStatus(edited, 'fr')).toBe('OUTDATED');
    expect(resolveText(edited, 'fr').fallback).toBe(false); // the outdated French still shows
    expect(translationStatus(withText(edited, 'fr', 'Fondée à Genève en 1837 par un horloger et une peintre sur émail.'), 'fr')).toBe('UP_TO_DATE');
  });

  it('gives learners the text set in the typography of its own language, the fallback source included', () => {
    const french = localisedText('fr', 'La devise : « Le temps, avec art » ?');
    expect(resolveText(french, 'fr').text).toBe('La devise\u00a0: «\u202fLe temps, avec art\u202f»\u202f?');
    expect(resolveText(french, 'en')).toEqual({ text: resolveText(french, 'fr').text, locale: 'fr', fallback: true });
    expect(resolveText(withText(french, 'en', 'The motto: “Time, with art” ?'), 'en').text).toBe('The motto: “Time, with art” ?');
  });

  it('reads a plain per-locale text in the locale, else the fallback (English by default), else any, set in its own language', () => {
    const names = { en: 'A week of practice!', fr: 'Une semaine de pratique !' };
    expect(resolvePlainText(names, 'fr')).toBe('Une semaine de pratique\u202f!');
    expect(resolvePlainText(names, 'ja')).toBe('A week of practice!');
    expect(resolvePlainText({ fr: 'Premiers pas : bravo' }, 'ja')).toBe('Premiers pas\u00a0: bravo');
    expect(resolvePlainText({ en: 'Founding', fr: ' ' }, 'fr', 'en')).toBe('Founding'); // a blank translation is none
    expect(resolvePlainText({ en: 'Founding', fr: 'Fondation ?' }, 'ja', 'fr')).toBe('Fondation\u202f?');
    expect(resolvePlainText({}, 'fr')).toBe('');
  });

  it('finds no text for a locale named like an object’s own property, and falls back as for any other', () => {
    for (const locale of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(translationStatus(english, locale)).toBe('MISSING');
      expect(resolveText(english, locale)).toEqual({ text: english.values['en'].text, locale: 'en', fallback: true });
      expect(resolvePlainText({ en: 'Founding' }, locale)).toBe('Founding');
    }
  });

  it('does not outdate translations when the source is saved unchanged', () => {
    const translated = withText(english, 'fr', 'Fondée à Genève en 1837.');
    expect(translationStatus(withText(translated, 'en', english.values['en'].text), 'fr')).toBe('UP_TO_DATE');
  });

  it('keeps a translation outdated when it is saved again unchanged', () => {
    const edited = withText(withText(english, 'fr', 'Fondée à Genève.'), 'en', 'Founded in Geneva, in 1837.');
    expect(translationStatus(withText(edited, 'fr', 'Fondée à Genève.'), 'fr')).toBe('OUTDATED');
  });

  it('revises a field from texts for every locale, outdating what the source change left behind', () => {
    const translated = revisedText(undefined, 'en', { en: 'The atelier', fr: "L'atelier" });
    expect(translationStatus(translated, 'fr')).toBe('UP_TO_DATE');
    const sourceEdited = revisedText(translated, 'en', { en: 'The Geneva atelier', fr: "L'atelier" });
    expect([sourceEdited.revision, translationStatus(sourceEdited, 'fr')]).toEqual([2, 'OUTDATED']);
    expect(revisedText(sourceEdited, 'en', { en: 'The Geneva atelier' }).values).toEqual({ en: { text: 'The Geneva atelier', revision: 2 } });
    expect(revisedText(sourceEdited, 'en', plainTexts(sourceEdited))).toBe(sourceEdited); // nothing changed, same value
  });

  it('removes a translation given as empty, and refuses an empty source', () => {
    expect(translationStatus(withText(withText(english, 'fr', 'Texte'), 'fr', '  '), 'fr')).toBe('MISSING');
    expect(() => withText(english, 'en', ' ')).toThrow('The en source text cannot be empty');
  });

  it('never gives a learner an empty text, whatever the edits', () => {
    const edit = fc.record({ locale: fc.constantFrom('en', 'fr', 'ja'), text: fc.string({ maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 20 }), fc.constantFrom('en', 'fr', 'ja', 'de'), (edits, reader) => {
        let field = english;
        for (const { locale, text } of edits) {
          if (locale === 'en' && !text.trim()) continue;
          field = withText(field, locale, text);
        }
        expect(resolveText(field, reader).text.trim()).not.toBe('');
      }),
    );
  });
});
