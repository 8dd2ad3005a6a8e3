import type { Localised, PackageQuestion } from '../curriculum/program-package';
import { isContentCode, programQuestionIssues } from '../curriculum/program-package';
import { issue, type AddIssue, type RowIssue } from '../shared/validation';
import { QUESTION_TYPES, type QuestionKey, type QuestionType } from './question-key';

/**
 * The question-bank CSV an author fills in a spreadsheet, one question per row:
 *   code, type, skills (codes separated by |), difficulty (1–5),
 *   prompt.<locale>, explanation.<locale> (the source locale required, others optional),
 *   choice1.<locale> … choice8.<locale> (+ choiceN.image for IMAGE_CHOICE),
 *   correct, tolerance, unit.
 * `correct` holds, by type: the choice number(s) ("2", "1|3") for SINGLE/MULTIPLE/IMAGE_CHOICE; true or false for
 * TRUE_FALSE; the value for NUMERIC (with tolerance and unit). ORDERING lists its choices in the right order
 * and leaves `correct` empty; MATCHING writes each choice as "left => right".
 */
export const QUESTION_CSV_MAX_CHOICES = 8;

export interface QuestionCsvContext {
  sourceLocale: string;
  /** Skill codes of the maison. */
  skillCodes: ReadonlySet<string>;
  /** Question codes already in the bank (a CSV adds questions; editing goes through Studio). */
  existingCodes: ReadonlySet<string>;
}

export type QuestionCsvValidation = { ok: true; questions: PackageQuestion[] } | { ok: false; issues: RowIssue[] };

const FIRST_DATA_ROW = 2;

function localisedColumn(record: Readonly<Record<string, string | undefined>>, name: string): Localised {
  const values: Record<string, string> = {};
  for (const [column, value] of Object.entries(record)) {
    const match = new RegExp(`^${name.replace('.', '\\.')}\\.([a-z]{2})$`).exec(column);
    if (match && value?.trim()) values[match[1]] = value.trim();
  }
  return values;
}

function choicesOf(record: Readonly<Record<string, string | undefined>>) {
  const choices: Array<{ id: string; text: Localised; image?: string }> = [];
  for (let n = 1; n <= QUESTION_CSV_MAX_CHOICES; n++) {
    const text = localisedColumn(record, `choice${n}`);
    if (Object.keys(text).length) choices.push({ id: `c${n}`, text, image: record[`choice${n}.image`]?.trim() || undefined });
  }
  return choices;
}

