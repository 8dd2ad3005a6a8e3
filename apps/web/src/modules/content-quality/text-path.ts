import type { TFunction } from 'i18next';

/** Texts at the top of a program, module, question or skill. */
const TOP_FIELDS = ['title', 'summary', 'description', 'name', 'prompt', 'explanation'] as const;
/** Texts inside a lesson block (the walk of libs/domain content-texts.ts). */
const BLOCK_FIELDS = ['markdown', 'alt', 'caption', 'name', 'collection', 'title', 'story', 'text'] as const;
const KEY_SPEC_FIELDS = ['label', 'value'] as const;

type Of<T extends readonly string[]> = T[number];

export type TextPath =
  | { kind: 'field'; field: Of<typeof TOP_FIELDS> }
  | { kind: 'block'; block: number; field: Of<typeof BLOCK_FIELDS> }
  | { kind: 'keySpec'; block: number; spec: number; field: Of<typeof KEY_SPEC_FIELDS> }
  | { kind: 'choice'; choice: string }
  | { kind: 'choiceImage'; choice: string };

const isOneOf = <T extends readonly string[]>(values: T, value: string): value is Of<T> => (values as readonly string[]).includes(value);

/**
 * Reads a text's path as the API names it (`blocks[2].story`, `choices.b.text`), numbers counted from 1 as authors
 * count them; null for a path it does not know, which is then shown as it is.
 */
export function parseTextPath(path: string): TextPath | null {
  if (isOneOf(TOP_FIELDS, path)) return { kind: 'field', field: path };
  const keySpec = /^blocks\[(\d+)\]\.keySpecs\[(\d+)\]\.(\w+)$/.exec(path);
  if (keySpec && isOneOf(KEY_SPEC_FIELDS, keySpec[3])) {
    return { kind: 'keySpec', block: Number(keySpec[1]) + 1, spec: Number(keySpec[2]) + 1, field: keySpec[3] };
  }
  const block = /^blocks\[(\d+)\]\.(\w+)$/.exec(path);
  if (block && isOneOf(BLOCK_FIELDS, block[2])) return { kind: 'block', block: Number(block[1]) + 1, field: block[2] };
  const choice = /^choices\.([^.]+)\.(text|imageAlt)$/.exec(path);
  if (choice) return choice[2] === 'text' ? { kind: 'choice', choice: choice[1] } : { kind: 'choiceImage', choice: choice[1] };
  return null;
}

/** "Block 3 · story", "Choice b", "Title"; the raw path when it is not one the Studio knows. */
export function describeTextPath(path: string, t: TFunction): string {
  const parsed = parseTextPath(path);
  if (!parsed) return path;
  switch (parsed.kind) {
    case 'field':
      return t(`studio.translations.paths.fields.${parsed.field}`);
    case 'block':
      return t('studio.translations.paths.block', { number: parsed.block, field: t(`studio.translations.paths.blockFields.${parsed.field}`) });
    case 'keySpec':
      return t('studio.translations.paths.keySpec', {
        number: parsed.block,
        spec: parsed.spec,
        field: t(`studio.translations.paths.keySpecFields.${parsed.field}`),
      });
    case 'choice':
      return t('studio.translations.paths.choice', { choice: parsed.choice });
    case 'choiceImage':
      return t('studio.translations.paths.choiceImage', { choice: parsed.choice });
  }
}
