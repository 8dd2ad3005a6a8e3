import { plainTexts, revisedText, translationStatus, type LocalisedText, type TranslationStatus } from './localised-text';
import type { LessonBlock, Localised, QuestionPresentation } from './program-package';

/**
 * The learner-facing texts of a module or a question, walked field by field with a stable path
 * (`blocks[2].story`, `choices.c3.text`). One walk per content shape serves every need: turning package texts into
 * revisioned texts and back, carrying translation status across edits, and listing what a locale lacks.
 */
export interface ModuleTexts<T> {
  title: T;
  summary: T;
  blocks: ReadonlyArray<LessonBlock<T>>;
}

type Visit<A, B> = (text: A, path: string) => B;

export function mapModuleTexts<A, B>(texts: ModuleTexts<A>, visit: Visit<A, B>): ModuleTexts<B> {
  const optional = (text: A | undefined, path: string) => (text === undefined ? {} : { [path.split('.').pop() as string]: visit(text, path) });
  return {
    title: visit(texts.title, 'title'),
    summary: visit(texts.summary, 'summary'),
    blocks: texts.blocks.map((block, i): LessonBlock<B> => {
      const at = `blocks[${i}]`;
      switch (block.kind) {
        case 'RICH_TEXT':
          return { kind: block.kind, markdown: visit(block.markdown, `${at}.markdown`) };
        case 'IMAGE':
          return { kind: block.kind, url: block.url, alt: visit(block.alt, `${at}.alt`), ...optional(block.caption, `${at}.caption`) };
        case 'VIDEO':
          return { kind: block.kind, url: block.url, ...optional(block.caption, `${at}.caption`) };
        case 'PRODUCT_CARD':
          return {
            kind: block.kind,
            reference: block.reference,
            name: visit(block.name, `${at}.name`),
            collection: visit(block.collection, `${at}.collection`),
            keySpecs: block.keySpecs.map((spec, k) => ({ label: visit(spec.label, `${at}.keySpecs[${k}].label`), value: visit(spec.value, `${at}.keySpecs[${k}].value`) })),
          };
        case 'TIMELINE_EVENT':
          return { kind: block.kind, date: block.date, title: visit(block.title, `${at}.title`), story: visit(block.story, `${at}.story`) };
        case 'KEY_FACT':
          return { kind: block.kind, text: visit(block.text, `${at}.text`) };
      }
    }),
  };
}

export function mapPresentationTexts<A, B>(presentation: QuestionPresentation<A>, visit: Visit<A, B>): QuestionPresentation<B> {
  const prompt = visit(presentation.prompt, 'prompt');
  const explanation = visit(presentation.explanation, 'explanation');
  const choices = presentation.choices
    ? Object.fromEntries(
        Object.entries(presentation.choices).map(([id, choice]) => [
          id,
          {
            text: visit(choice.text, `choices.${id}.text`),
            ...(choice.imageUrl === undefined ? {} : { imageUrl: choice.imageUrl }),
            ...(choice.imageAlt === undefined ? {} : { imageAlt: visit(choice.imageAlt, `choices.${id}.imageAlt`) }),
          },
        ]),
      )
    : undefined;
  return { prompt, explanation, ...(choices ? { choices } : {}) };
}

/** Every text of a walk with its path, in document order. */
export function textsByPath<T>(walk: (visit: Visit<T, T>) => unknown): Array<{ path: string; text: T }> {
  const found: Array<{ path: string; text: T }> = [];
  walk((text, path) => {
    found.push({ path, text });
    return text;
  });
  return found;
}

/**
 * The revisioned form of edited texts. A field keeps its revision history while it stays in the same place, so
 * editing the English of a block outdates that block's French and nothing else. A block is followed where it moves:
 * blocks are paired by kind and source texts (a block inserted, removed or moved above it changes nothing of its
 * translations), and an edited block with the block of its kind that was at its index.
 */
