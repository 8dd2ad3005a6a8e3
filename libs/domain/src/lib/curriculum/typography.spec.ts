import fc from 'fast-check';
import { typeset } from './typography';

const THIN = '\u202f';
const NBSP = '\u00a0';

describe('typeset', () => {
  it('sets a narrow no-break space before ; ? ! and », after «, and a no-break space before : in French', () => {
    expect(typeset('Répondez comme en boutique ; en cas de doute, osez ! Prêt ?', 'fr')).toBe(`Répondez comme en boutique${THIN}; en cas de doute, osez${THIN}! Prêt${THIN}?`);
    expect(typeset('La devise : « Le temps, avec art »', 'fr-CH')).toBe(`La devise${NBSP}: «${THIN}Le temps, avec art${THIN}»`);
  });

  it('adds no space where the author typed none, and keeps line breaks and Markdown images', () => {
    expect(typeset('Ouverture à 10:30, voir https://aurele.example/boutiques?ville=paris', 'fr')).toBe('Ouverture à 10:30, voir https://aurele.example/boutiques?ville=paris');
    expect(typeset('Le cadran\n? ![Le cadran](cadran.png)', 'fr')).toBe('Le cadran\n? ![Le cadran](cadran.png)');
  });

  it('leaves the spaces of other languages as they are', () => {
    expect(typeset('Ready ? Go !', 'en')).toBe('Ready ? Go !');
    expect(typeset('Ready ? Go !', 'frr')).toBe('Ready ? Go !');
  });

  it("writes an apostrophe between letters as the typographic one, in every language, and nothing else typed with '", () => {
    expect(typeset("L'heure d'Aurèle ; aujourd'hui", 'fr')).toBe(`L’heure d’Aurèle${THIN}; aujourd’hui`);
    expect(typeset("The maker's mark", 'en')).toBe('The maker’s mark');
    expect(typeset("A 5' strap, 'quoted', rock 'n' roll", 'en')).toBe("A 5' strap, 'quoted', rock 'n' roll");
  });

  it('only ever turns spaces into no-break spaces and apostrophes into typographic ones, and a second pass changes nothing', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', NBSP, THIN, ';', ':', '!', '?', '«', '»', '[', '\n', '1', "'", '’'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.constantFrom('fr', 'en'), (source, locale) => {
        const set = typeset(source, locale);
        const visible = (value: string) => value.replace(/[ \u00a0\u202f]+/g, ' ').replace(/’/g, "'");
        expect(visible(set)).toBe(visible(source));
        expect(typeset(set, locale)).toBe(set);
      }),
    );
  });
});
