import { contentToSave, emptyDraft, issueSlot, nextChoiceId, withType, type QuestionDraft } from './question-draft';

const ordering: QuestionDraft = {
  skills: ['heritage.founding-story'],
  difficulty: 2,
  key: { type: 'ORDERING', itemIds: ['a', 'b', 'c'] },
  presentation: {
    prompt: { en: 'Order the milestones.' },
    explanation: { en: 'Founding, first boutique, medal.' },
    choices: { a: { text: { en: 'Founding' } }, b: { text: { en: 'First boutique' } }, c: { text: { en: 'Medal' } } },
  },
};

describe('question drafts', () => {
  it('names new choices a, b, c… skipping the ones in use', () => {
    expect(nextChoiceId([])).toBe('a');
    expect(nextChoiceId(['a', 'b', 'd'])).toBe('c');
    expect(nextChoiceId('abcdefghijklmnopqrstuvwxyz'.split(''))).toBe('aa');
  });

  it('starts a new question as a single choice with two empty options', () => {
    expect(emptyDraft().key).toEqual({ type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: false }, { id: 'b', correct: false }] });
  });

  it('keeps the texts of ordering items when they become options, and the prompt always', () => {
    const multiple = withType(ordering, 'MULTIPLE_CHOICE');
    expect(multiple.key).toEqual({ type: 'MULTIPLE_CHOICE', options: ['a', 'b', 'c'].map((id) => ({ id, correct: false })) });
    expect(multiple.presentation.choices?.['b']).toEqual({ text: { en: 'First boutique' } });
    expect(multiple.presentation.prompt).toEqual({ en: 'Order the milestones.' });
  });

  it('keeps only the first correct option when several become a single choice', () => {
    const multiple: QuestionDraft = { ...withType(ordering, 'MULTIPLE_CHOICE'), key: { type: 'MULTIPLE_CHOICE', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }, { id: 'c', correct: true }] } };
    expect(withType(multiple, 'SINGLE_CHOICE').key).toEqual({ type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }, { id: 'c', correct: false }] });
  });

  it('starts matching, true/false and numeric keys afresh, without stray choices', () => {
    expect(withType(ordering, 'MATCHING').key).toEqual({ type: 'MATCHING', pairs: [{ left: 'a', right: 'b' }, { left: 'c', right: 'd' }] });
    expect(withType(ordering, 'MATCHING').presentation.choices?.['a']).toEqual({ text: {} });
    expect(withType(ordering, 'TRUE_FALSE').presentation.choices).toBeUndefined();
    expect(withType(ordering, 'NUMERIC').key).toMatchObject({ type: 'NUMERIC', tolerance: 0, unit: '' });
  });

  it('saves trimmed texts, the source always, translations only when written', () => {
    const draft: QuestionDraft = {
      ...ordering,
      presentation: { ...ordering.presentation, prompt: { en: ' Order the milestones. ', fr: '  ' }, choices: { ...ordering.presentation.choices, z: { text: { en: 'Unused' } } } },
    };
    const saved = contentToSave(draft, 'en');
    expect(saved.presentation.prompt).toEqual({ en: 'Order the milestones.' });
    expect(Object.keys(saved.presentation.choices ?? {})).toEqual(['a', 'b', 'c']);
  });

  it('places API issues on the field that shows them', () => {
    expect(issueSlot('presentation.choices.b')).toBe('choice:b');
    expect(issueSlot('content.presentation.prompt.en')).toBe('prompt');
    expect(issueSlot('key.options')).toBe('key');
    expect(issueSlot('key.unit')).toBe('unit');
    expect(issueSlot('presentation.choices')).toBe('key');
    expect(issueSlot('skills')).toBe('skills');
    expect(issueSlot('input.code')).toBe('code');
    expect(issueSlot('presentation.audio')).toBeNull();
  });
});
