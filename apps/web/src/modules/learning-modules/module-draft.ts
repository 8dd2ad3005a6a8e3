import type { LessonBlock, Localised, PackageModule } from '@savoir/domain';
import type { ModuleKind } from '../../generated/graphql';

export type { LessonBlock, Localised };

/** The module draft as `ModuleVersion.content` carries it and `saveModuleDraft` takes it back (texts per locale). */
export type ModuleDraft = Omit<PackageModule, 'code' | 'kind'>;

/** The block kinds, in the order the editor offers them (libs/domain LESSON_BLOCK_KINDS). */
export const LESSON_BLOCK_KINDS = ['RICH_TEXT', 'IMAGE', 'VIDEO', 'PRODUCT_CARD', 'TIMELINE_EVENT', 'KEY_FACT'] as const satisfies ReadonlyArray<LessonBlock['kind']>;
export type LessonBlockKind = LessonBlock['kind'];

export const MODULE_KINDS: readonly ModuleKind[] = ['LESSON', 'QUIZ', 'HERITAGE_CHALLENGE', 'PRODUCT_CHALLENGE', 'ROLEPLAY'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function localised(value: unknown): Localised {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function codes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function parseBlock(value: unknown): LessonBlock | null {
  if (!isRecord(value)) return null;
  const caption = value['caption'] === undefined ? {} : { caption: localised(value['caption']) };
  switch (value['kind']) {
    case 'RICH_TEXT':
      return { kind: 'RICH_TEXT', markdown: localised(value['markdown']) };
    case 'IMAGE':
      return { kind: 'IMAGE', url: text(value['url']), alt: localised(value['alt']), ...caption };
    case 'VIDEO':
      return { kind: 'VIDEO', url: text(value['url']), ...caption };
    case 'PRODUCT_CARD': {
      const specs = Array.isArray(value['keySpecs']) ? value['keySpecs'].filter(isRecord) : [];
      return {
        kind: 'PRODUCT_CARD',
        reference: text(value['reference']),
        name: localised(value['name']),
        collection: localised(value['collection']),
        keySpecs: specs.map((spec) => ({ label: localised(spec['label']), value: localised(spec['value']) })),
      };
    }
    case 'TIMELINE_EVENT':
      return { kind: 'TIMELINE_EVENT', date: text(value['date']), title: localised(value['title']), story: localised(value['story']) };
    case 'KEY_FACT':
      return { kind: 'KEY_FACT', text: localised(value['text']) };
    default:
      return null;
  }
}

/** The draft a version's `content` JSON describes; anything malformed is read as empty rather than trusted. */
export function parseModuleDraft(content: Record<string, unknown>): ModuleDraft {
  const minutes = content['estimatedMinutes'];
  return {
    title: localised(content['title']),
    summary: localised(content['summary']),
    estimatedMinutes: typeof minutes === 'number' ? minutes : 0,
    targetSkills: codes(content['targetSkills']),
    blocks: (Array.isArray(content['blocks']) ? content['blocks'] : []).map(parseBlock).filter((block): block is LessonBlock => block !== null),
    questions: codes(content['questions']),
  };
}

/** A new block of `kind`, its texts empty in the source locale. */
export function emptyBlock(kind: LessonBlockKind, sourceLocale: string): LessonBlock {
  const blank = { [sourceLocale]: '' };
  switch (kind) {
    case 'RICH_TEXT':
      return { kind, markdown: blank };
    case 'IMAGE':
      return { kind, url: '', alt: blank };
    case 'VIDEO':
      return { kind, url: '' };
    case 'PRODUCT_CARD':
      return { kind, reference: '', name: blank, collection: blank, keySpecs: [] };
    case 'TIMELINE_EVENT':
      return { kind, date: '', title: blank, story: blank };
    case 'KEY_FACT':
      return { kind, text: blank };
  }
}

/** The text of one locale replaced; an empty translation stays as '' (saving it removes the translation). */
export function withLocaleText(texts: Localised | undefined, locale: string, value: string): Localised {
  return { ...(texts ?? {}), [locale]: value };
}

/** An optional caption with no source text is left out, so the API never stores a caption without text. */
function withoutBlankCaption(block: LessonBlock, sourceLocale: string): LessonBlock {
  if ((block.kind !== 'IMAGE' && block.kind !== 'VIDEO') || block.caption === undefined) return block;
  if (block.caption[sourceLocale]?.trim()) return block;
  const { caption: _blank, ...rest } = block;
  return rest as LessonBlock;
}

/** The draft as `saveModuleDraft` takes it: the whole content, texts in every locale. */
export function draftContent(draft: ModuleDraft, sourceLocale: string): Record<string, unknown> {
  return {
    title: draft.title,
    summary: draft.summary,
    estimatedMinutes: draft.estimatedMinutes,
    targetSkills: [...draft.targetSkills],
    blocks: draft.blocks.map((block) => withoutBlankCaption(block, sourceLocale)),
    questions: [...draft.questions],
  };
}

/** The item at `from` moved to `to` (both in range), the others keeping their order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** Every field path the editor shows for a draft, in the API's notation (`blocks[2].keySpecs[0].label`). */
export function draftFieldPaths(draft: ModuleDraft): string[] {
  const paths = ['title', 'summary', 'estimatedMinutes', 'targetSkills', 'blocks', 'questions'];
  draft.blocks.forEach((block, i) => {
    const at = `blocks[${i}]`;
    paths.push(at);
    for (const field of blockFields(block)) paths.push(`${at}.${field}`);
  });
  return paths;
}

/** The fields of a block, relative to it. */
export function blockFields(block: LessonBlock): string[] {
  switch (block.kind) {
    case 'RICH_TEXT':
      return ['kind', 'markdown'];
    case 'IMAGE':
      return ['kind', 'url', 'alt', 'caption'];
    case 'VIDEO':
      return ['kind', 'url', 'caption'];
    case 'PRODUCT_CARD':
      return ['kind', 'reference', 'name', 'collection', 'keySpecs', ...block.keySpecs.flatMap((_spec, k) => [`keySpecs[${k}].label`, `keySpecs[${k}].value`])];
    case 'TIMELINE_EVENT':
      return ['kind', 'date', 'title', 'story'];
    case 'KEY_FACT':
      return ['kind', 'text'];
  }
}

export interface PlacedIssues {
  /** Message per field path the editor shows. */
  byField: Record<string, string>;
  /** Issues whose path the editor does not show, for a list at the top. */
  unplaced: Array<{ field: string; message: string }>;
}

/**
 * Places VALIDATION_FAILED issues on the fields they name: an exact path, or a text of a field in one locale
 * (`title.fr` on `title`), each with its message as shown (`issueText`). The first message per field wins; the rest
 * are listed.
 */
export function placeIssues(issues: ReadonlyArray<{ field: string; message: string }>, paths: readonly string[]): PlacedIssues {
  const known = new Set(paths);
  const byField: Record<string, string> = {};
  const unplaced: Array<{ field: string; message: string }> = [];
  for (const issue of issues) {
    let target: string | null = known.has(issue.field) ? issue.field : null;
    if (!target) {
      const parent = issue.field.slice(0, issue.field.lastIndexOf('.'));
      if (parent && known.has(parent)) target = parent;
    }
    if (target && !(target in byField)) byField[target] = issue.message;
    else unplaced.push(issue);
  }
  return { byField, unplaced };
}
