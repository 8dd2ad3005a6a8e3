import { issue, issueMessage, MODULE_KINDS, SKILL_CATEGORIES, type FieldIssue, type PackageModule, type PackageQuestion } from '@savoir/domain';
import { z } from 'zod';
import { DomainError } from '../../core/errors/domain-error';

/**
 * The shapes of content arriving as JSON (editor drafts, packages). They check structure only, so the domain's
 * validators, which assume well-typed content, never meet a number where a text belongs; the domain then checks
 * meaning (a correct option, a text in the source locale, known codes).
 */

// A string Postgres can store: it refuses a NUL in text and in jsonb alike (a file read in the wrong encoding is full
// of them), so one is refused here, as INPUT_NUL naming its field, rather than by the database as a server error.
const storable = (max: number, min = 0) => z.string().min(min).max(max).refine((value) => !value.includes('\u0000'), { message: issueMessage('INPUT_NUL'), params: { issue: 'INPUT_NUL' } });
const text = storable(20_000);
const localised = z.record(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a locale such as en or fr'), text);
const code = storable(80);
const url = storable(2_000);
const id = storable(40, 1);

const block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('RICH_TEXT'), markdown: localised }),
  z.object({ kind: z.literal('IMAGE'), url, alt: localised, caption: localised.optional() }),
  z.object({ kind: z.literal('VIDEO'), url, caption: localised.optional() }),
  z.object({ kind: z.literal('PRODUCT_CARD'), reference: storable(80), name: localised, collection: localised, keySpecs: z.array(z.object({ label: localised, value: localised })).max(20) }),
  z.object({ kind: z.literal('TIMELINE_EVENT'), date: storable(10), title: localised, story: localised }),
  z.object({ kind: z.literal('KEY_FACT'), text: localised }),
]);

const option = z.object({ id, correct: z.boolean() });
const key = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['SINGLE_CHOICE', 'IMAGE_CHOICE', 'MULTIPLE_CHOICE']), options: z.array(option).max(12) }),
  z.object({ type: z.literal('TRUE_FALSE'), answer: z.boolean() }),
  z.object({ type: z.literal('ORDERING'), itemIds: z.array(id).max(12) }),
  z.object({ type: z.literal('MATCHING'), pairs: z.array(z.object({ left: id, right: id })).max(12) }),
  z.object({ type: z.literal('NUMERIC'), value: z.number(), tolerance: z.number(), unit: storable(40) }),
]);

const presentation = z.object({
  prompt: localised,
  explanation: localised,
  choices: z.record(id, z.object({ text: localised, imageUrl: url.optional(), imageAlt: localised.optional() })).optional(),
});

/** A question as an editor sends it: everything but its code. */
export const questionDraftShape = z.object({
  skills: z.array(code).max(20),
  difficulty: z.number(),
  key,
  presentation,
});
export type QuestionDraft = Omit<PackageQuestion, 'code'>;

/** A module as an editor sends it: everything but its code and kind, which never change. */
export const moduleDraftShape = z.object({
  title: localised,
  summary: localised,
  estimatedMinutes: z.number(),
  targetSkills: z.array(code).max(50),
  blocks: z.array(block).max(200),
  questions: z.array(code).max(200),
});
export type ModuleDraft = Omit<PackageModule, 'code' | 'kind'>;

export const programPackageShape = z.object({
  format: z.string(),
  version: z.number(),
  sourceLocale: z.string(),
  checksum: z.string().optional(),
  program: z.object({
    code,
    title: localised,
    description: localised,
    onboarding: z.boolean(),
    certificationThreshold: z.number(),
    targetSkills: z.array(code),
    modules: z.array(code),
  }),
  skills: z.array(z.object({ code, category: z.enum(SKILL_CATEGORIES), name: localised, description: localised, prerequisites: z.array(code) })).max(5_000),
  modules: z.array(moduleDraftShape.extend({ code, kind: z.enum(MODULE_KINDS) })).max(2_000),
  questions: z.array(questionDraftShape.extend({ code })).max(20_000),
});

/** The value in the shape's type, or VALIDATION_FAILED (or `code`) naming each field at fault by its path. */
export function parseShape<T>(shape: z.ZodType, value: unknown, code: 'VALIDATION_FAILED' | 'PACKAGE_INVALID' | 'ANSWER_INVALID' = 'VALIDATION_FAILED'): T {
  const parsed = shape.safeParse(value);
  if (parsed.success) return parsed.data as T;
  const issues: FieldIssue[] = parsed.error.issues
    .slice(0, 50)
    .map((found) => (found.code === 'custom' && found.params?.['issue'] === 'INPUT_NUL' ? issue(fieldPath(found.path), 'INPUT_NUL') : issue(fieldPath(found.path), 'SHAPE_INVALID', { detail: found.message })));
  if (code === 'PACKAGE_INVALID') throw invalidPackage(issues);
  if (code === 'ANSWER_INVALID') throw invalidAnswer(issues);
  throw DomainError.validation(issues);
}

export function invalidAnswer(issues: FieldIssue[]): DomainError {
  return new DomainError('ANSWER_INVALID', `The answer does not fit the question: ${issues.map((issue) => `${issue.field} ${issue.message}`).join('; ')}`, { issues });
}

const answerId = z.string().min(1).max(40);
/** An advisor's answer as the device sends it: by ids, never by positions (see `Answer` in libs/domain). */
export const answerShape = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['SINGLE_CHOICE', 'IMAGE_CHOICE']), optionId: answerId }).strict(),
  z.object({ type: z.literal('MULTIPLE_CHOICE'), optionIds: z.array(answerId).max(12) }).strict(),
  z.object({ type: z.literal('TRUE_FALSE'), value: z.boolean() }).strict(),
  z.object({ type: z.literal('ORDERING'), itemIds: z.array(answerId).max(12) }).strict(),
  z.object({ type: z.literal('MATCHING'), pairs: z.array(z.object({ left: answerId, right: answerId }).strict()).max(12) }).strict(),
  z.object({ type: z.literal('NUMERIC'), value: z.number().finite() }).strict(),
]);

export function invalidPackage(issues: FieldIssue[]): DomainError {
  return new DomainError('PACKAGE_INVALID', `The package was rejected whole: ${issues.length} problem${issues.length === 1 ? '' : 's'}, first ${issues[0]?.field} ${issues[0]?.message}`, { issues });
}

const fieldPath = (path: ReadonlyArray<PropertyKey>) => path.reduce<string>((at, part) => (typeof part === 'number' ? `${at}[${part}]` : at ? `${at}.${String(part)}` : String(part)), '');
