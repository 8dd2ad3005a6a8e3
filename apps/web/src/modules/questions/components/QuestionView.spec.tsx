import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QuestionType } from '@savoir/domain';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../app/i18n/i18n';
import { cssVariablesResolver, theme } from '../../../ui/theme';
import type { Answer, AnswerFeedback, PresentedQuestion } from '../presented-question';
import { QuestionView } from './QuestionView';

const choices = [
  { id: 'a', text: 'The founding workshop' },
  { id: 'b', text: 'The first boutique' },
  { id: 'c', text: 'The Exposition medal' },
];

const presentations: Record<QuestionType, PresentedQuestion> = {
  SINGLE_CHOICE: { prompt: 'Where did the maison begin?', choices },
  MULTIPLE_CHOICE: { prompt: 'Which belong to the 19th century?', choices },
  TRUE_FALSE: { prompt: 'The maison was founded in 1837.', choices: [] },
  ORDERING: { prompt: 'Put these in the order they happened.', choices },
  MATCHING: {
    prompt: 'Match each mark with its meaning.',
    choices: [],
    matching: {
      left: [
        { id: 'l1', text: 'Eagle head' },
        { id: 'l2', text: 'Maker’s lozenge' },
      ],
      right: [
        { id: 'r1', text: 'Gold guarantee' },
        { id: 'r2', text: 'The workshop' },
      ],
    },
  },
  NUMERIC: { prompt: 'How many hours of power reserve?', choices: [], unit: 'h' },
  IMAGE_CHOICE: {
    prompt: 'Which clasp is the signature one?',
    choices: [
      { id: 'a', text: 'Knot clasp', imageUrl: '/images/knot.jpg', imageAlt: 'A gold clasp shaped like a sailor’s knot' },
      { id: 'b', text: 'Bar clasp', imageUrl: '/images/bar.jpg', imageAlt: 'A plain gold bar clasp' },
    ],
  },
};

type User = ReturnType<typeof userEvent.setup>;

function renderView(type: QuestionType, { value = null, feedback = null, disabled = false }: { value?: Answer | null; feedback?: AnswerFeedback | null; disabled?: boolean } = {}) {
  const onChange = jest.fn<void, [Answer | null]>();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <QuestionView type={type} presentation={presentations[type]} value={value} onChange={onChange} feedback={feedback} disabled={disabled} />
      </MantineProvider>
    </I18nextProvider>,
  );
  return { onChange };
}

const cases: Array<{ type: QuestionType; value?: Answer; act: (user: User) => Promise<void>; expected: Answer }> = [
  {
    type: 'SINGLE_CHOICE',
    act: (user) => user.click(screen.getByRole('radio', { name: 'The first boutique' })),
    expected: { type: 'SINGLE_CHOICE', optionId: 'b' },
  },
  {
    type: 'MULTIPLE_CHOICE',
    value: { type: 'MULTIPLE_CHOICE', optionIds: ['c'] },
    act: (user) => user.click(screen.getByRole('checkbox', { name: 'The founding workshop' })),
    // In display order, whatever the order of the clicks.
    expected: { type: 'MULTIPLE_CHOICE', optionIds: ['a', 'c'] },
  },
  {
    type: 'TRUE_FALSE',
    act: (user) => user.click(screen.getByRole('radio', { name: 'False' })),
    expected: { type: 'TRUE_FALSE', value: false },
  },
  {
    type: 'ORDERING',
    act: (user) => user.click(screen.getByRole('button', { name: 'Move “The first boutique” up' })),
    expected: { type: 'ORDERING', itemIds: ['b', 'a', 'c'] },
  },
  {
    type: 'MATCHING',
    value: { type: 'MATCHING', pairs: [{ left: 'l2', right: 'r2' }] },
    act: (user) => user.selectOptions(screen.getByRole('combobox', { name: 'Eagle head' }), 'Gold guarantee'),
    expected: { type: 'MATCHING', pairs: [{ left: 'l1', right: 'r1' }, { left: 'l2', right: 'r2' }] },
  },
  {
    type: 'NUMERIC',
    act: (user) => user.type(screen.getByRole('textbox', { name: 'Your answer, in h' }), '42,5'),
    expected: { type: 'NUMERIC', value: 42.5 },
  },
  {
    type: 'IMAGE_CHOICE',
    act: (user) => user.click(screen.getByRole('radio', { name: /Bar clasp/ })),
    expected: { type: 'IMAGE_CHOICE', optionId: 'b' },
  },
];

describe('QuestionView', () => {
  it.each(cases)('answers $type by ids, never by position', async ({ type, value, act, expected }) => {
    const { onChange } = renderView(type, { value });
    const user = userEvent.setup();

    // The prompt names the whole question: a fieldset and its legend.
    expect(screen.getByRole('group', { name: presentations[type].prompt })).toBeInTheDocument();
    await act(user);

    expect(onChange).toHaveBeenLastCalledWith(expected);
  });

  it('shows each image with its alt text inside its radio card', () => {
    renderView('IMAGE_CHOICE');
    expect(screen.getByRole('img', { name: 'A gold clasp shaped like a sailor’s knot' })).toHaveAttribute('src', '/images/knot.jpg');
    expect(screen.getByRole('radio', { name: /Knot clasp/ })).toHaveAttribute('aria-checked', 'false');
  });

  it('numbers the items to order and cannot move the first one up', () => {
    renderView('ORDERING', { value: { type: 'ORDERING', itemIds: ['c', 'a', 'b'] } });
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['1The Exposition medal', '2The founding workshop', '3The first boutique']);
    expect(screen.getByRole('button', { name: 'Move “The Exposition medal” up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move “The first boutique” down' })).toBeDisabled();
  });

  it('shows a right answer and its explanation', () => {
    renderView('SINGLE_CHOICE', {
      value: { type: 'SINGLE_CHOICE', optionId: 'a' },
      feedback: { correct: true, score: 1, explanation: 'In 1837, in a workshop on the rue de la Paix.' },
    });
    const feedback = screen.getByRole('status');
    expect(feedback).toHaveTextContent('Correct');
    expect(feedback).toHaveTextContent('In 1837, in a workshop on the rue de la Paix.');
    expect(screen.getByRole('radio', { name: 'The founding workshop' })).toHaveAttribute('aria-checked', 'true');
  });

  it('says a partly right or wrong answer quietly, still with the explanation', () => {
    renderView('MULTIPLE_CHOICE', { value: { type: 'MULTIPLE_CHOICE', optionIds: ['a'] }, feedback: { correct: false, score: 0.5, explanation: 'Both date from the 1800s.' } });
    expect(screen.getByRole('status')).toHaveTextContent('Partly right (50%)');
    expect(screen.getByRole('status')).toHaveTextContent('Both date from the 1800s.');
  });

  it('disables every control once answered, if asked', async () => {
    const { onChange } = renderView('TRUE_FALSE', { disabled: true, feedback: { correct: false, score: 0, explanation: 'It was 1837.' } });
    expect(screen.getByRole('status')).toHaveTextContent('Not quite');
    expect(screen.getByRole('radio', { name: 'True' })).toBeDisabled();
    await userEvent.setup().click(screen.getByRole('radio', { name: 'True' }));
    expect(onChange).not.toHaveBeenCalled();
  });
});
