/** A lesson block as the advisor's device receives it: texts already in their locale, rich text as sanitised HTML. */
export type LessonBlock =
  | { kind: 'RICH_TEXT'; html: string }
  | { kind: 'IMAGE'; url: string; alt: string; caption: string | null }
  | { kind: 'VIDEO'; url: string; caption: string | null }
  | { kind: 'PRODUCT_CARD'; reference: string; name: string; collection: string; keySpecs: Array<{ label: string; value: string }> }
  | { kind: 'TIMELINE_EVENT'; date: string; title: string; story: string }
  | { kind: 'KEY_FACT'; text: string };

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const optional = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function keySpecs(value: unknown): Array<{ label: string; value: string }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((spec: unknown) => {
    if (typeof spec !== 'object' || spec === null) return [];
    const { label, value: specValue } = spec as Record<string, unknown>;
    return [{ label: str(label), value: str(specValue) }];
  });
}

function toLessonBlock(raw: Record<string, unknown>): LessonBlock | null {
  switch (raw['kind']) {
    case 'RICH_TEXT':
      return { kind: 'RICH_TEXT', html: str(raw['html']) };
    case 'IMAGE':
      return str(raw['url']) ? { kind: 'IMAGE', url: str(raw['url']), alt: str(raw['alt']), caption: optional(raw['caption']) } : null;
    case 'VIDEO':
      return str(raw['url']) ? { kind: 'VIDEO', url: str(raw['url']), caption: optional(raw['caption']) } : null;
    case 'PRODUCT_CARD':
      return { kind: 'PRODUCT_CARD', reference: str(raw['reference']), name: str(raw['name']), collection: str(raw['collection']), keySpecs: keySpecs(raw['keySpecs']) };
    case 'TIMELINE_EVENT':
      return { kind: 'TIMELINE_EVENT', date: str(raw['date']), title: str(raw['title']), story: str(raw['story']) };
    case 'KEY_FACT':
      return { kind: 'KEY_FACT', text: str(raw['text']) };
    default:
      // A block kind this version of the app does not know yet: left out rather than shown broken.
      return null;
  }
}

/** The blocks of `learnerModule.blocks` (JSON), typed; unknown kinds and blocks without their media are left out. */
export function toLessonBlocks(raw: ReadonlyArray<Record<string, unknown>>): LessonBlock[] {
  return raw.flatMap((block) => {
    const parsed = toLessonBlock(block);
    return parsed ? [parsed] : [];
  });
}