export function reviseModuleTexts(previous: ModuleTexts<LocalisedText> | undefined, incoming: ModuleTexts<Localised>, sourceLocale: string): ModuleTexts<LocalisedText> {
  const before = new Map(previous ? textsByPath<LocalisedText>((visit) => mapModuleTexts(previous, visit)).map(({ path, text }) => [path, text]) : []);
  const origins = previous ? blockOrigins(moduleTextsAsPlain(previous).blocks, incoming.blocks, sourceLocale) : [];
  const earlierPath = (path: string) => {
    const block = /^blocks\[(\d+)\](.*)$/.exec(path);
    if (!block) return path;
    const origin = origins[Number(block[1])];
    return origin === null || origin === undefined ? null : `blocks[${origin}]${block[2]}`;
  };
  return mapModuleTexts(incoming, (texts, path) => {
    const earlier = earlierPath(path);
    return revisedText(earlier === null ? undefined : before.get(earlier), sourceLocale, texts);
  });
}

/** For each incoming block, the index of the block it was before (null for a new one): see `reviseModuleTexts`. */
function blockOrigins(previous: ReadonlyArray<LessonBlock<Localised>>, incoming: ReadonlyArray<LessonBlock<Localised>>, sourceLocale: string): Array<number | null> {
  const signature = (block: LessonBlock<Localised>) =>
    JSON.stringify([block.kind, ...textsByPath<Localised>((visit) => mapModuleTexts({ title: {}, summary: {}, blocks: [block] }, visit)).flatMap(({ path, text }) => (path.startsWith('blocks') ? [[path, text[sourceLocale] ?? '']] : []))]);
  const was = previous.map(signature);
  const now = incoming.map(signature);
  const origins: Array<number | null> = incoming.map(() => null);
  const taken = new Set<number>();
  const pair = (index: number, origin: number) => {
    origins[index] = origin;
    taken.add(origin);
  };
  // Unchanged blocks: where they were first, then wherever they moved from.
  now.forEach((sig, i) => i < was.length && was[i] === sig && pair(i, i));
  now.forEach((sig, i) => {
    if (origins[i] !== null) return;
    const origin = was.findIndex((earlier, j) => !taken.has(j) && earlier === sig);
    if (origin >= 0) pair(i, origin);
  });
  // Edited blocks: the block of the same kind that was at their index.
  incoming.forEach((block, i) => origins[i] === null && i < previous.length && !taken.has(i) && previous[i].kind === block.kind && pair(i, i));
  return origins;
}

/** The same for a question's presentation. */
export function revisePresentationTexts(
  previous: QuestionPresentation<LocalisedText> | undefined,
  incoming: QuestionPresentation<Localised>,
  sourceLocale: string,
): QuestionPresentation<LocalisedText> {
  const before = new Map(previous ? textsByPath<LocalisedText>((visit) => mapPresentationTexts(previous, visit)).map(({ path, text }) => [path, text]) : []);
  return mapPresentationTexts(incoming, (texts, path) => revisedText(before.get(path), sourceLocale, texts));
}

export const moduleTextsAsPlain = (texts: ModuleTexts<LocalisedText>): ModuleTexts<Localised> => mapModuleTexts(texts, plainTexts);
export const presentationAsPlain = (presentation: QuestionPresentation<LocalisedText>): QuestionPresentation<Localised> => mapPresentationTexts(presentation, plainTexts);

/** The fields of a walk that are not UP_TO_DATE in `locale`: what a translator has left to do. */
export function translationGaps(fields: ReadonlyArray<{ path: string; text: LocalisedText }>, locale: string): Array<{ path: string; status: Exclude<TranslationStatus, 'UP_TO_DATE'>; source: string }> {
  return fields.flatMap(({ path, text }) => {
    const status = translationStatus(text, locale);
    return status === 'UP_TO_DATE' ? [] : [{ path, status, source: text.values[text.sourceLocale].text }];
  });
}
