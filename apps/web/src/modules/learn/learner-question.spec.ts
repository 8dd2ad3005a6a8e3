import { opensWithLesson, presentLearnerQuestion, resumeIndex, type LearnerQuestion } from './learner-question';

const choice = (id: string, text: string, image: Partial<{ imageUrl: string; imageAlt: string }> = {}) => ({
  __typename: 'LearnerChoice' as const,
  id,
  text,
  imageUrl: image.imageUrl ?? null,
  imageAlt: image.imageAlt ?? null,
});

/** A question as a module sends it: with whether it was answered before. */
function aQuestion(overrides: Partial<LearnerQuestion & { answered: boolean }> = {}): LearnerQuestion & { answered: boolean } {
  return {
    __typename: 'LearnerQuestion',
    id: 'q-1',
    versionId: 'q-1-v1',
    type: 'SINGLE_CHOICE',
    prompt: 'Where did the maison begin?',
    answered: false,
    unit: null,
    choices: [choice('b', 'The first boutique'), choice('a', 'The founding workshop')],
    matchingLeft: [],
    matchingRight: [],
    ...overrides,
  };
}

describe('presentLearnerQuestion', () => {
  it('keeps the choices in the order the API shuffled them, without empty image fields', () => {
    expect(presentLearnerQuestion(aQuestion())).toEqual({
      prompt: 'Where did the maison begin?',
      choices: [
        { id: 'b', text: 'The first boutique' },
        { id: 'a', text: 'The founding workshop' },
      ],
    });
  });

  it('carries the images of an image choice', () => {
    const question = aQuestion({ type: 'IMAGE_CHOICE', choices: [choice('a', 'Knot clasp', { imageUrl: '/knot.jpg', imageAlt: 'A knot-shaped clasp' })] });
    expect(presentLearnerQuestion(question).choices).toEqual([{ id: 'a', text: 'Knot clasp', imageUrl: '/knot.jpg', imageAlt: 'A knot-shaped clasp' }]);
  });

  it('gives a matching question its two sides', () => {
    const question = aQuestion({
      type: 'MATCHING',
      choices: [],
      matchingLeft: [{ __typename: 'LearnerChoice', id: 'l1', text: 'Eagle head' }],
      matchingRight: [{ __typename: 'LearnerChoice', id: 'r1', text: 'Gold guarantee' }],
    });
    expect(presentLearnerQuestion(question)).toEqual({
      prompt: 'Where did the maison begin?',
      choices: [],
      matching: { left: [{ id: 'l1', text: 'Eagle head' }], right: [{ id: 'r1', text: 'Gold guarantee' }] },
    });
  });

  it('gives a numeric question its unit', () => {
    expect(presentLearnerQuestion(aQuestion({ type: 'NUMERIC', choices: [], unit: 'h' })).unit).toBe('h');
  });
});

describe('where a module resumes', () => {
  const answered = (...flags: boolean[]) => flags.map((flag) => ({ answered: flag }));

  it('starts at the first question not answered yet', () => {
    expect(resumeIndex(answered(true, false, false))).toBe(1);
    expect(resumeIndex(answered(false, true))).toBe(0);
  });

  it('starts from the first question of a module answered in full (a review)', () => {
    expect(resumeIndex(answered(true, true))).toBe(0);
  });

  it('opens with a lesson not yet read, or for a review once all questions are answered, but not once read and halfway', () => {
    const READ = '2026-11-20T09:00:00Z';
    expect(opensWithLesson(3, answered(false, false), null)).toBe(true);
    expect(opensWithLesson(3, answered(true, false), null)).toBe(true);
    expect(opensWithLesson(3, answered(false, false), READ)).toBe(false);
    expect(opensWithLesson(3, answered(true, false), READ)).toBe(false);
    expect(opensWithLesson(3, answered(true, true), READ)).toBe(true);
    expect(opensWithLesson(0, answered(false), null)).toBe(false);
    expect(opensWithLesson(2, [], READ)).toBe(true);
  });
});
