import { scoreAnswer } from './scoring';
import { validateQuestionCsv, type QuestionCsvContext } from './question-csv';

const context: QuestionCsvContext = {
  sourceLocale: 'en',
  skillCodes: new Set(['heritage.founding-story', 'product.calibre-au1837', 'service.water-resistance']),
  existingCodes: new Set(['q.existing']),
};
const header = ['code', 'type', 'skills', 'difficulty', 'prompt.en', 'prompt.fr', 'explanation.en', 'explanation.fr', 'correct', 'tolerance', 'unit', 'choice1.en', 'choice1.fr', 'choice2.en', 'choice2.fr', 'choice3.en', 'choice1.image', 'choice2.image', 'choice3.image'];
const row = (values: Record<string, string>) => ({ skills: 'heritage.founding-story', difficulty: '2', 'prompt.en': 'Prompt', 'explanation.en': 'Because.', ...values });

describe('question-bank CSV', () => {
  it('reads every question type into package questions that score as intended', () => {
    const result = validateQuestionCsv(
      header,
      [
        row({ code: 'q.year', type: 'SINGLE_CHOICE', 'prompt.fr': 'Année ?', 'choice1.en': '1837', 'choice1.fr': '1837', 'choice2.en': '1901', correct: '1' }),
        row({ code: 'q.crafts', type: 'multiple_choice', 'choice1.en': 'Enamel', 'choice2.en': 'Guilloché', 'choice3.en': 'Plastic', correct: '1|2' }),
        row({ code: 'q.tf', type: 'TRUE_FALSE', correct: 'false' }),
        row({ code: 'q.reserve', type: 'NUMERIC', skills: 'product.calibre-au1837', correct: '60', tolerance: '2', unit: 'h' }),
        row({ code: 'q.order', type: 'ORDERING', 'choice1.en': '1837', 'choice2.en': '1871', 'choice3.en': '1968' }),
        row({ code: 'q.match', type: 'MATCHING', 'choice1.en': 'AU-1837 => automatic', 'choice1.fr': 'AU-1837 => automatique', 'choice2.en': 'AU-1871 T => tourbillon' }),
        row({ code: 'q.image', type: 'IMAGE_CHOICE', 'choice1.en': 'Rhône', 'choice1.image': '/content/images/rhone.jpg', 'choice2.en': 'Envol', 'choice2.image': '/content/images/envol.jpg', 'choice3.en': 'Marée', 'choice3.image': '/content/images/maree.jpg', correct: '3' }),
      ],
      context,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [year, crafts, tf, reserve, order, match] = result.questions;
    expect(year.presentation.prompt).toEqual({ en: 'Prompt', fr: 'Année ?' });
    expect(scoreAnswer(year.key, { type: 'SINGLE_CHOICE', optionId: 'c1' }).correct).toBe(true);
    expect(scoreAnswer(crafts.key, { type: 'MULTIPLE_CHOICE', optionIds: ['c1', 'c2'] }).correct).toBe(true);
    expect(scoreAnswer(tf.key, { type: 'TRUE_FALSE', value: false }).correct).toBe(true);
    expect(reserve.key).toEqual({ type: 'NUMERIC', value: 60, tolerance: 2, unit: 'h' });
    expect(scoreAnswer(order.key, { type: 'ORDERING', itemIds: ['c1', 'c2', 'c3'] }).correct).toBe(true);
    expect(match.presentation.choices?.['c1l'].text).toEqual({ en: 'AU-1837', fr: 'AU-1837' });
    expect(scoreAnswer(match.key, { type: 'MATCHING', pairs: [{ left: 'c1l', right: 'c1r' }, { left: 'c2l', right: 'c2r' }] }).correct).toBe(true);
  });

  it('imports nothing when one row is bad, and names the row, the column and the problem', () => {
    const result = validateQuestionCsv(
      header,
      [
        row({ code: 'q.fine', type: 'TRUE_FALSE', correct: 'true' }),
        row({ code: 'q.bad', type: 'SINGLE_CHOICE', skills: 'heritage.nowhere', 'choice1.en': 'A', 'choice2.en': 'B', correct: '1|2' }),
        row({ code: 'q.existing', type: 'NUMERIC', correct: 'sixty', unit: '' }),
        row({ code: 'q.fine', type: 'POLL' }),
      ],
      context,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { row: 3, field: 'skills', code: 'SKILL_UNKNOWN', params: { code: 'heritage.nowhere' }, message: 'unknown skill "heritage.nowhere"' },
        { row: 3, field: 'correct', code: 'ONE_CORRECT_OPTION', params: { marked: 2 }, message: 'needs exactly one correct option (2 marked)' },
        { row: 4, field: 'code', code: 'QUESTION_IN_BANK', message: 'is already in the question bank' },
        { row: 4, field: 'correct', code: 'NOT_A_NUMBER', message: 'must be a number' },
        { row: 4, field: 'unit', code: 'UNIT_REQUIRED', message: 'is required (e.g. mm, hours, carats)' },
        { row: 5, field: 'code', code: 'DUPLICATE_ROW', params: { row: 2 }, message: 'duplicates row 2' },
        { row: 5, field: 'type', code: 'ONE_OF', params: { allowed: 'SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, ORDERING, MATCHING, NUMERIC, IMAGE_CHOICE' }, message: 'must be one of SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, ORDERING, MATCHING, NUMERIC, IMAGE_CHOICE' },
      ],
    });
  });

  it("refuses a picture that is not an https URL or a path on this site, naming the choice's image column", () => {
    const result = validateQuestionCsv(
      header,
      [row({ code: 'q.image', type: 'IMAGE_CHOICE', 'choice1.en': 'Rhône', 'choice1.image': '/content/images/rhone.jpg', 'choice2.en': 'Envol', 'choice2.image': 'javascript:alert(1)', correct: '1' })],
      context,
    );
    expect(result).toEqual({
      ok: false,
      issues: [{ row: 2, field: 'choice2.image', code: 'CONTENT_URL_INVALID', message: 'must be an https URL or a path on this site (such as /content/images/dial.svg)' }],
    });
  });

  it('requires the source-locale columns in the header', () => {
    expect(validateQuestionCsv(['code', 'type', 'skills', 'difficulty', 'prompt.fr'], [row({ code: 'q.x', type: 'TRUE_FALSE' })], context)).toEqual({
      ok: false,
      issues: [
        { row: 1, field: 'prompt.en', code: 'COLUMN_MISSING', message: 'column is missing from the header' },
        { row: 1, field: 'explanation.en', code: 'COLUMN_MISSING', message: 'column is missing from the header' },
      ],
    });
  });
});
