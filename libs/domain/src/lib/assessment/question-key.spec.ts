import { keyChoiceIds, questionKeyIssues } from './question-key';

describe('question validation per type', () => {
  it('requires exactly one correct option for single and image choice', () => {
    expect(questionKeyIssues({ type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: true }] })).toEqual([
      { field: 'options', code: 'ONE_CORRECT_OPTION', params: { marked: 2 }, message: 'needs exactly one correct option (2 marked)' },
    ]);
    expect(questionKeyIssues({ type: 'IMAGE_CHOICE', options: [{ id: 'a', correct: false }, { id: 'b', correct: false }] })).toEqual([
      { field: 'options', code: 'ONE_CORRECT_OPTION', params: { marked: 0 }, message: 'needs exactly one correct option (0 marked)' },
    ]);
    expect(questionKeyIssues({ type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] })).toEqual([]);
  });

  it('requires at least one correct option and unique ids for multiple choice', () => {
    expect(questionKeyIssues({ type: 'MULTIPLE_CHOICE', options: [{ id: 'a', correct: false }, { id: 'a', correct: false }] })).toEqual([
      { field: 'options', code: 'OPTION_IDS_REPEATED', params: { ids: 'a' }, message: 'option ids must be unique (a)' },
      { field: 'options', code: 'CORRECT_OPTION_REQUIRED', message: 'needs at least one correct option' },
    ]);
  });

  it('requires a permutation of distinct items for ordering, and one-to-one pairs for matching', () => {
    expect(questionKeyIssues({ type: 'ORDERING', itemIds: ['1837', '1837', '1921'] })).toEqual([{ field: 'itemIds', code: 'ITEM_IDS_REPEATED', params: { ids: '1837' }, message: 'item ids must be unique (1837)' }]);
    expect(questionKeyIssues({ type: 'MATCHING', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '1' }] })).toEqual([
      { field: 'pairs', code: 'RIGHT_ITEMS_REPEATED', params: { ids: '1' }, message: 'each right item must appear once (1)' },
    ]);
  });

  it('requires a value, a non-negative tolerance and a unit for numeric questions', () => {
    expect(questionKeyIssues({ type: 'NUMERIC', value: Number.NaN, tolerance: -1, unit: ' ' }).map((issue) => issue.field)).toEqual(['value', 'tolerance', 'unit']);
  });
});

describe('ids a key refers to', () => {
  it('lists options, ordering items and both sides of each pair in the key order, and nothing for the others', () => {
    expect(keyChoiceIds({ type: 'MULTIPLE_CHOICE', options: [{ id: 'b', correct: true }, { id: 'a', correct: false }] })).toEqual(['b', 'a']);
    expect(keyChoiceIds({ type: 'ORDERING', itemIds: ['c', 'a', 'b'] })).toEqual(['c', 'a', 'b']);
    expect(keyChoiceIds({ type: 'MATCHING', pairs: [{ left: 'a', right: 'x' }, { left: 'b', right: 'y' }] })).toEqual(['a', 'x', 'b', 'y']);
    expect(keyChoiceIds({ type: 'TRUE_FALSE', answer: true })).toEqual([]);
    expect(keyChoiceIds({ type: 'NUMERIC', value: 42, tolerance: 2, unit: 'h' })).toEqual([]);
  });
});
