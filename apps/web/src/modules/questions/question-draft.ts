import { keyChoiceIds, QUESTION_TYPES, type Localised, type PackageQuestion, type QuestionKey, type QuestionType } from '@savoir/domain';

/**
 * A question as the editor holds it and the API saves it (`content`): everything but the code, texts in every
 * locale. Choice options, ordering items and matching sides are texts keyed by short ids (`a`, `b`, …) that the
 * key refers to, so the learner's screen can shuffle them without changing any score.
 */
export type QuestionDraft = Omit<PackageQuestion, 'code'>;
export type DraftChoice = NonNullable<QuestionDraft['presentation']['choices']>[string];

export { keyChoiceIds, QUESTION_TYPES };
export type { QuestionType };

/** The API keeps at most 12 options, items or pairs. */
export const MAX_CHOICES = 12;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The first free id of `a`, `b`, `c`…, then `aa`, `ab`… */
export function nextChoiceId(used: Iterable<string>): string {
  const taken = new Set(used);
  for (let length = 1; ; length++) {
    for (let index = 0; index < LETTERS.length ** length; index++) {
      let id = '';
      for (let rest = index, place = 0; place < length; place++, rest = Math.floor(rest / LETTERS.length)) id = LETTERS[rest % LETTERS.length] + id;
      if (!taken.has(id)) return id;
    }
  }
}

export const isChoiceType = (type: QuestionType): type is 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'IMAGE_CHOICE' =>
  type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE' || type === 'IMAGE_CHOICE';

const blankChoice = (): DraftChoice => ({ text: {} });

/** Two empty pairs: left `a` with right `b`, left `c` with right `d`. */
function blankMatching(): QuestionKey {
  return { type: 'MATCHING', pairs: [{ left: 'a', right: 'b' }, { left: 'c', right: 'd' }] };
}

export function emptyDraft(type: QuestionType = 'SINGLE_CHOICE'): QuestionDraft {
  return withType({ skills: [], difficulty: 2, key: { type: 'TRUE_FALSE', answer: true }, presentation: { prompt: {}, explanation: {} } }, type);
}

/**
 * The draft under another type, keeping what still makes sense: choice texts move between the choice types and
 * ordering (a single choice keeps only its first correct option); image fields stay only on image choices;
 * matching, true/false and numeric start afresh. Prompt, explanation, skills and difficulty never change.
 */
