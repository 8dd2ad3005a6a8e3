import type { Localised, PackageQuestion, QuestionKey, QuestionPresentation } from '@savoir/domain';

/**
 * Small builders that keep the demo content readable: every text is written once in English (the source) and
 * once in French, side by side, and every question reads prompt → answers → explanation.
 */

/**
 * French typography, applied so authors can type plain spaces: a no-break space before ? ! : ; and », after «,
 * and between thousands (28 800), so a line never breaks in the wrong place on a phone.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/ ([?!:;»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .replace(/(\d) (\d{3})(?!\d)/g, '$1\u00a0$2');
}

/** A learner-facing text in the source locale (en) and in French. */
export const t = (en: string, fr: string): Localised => ({ en, fr: frenchTypography(fr) });

export interface Choice {
  id: string;
  text: Localised;
  correct: boolean;
  imageUrl?: string;
  imageAlt?: Localised;
}

export const right = (id: string, en: string, fr: string): Choice => ({ id, text: t(en, fr), correct: true });
export const wrong = (id: string, en: string, fr: string): Choice => ({ id, text: t(en, fr), correct: false });

/** An option of an image-choice question: a neutral label, an image under /content/images/ and its alt text. */
export function picture(id: string, correct: boolean, image: string, label: Localised, alt: Localised): Choice {
  return { id, text: label, correct, imageUrl: `/content/images/${image}`, imageAlt: alt };
}

export interface Item {
  id: string;
  text: Localised;
}

export const item = (id: string, en: string, fr: string): Item => ({ id, text: t(en, fr) });

type Skills = readonly string[];

function question(code: string, skills: Skills, difficulty: number, key: QuestionKey, prompt: Localised, explanation: Localised, items: readonly Item[] = []): PackageQuestion {
  const presentation: QuestionPresentation = items.length
    ? {
        prompt,
        explanation,
        choices: Object.fromEntries(
          items.map((entry) => {
            const choice = entry as Partial<Choice> & Item;
            return [entry.id, choice.imageUrl ? { text: entry.text, imageUrl: choice.imageUrl, imageAlt: choice.imageAlt } : { text: entry.text }];
          }),
        ),
      }
    : { prompt, explanation };
  return { code, skills: [...skills], difficulty, key, presentation };
}

const keyed = (options: readonly Choice[]) => options.map((option) => ({ id: option.id, correct: option.correct }));

export function single(code: string, skills: Skills, difficulty: number, prompt: Localised, options: readonly Choice[], explanation: Localised): PackageQuestion {
  return question(code, skills, difficulty, { type: 'SINGLE_CHOICE', options: keyed(options) }, prompt, explanation, options);
}

export function multiple(code: string, skills: Skills, difficulty: number, prompt: Localised, options: readonly Choice[], explanation: Localised): PackageQuestion {
  return question(code, skills, difficulty, { type: 'MULTIPLE_CHOICE', options: keyed(options) }, prompt, explanation, options);
}

export function imageChoice(code: string, skills: Skills, difficulty: number, prompt: Localised, options: readonly Choice[], explanation: Localised): PackageQuestion {
  return question(code, skills, difficulty, { type: 'IMAGE_CHOICE', options: keyed(options) }, prompt, explanation, options);
}

export function trueFalse(code: string, skills: Skills, difficulty: number, prompt: Localised, answer: boolean, explanation: Localised): PackageQuestion {
  return question(code, skills, difficulty, { type: 'TRUE_FALSE', answer }, prompt, explanation);
}

/** Items are given in the correct order; the app shuffles them for display. */
export function ordering(code: string, skills: Skills, difficulty: number, prompt: Localised, inOrder: readonly Item[], explanation: Localised): PackageQuestion {
  return question(code, skills, difficulty, { type: 'ORDERING', itemIds: inOrder.map((entry) => entry.id) }, prompt, explanation, inOrder);
}

/** Each pair is [left, right]; ids must be unique across both sides. */
export function matching(code: string, skills: Skills, difficulty: number, prompt: Localised, pairs: ReadonlyArray<readonly [Item, Item]>, explanation: Localised): PackageQuestion {
  const key: QuestionKey = { type: 'MATCHING', pairs: pairs.map(([left, rightItem]) => ({ left: left.id, right: rightItem.id })) };
  return question(code, skills, difficulty, key, prompt, explanation, pairs.flat());
}

export function numeric(code: string, skills: Skills, difficulty: number, prompt: Localised, answer: { value: number; tolerance: number; unit: string }, explanation: Localised): PackageQuestion {
  return question(code, skills, difficulty, { type: 'NUMERIC', ...answer }, prompt, explanation);
}

export const codes = (questions: readonly PackageQuestion[]): string[] => questions.map((entry) => entry.code);
