import type { LessonBlock, LessonBlockKind } from '../../module-draft';

export type BlockOf<K extends LessonBlockKind> = Extract<LessonBlock, { kind: K }>;

export interface BlockFieldsProps<K extends LessonBlockKind> {
  block: BlockOf<K>;
  onChange: (block: BlockOf<K>) => void;
  /** The block's path in the draft as sent (`blocks[2]`). */
  path: string;
  /** Its path in the saved version, or null for a block added since. */
  savedPath: string | null;
  /** Its position, from 1, to name what belongs to it. */
  number: number;
}

/** The path of a block's field, or null when the block is new. */
export function savedAt(savedPath: string | null, field: string): string | null {
  return savedPath === null ? null : `${savedPath}.${field}`;
}
