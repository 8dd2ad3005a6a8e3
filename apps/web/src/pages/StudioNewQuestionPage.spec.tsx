import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { CreateQuestionDocument, QuestionHistoryDocument, StudioQuestionDocument } from '../modules/questions/graphql/questions.graphql';
import { aViewer } from '../testing/fixtures';
import { aQuestion, editorContextMock } from '../testing/questions';
import { renderApp } from '../testing/render-app';

const author = aViewer({ roles: ['AUTHOR'] });

/** Filling a whole question (selects, a multi-select, many fields) takes a while in jsdom. */
const FORM_TIMEOUT = 40_000;

const content = {
  skills: ['heritage.hallmarks'],
  difficulty: 3,
  key: {
    type: 'MULTIPLE_CHOICE',
    options: [
      { id: 'a', correct: true },
      { id: 'b', correct: false },
      { id: 'c', correct: true },
    ],
  },
  presentation: {
    prompt: { en: 'Which marks are struck on each piece?' },
    explanation: { en: 'The maker’s mark and the assay mark; never a barcode.' },
    choices: {
      a: { text: { en: 'The maker’s mark' } },
      b: { text: { en: 'A serial barcode' } },
      c: { text: { en: 'The assay mark' } },
    },
  },
};

const created = aQuestion({ id: 'q-new', code: 'heritage.q-marks', content });

/** Pastes rather than types long texts: the same change event, without a render per character. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

afterEach(() => sessionStore.reset());

describe('StudioNewQuestionPage', () => {
  it(
    'creates a multiple-choice question with exactly the typed content',
    async () => {
      const create = jest.fn(() => ({ data: { createQuestion: created } }));
      renderApp({
        route: '/studio/questions/new',
        viewer: author,
        mocks: [
          editorContextMock(),
          { request: { query: CreateQuestionDocument, variables: { input: { code: 'heritage.q-marks', content } } }, result: create },
          { request: { query: StudioQuestionDocument, variables: { id: 'q-new' } }, result: { data: { question: created } } },
          { request: { query: QuestionHistoryDocument, variables: { entityId: 'q-new' } }, result: { data: { auditTrail: [] } } },
        ],
      });
      const user = userEvent.setup();

      const form = await screen.findByRole('form', { name: 'New question' });
      const nav = screen.getByRole('navigation', { name: 'Studio sections' });
      expect(within(nav).getByRole('link', { name: 'Question bank' })).toHaveAttribute('aria-current', 'page');
      await user.type(within(form).getByLabelText(/^Code/), 'heritage.q-marks');
      await user.selectOptions(within(form).getByLabelText(/^Type/), 'MULTIPLE_CHOICE');
      await user.click(within(form).getByRole('combobox', { name: /^Skills/ }));
      await user.click(await screen.findByRole('option', { name: 'heritage.hallmarks' }));
      await user.click(within(within(form).getByRole('radiogroup', { name: /^Difficulty/ })).getByRole('radio', { name: '3' }));
      await fill(user, within(form).getByRole('textbox', { name: /^Prompt/ }), content.presentation.prompt.en);
      await fill(user, within(form).getByRole('textbox', { name: /^Explanation/ }), content.presentation.explanation.en);

      const optionA = within(form).getByRole('group', { name: 'Option A' });
      await fill(user, within(optionA).getByLabelText(/^Text/), 'The maker’s mark');
      await user.click(within(optionA).getByRole('checkbox', { name: 'Correct — Option A' }));
      await fill(user, within(within(form).getByRole('group', { name: 'Option B' })).getByLabelText(/^Text/), 'A serial barcode');
      await user.click(within(form).getByRole('button', { name: 'Add option' }));
      const optionC = within(form).getByRole('group', { name: 'Option C' });
      await fill(user, within(optionC).getByLabelText(/^Text/), 'The assay mark');
      await user.click(within(optionC).getByRole('checkbox', { name: 'Correct — Option C' }));

      // The live preview already asks the question, options as checkboxes.
      const preview = screen.getByRole('region', { name: 'Preview' });
      expect(within(preview).getByRole('group', { name: 'Which marks are struck on each piece?' })).toBeInTheDocument();
      expect(within(preview).getAllByRole('checkbox').map((option) => option.textContent).sort()).toEqual(['A serial barcode', 'The assay mark', 'The maker’s mark']);

      await user.click(within(form).getByRole('button', { name: 'Create question' }));

      expect(await screen.findByRole('heading', { level: 2, name: 'heritage.q-marks' })).toBeInTheDocument();
      expect(create).toHaveBeenCalledTimes(1);
      expect(screen.getByTestId('location')).toHaveTextContent('/studio/questions/q-new');
      expect(screen.getByText('Draft')).toBeInTheDocument();
    },
    FORM_TIMEOUT,
  );

  it('scores the preview with the domain’s scoring and shows the explanation', async () => {
    renderApp({ route: '/studio/questions/new', viewer: author, mocks: [editorContextMock()] });
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'New question' });
    await user.selectOptions(within(form).getByLabelText(/^Type/), 'TRUE_FALSE');
    await fill(user, within(form).getByRole('textbox', { name: /^Prompt/ }), 'The maison was founded in 1837.');
    await fill(user, within(form).getByRole('textbox', { name: /^Explanation/ }), 'It was, on the rue de la Paix.');
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('button', { name: 'Check answer' })).toBeDisabled();

    await user.click(within(preview).getByRole('radio', { name: 'False' }));
    await user.click(within(preview).getByRole('button', { name: 'Check answer' }));
    expect(within(preview).getByRole('status')).toHaveTextContent('Not quite');
    expect(within(preview).getByRole('status')).toHaveTextContent('It was, on the rue de la Paix.');

    // Changing the answer clears the verdict; the key says "true".
    await user.click(within(preview).getByRole('radio', { name: 'True' }));
    expect(within(preview).queryByRole('status')).not.toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Check answer' }));
    expect(within(preview).getByRole('status')).toHaveTextContent('Correct');
  }, FORM_TIMEOUT);

  it('checks the code before sending anything', async () => {
    const create = jest.fn(() => ({ data: { createQuestion: created } }));
    renderApp({ route: '/studio/questions/new', viewer: author, mocks: [editorContextMock(), { request: { query: CreateQuestionDocument, variables: () => true }, result: create }] });
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'New question' });
    await user.type(within(form).getByLabelText(/^Code/), 'Heritage Marks');
    await user.click(within(form).getByRole('button', { name: 'Create question' }));

    expect(await within(form).findByText('Use lower case letters, digits, - or . only (at most 80 characters).')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Code/)).toHaveAttribute('aria-invalid', 'true');
    expect(create).not.toHaveBeenCalled();
  }, FORM_TIMEOUT);

  it('has the browser ask before leaving once something is typed, not before', async () => {
    renderApp({ route: '/studio/questions/new', viewer: author, mocks: [editorContextMock()] });
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'New question' });
    const leavingIsQuestioned = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leavingIsQuestioned()).toBe(false);
    await fill(user, within(form).getByRole('textbox', { name: /^Prompt/ }), 'Which marks are struck on each piece?');
    expect(leavingIsQuestioned()).toBe(true);
  }, FORM_TIMEOUT);
});