export function withType(draft: QuestionDraft, type: QuestionType): QuestionDraft {
  if (draft.key.type === type) return draft;
  const base = { ...draft, presentation: { prompt: draft.presentation.prompt, explanation: draft.presentation.explanation } };
  const previousChoices = draft.presentation.choices ?? {};
  const listIds = isChoiceType(draft.key.type) || draft.key.type === 'ORDERING' ? keyChoiceIds(draft.key) : [];
  const ids = listIds.length >= 2 ? listIds : ['a', 'b'];
  const carried = (id: string): DraftChoice => {
    const previous = previousChoices[id];
    if (!previous || !listIds.includes(id)) return blankChoice();
    return type === 'IMAGE_CHOICE' ? previous : { text: previous.text };
  };
  const choicesOf = (list: readonly string[]) => Object.fromEntries(list.map((id) => [id, carried(id)]));

  switch (type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      const correct = new Set('options' in draft.key ? draft.key.options.filter((option) => option.correct).map((option) => option.id) : []);
      const firstCorrect = ids.find((id) => correct.has(id));
      const options = ids.map((id) => ({ id, correct: type === 'MULTIPLE_CHOICE' ? correct.has(id) : id === firstCorrect }));
      return { ...base, key: { type, options }, presentation: { ...base.presentation, choices: choicesOf(ids) } };
    }
    case 'ORDERING':
      return { ...base, key: { type, itemIds: ids }, presentation: { ...base.presentation, choices: choicesOf(ids) } };
    case 'MATCHING': {
      const key = blankMatching();
      return { ...base, key, presentation: { ...base.presentation, choices: Object.fromEntries(keyChoiceIds(key).map((id) => [id, blankChoice()])) } };
    }
    case 'TRUE_FALSE':
      return { ...base, key: { type, answer: true } };
    case 'NUMERIC':
      return { ...base, key: { type, value: Number.NaN, tolerance: 0, unit: '' } };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A saved version's `content` as a draft; what the API sends always has this shape, the guards only keep the editor standing. */
export function draftFromContent(content: Record<string, unknown>): QuestionDraft {
  const key = isRecord(content['key']) && (QUESTION_TYPES as readonly unknown[]).includes(content['key']['type']) ? (content['key'] as unknown as QuestionKey) : emptyDraft().key;
  const presentation = isRecord(content['presentation']) ? (content['presentation'] as unknown as QuestionDraft['presentation']) : { prompt: {}, explanation: {} };
  return {
    skills: Array.isArray(content['skills']) ? content['skills'].filter((skill): skill is string => typeof skill === 'string') : [],
    difficulty: typeof content['difficulty'] === 'number' ? content['difficulty'] : 2,
    key: key.type === 'NUMERIC' ? { ...key, value: key.value ?? Number.NaN } : key,
    presentation: { prompt: presentation.prompt ?? {}, explanation: presentation.explanation ?? {}, ...(presentation.choices ? { choices: presentation.choices } : {}) },
  };
}

/** Texts as saved: trimmed; an empty translation is left out (the API then removes it), the source is always sent. */
function cleanTexts(texts: Localised | undefined, sourceLocale: string): Localised {
  const cleaned: Record<string, string> = { [sourceLocale]: (texts?.[sourceLocale] ?? '').trim() };
  for (const [locale, text] of Object.entries(texts ?? {})) {
    if (locale !== sourceLocale && text.trim()) cleaned[locale] = text.trim();
  }
  return cleaned;
}

/**
 * The whole draft as the API saves it: every locale's texts, only the choices the key uses (in the key's order),
 * image fields only for image choices.
 */
export function contentToSave(draft: QuestionDraft, sourceLocale: string): QuestionDraft {
  const ids = keyChoiceIds(draft.key);
  const choices = Object.fromEntries(
    ids.map((id) => {
      const choice = draft.presentation.choices?.[id] ?? blankChoice();
      const image = draft.key.type === 'IMAGE_CHOICE' ? { imageUrl: (choice.imageUrl ?? '').trim(), imageAlt: cleanTexts(choice.imageAlt, sourceLocale) } : {};
      return [id, { text: cleanTexts(choice.text, sourceLocale), ...image }];
    }),
  );
  const key: QuestionKey = draft.key.type === 'NUMERIC' ? { ...draft.key, unit: draft.key.unit.trim() } : draft.key;
  return {
    skills: [...draft.skills],
    difficulty: draft.difficulty,
    key,
    presentation: {
      prompt: cleanTexts(draft.presentation.prompt, sourceLocale),
      explanation: cleanTexts(draft.presentation.explanation, sourceLocale),
      ...(ids.length ? { choices } : {}),
    },
  };
}

export function withText(texts: Localised | undefined, locale: string, text: string): Localised {
  return { ...texts, [locale]: text };
}

export function withChoice(draft: QuestionDraft, id: string, change: (choice: DraftChoice) => DraftChoice): QuestionDraft {
  const choices = draft.presentation.choices ?? {};
  return { ...draft, presentation: { ...draft.presentation, choices: { ...choices, [id]: change(choices[id] ?? blankChoice()) } } };
}

export function withoutChoices(draft: QuestionDraft, ids: readonly string[]): QuestionDraft {
  const choices = Object.fromEntries(Object.entries(draft.presentation.choices ?? {}).filter(([id]) => !ids.includes(id)));
  return { ...draft, presentation: { ...draft.presentation, choices } };
}

/** Moves the entry at `index` by `offset` (−1 up, +1 down); out of range changes nothing. */
export function moved<T>(list: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (index < 0 || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/**
 * Where an API issue belongs in the form: `code`, `skills`, `difficulty`, `prompt`, `explanation`, `choice:<id>`,
 * `value`, `tolerance`, `unit`, or `key` for the answer key as a whole; null when no field shows it.
 */
export function issueSlot(field: string): string | null {
  const path = field.replace(/^input\./, '').replace(/^content\./, '');
  if (path === 'code') return 'code';
  if (/^skills\b/.test(path)) return 'skills';
  if (path === 'difficulty') return 'difficulty';
  if (/^presentation\.prompt\b/.test(path)) return 'prompt';
  if (/^presentation\.explanation\b/.test(path)) return 'explanation';
  const choice = /^presentation\.choices\.([^.[\]]+)/.exec(path);
  if (choice) return `choice:${choice[1]}`;
  const numeric = /^key\.(value|tolerance|unit)\b/.exec(path);
  if (numeric) return numeric[1];
  if (/^key\b/.test(path) || path === 'presentation.choices' || path === 'type') return 'key';
  return null;
}