/** Parses and validates every row before anything is written; one bad row rejects the file, naming every problem. */
export function validateQuestionCsv(
  header: readonly string[],
  records: ReadonlyArray<Readonly<Record<string, string | undefined>>>,
  context: QuestionCsvContext,
): QuestionCsvValidation {
  const issues: RowIssue[] = [];
  for (const column of ['code', 'type', 'skills', 'difficulty', `prompt.${context.sourceLocale}`, `explanation.${context.sourceLocale}`]) {
    if (!header.includes(column)) issues.push({ row: 1, ...issue(column, 'COLUMN_MISSING') });
  }
  if (records.length === 0) issues.push({ row: FIRST_DATA_ROW, ...issue('code', 'NO_QUESTION_ROWS') });
  if (issues.length) return { ok: false, issues };

  const questions: PackageQuestion[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const row = index + FIRST_DATA_ROW;
    const rowIssues: RowIssue[] = [];
    const add: AddIssue = (field, code, ...params) => rowIssues.push({ row, ...issue(field, code, ...params) });
    const cell = (column: string) => (record[column] ?? '').trim();

    const code = cell('code');
    if (!isContentCode(code)) add('code', 'CONTENT_CODE_INVALID', { example: 'heritage.q-founding-year' });
    else if (seen.has(code)) add('code', 'DUPLICATE_ROW', { row: seen.get(code) as number });
    else if (context.existingCodes.has(code)) add('code', 'QUESTION_IN_BANK');
    seen.set(code, seen.get(code) ?? row);

    const type = cell('type').toUpperCase() as QuestionType;
    if (!(QUESTION_TYPES as readonly string[]).includes(type)) {
      add('type', 'ONE_OF', { allowed: QUESTION_TYPES.join(', ') });
      issues.push(...rowIssues);
      return;
    }
    const skills = cell('skills').split('|').map((skill) => skill.trim()).filter(Boolean);
    for (const skill of skills) if (!context.skillCodes.has(skill)) add('skills', 'SKILL_UNKNOWN', { code: skill });
    const difficulty = Number(cell('difficulty'));

    const choices = choicesOf(record);
    const correct = cell('correct');
    const numbers = correct.split('|').map((n) => Number(n.trim())).filter((n) => Number.isInteger(n));
    let key: QuestionKey;
    const presentationChoices: Record<string, { text: Localised; imageUrl?: string; imageAlt?: Localised }> = {};
    switch (type) {
      case 'SINGLE_CHOICE':
      case 'MULTIPLE_CHOICE':
      case 'IMAGE_CHOICE':
        for (const n of numbers) if (n < 1 || n > choices.length) add('correct', 'CHOICE_NUMBER_UNKNOWN', { number: n });
        key = { type, options: choices.map((choice, i) => ({ id: choice.id, correct: numbers.includes(i + 1) })) };
        for (const choice of choices) presentationChoices[choice.id] = { text: choice.text, ...(type === 'IMAGE_CHOICE' ? { imageUrl: choice.image, imageAlt: choice.text } : {}) };
        break;
      case 'TRUE_FALSE':
        if (correct !== 'true' && correct !== 'false') add('correct', 'TRUE_OR_FALSE');
        key = { type, answer: correct === 'true' };
        break;
      case 'NUMERIC':
        key = { type, value: correct ? Number(correct) : Number.NaN, tolerance: Number(cell('tolerance') || 0), unit: cell('unit') };
        break;
      case 'ORDERING':
        key = { type, itemIds: choices.map((choice) => choice.id) };
        for (const choice of choices) presentationChoices[choice.id] = { text: choice.text };
        break;
      case 'MATCHING': {
        const pairs = choices.map((choice) => {
          const split = (text: string) => text.split('=>').map((part) => part.trim());
          const left: Record<string, string> = {};
          const right: Record<string, string> = {};
          for (const [locale, text] of Object.entries(choice.text)) {
            const [l, r] = split(text);
            if (!l || !r) add(`${choice.id.replace('c', 'choice')}.${locale}`, 'MATCHING_CELL_FORMAT');
            left[locale] = l ?? '';
            right[locale] = r ?? '';
          }
          presentationChoices[`${choice.id}l`] = { text: left };
          presentationChoices[`${choice.id}r`] = { text: right };
          return { left: `${choice.id}l`, right: `${choice.id}r` };
        });
        key = { type, pairs };
        break;
      }
    }

    const question: PackageQuestion = {
      code,
      skills,
      difficulty,
      key,
      presentation: {
        prompt: localisedColumn(record, 'prompt'),
        explanation: localisedColumn(record, 'explanation'),
        ...(Object.keys(presentationChoices).length ? { choices: presentationChoices } : {}),
      },
    };
    for (const found of programQuestionIssues(question, context.sourceLocale)) rowIssues.push({ ...found, row, field: csvField(found.field) });
    if (rowIssues.length) issues.push(...dedupe(rowIssues));
    else questions.push(question);
  });
  return issues.length ? { ok: false, issues } : { ok: true, questions };
}

/** The package validator speaks in package paths; an author reads CSV columns. */
function csvField(field: string): string {
  return field
    .replace(/^presentation\.(prompt|explanation)$/, '$1')
    .replace(/^key\.(options|itemIds|pairs)$/, 'correct')
    .replace(/^key\.(value|tolerance|unit)$/, (_, name: string) => (name === 'value' ? 'correct' : name))
    .replace(/^presentation\.choices\.c(\d+)\.imageUrl$/, 'choice$1.image')
    .replace(/^presentation\.choices.*$/, 'choices');
}

function dedupe(issues: RowIssue[]): RowIssue[] {
  const keys = new Set<string>();
  return issues.filter((found) => {
    const key = `${found.field}|${found.message}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
