import { createI18n } from '../../../app/i18n/i18n';
import { questionFieldLabel } from '../../questions/components/QuestionHistory';
import { moduleFieldLabel } from './ModuleHistory';

describe('the history’s field labels', () => {
  const english = createI18n('en');
  const french = createI18n('fr');

  it('names a block’s own values that are no text, and an option’s picture', () => {
    expect(moduleFieldLabel(english.t, 'blocks[1].date')).toBe('Block 2 · Date');
    expect(moduleFieldLabel(english.t, 'blocks[0].url')).toBe('Block 1 · Link');
    expect(moduleFieldLabel(french.t, 'blocks[3].reference')).toBe('Bloc 4 · Référence');
    expect(questionFieldLabel(english.t, 'choices.b.imageUrl')).toBe('Image of option B');
    expect(questionFieldLabel(french.t, 'choices.b.imageUrl')).toBe('Image de l’option B');
  });
});
