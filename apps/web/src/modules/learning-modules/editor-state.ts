import type { LessonBlock, ModuleDraft } from './module-draft';

/** A block as the editor holds it: a stable key for React, and where it was in the saved version. */
export interface EditorBlock {
  key: string;
  /** Its index in the saved version (its texts' translation status live there), or null when added since. */
  origin: number | null;
  block: LessonBlock;
}

/** The draft being edited; minutes stay as typed (a number, or '' while the field is empty). */
export interface EditorState {
  title: ModuleDraft['title'];
  summary: ModuleDraft['summary'];
  estimatedMinutes: number | '';
  targetSkills: string[];
  blocks: EditorBlock[];
  questions: string[];
}

let nextKey = 0;
export function newBlockKey(): string {
  nextKey += 1;
  return `block-${nextKey}`;
}

export function toEditorState(draft: ModuleDraft): EditorState {
  return {
    title: draft.title,
    summary: draft.summary,
    estimatedMinutes: draft.estimatedMinutes,
    targetSkills: [...draft.targetSkills],
    blocks: draft.blocks.map((block, origin) => ({ key: newBlockKey(), origin, block })),
    questions: [...draft.questions],
  };
}

/** The draft the state describes; empty minutes read as 0, which the API refuses on the field. */
export function toDraft(state: EditorState): ModuleDraft {
  return {
    title: state.title,
    summary: state.summary,
    estimatedMinutes: state.estimatedMinutes === '' ? 0 : state.estimatedMinutes,
    targetSkills: state.targetSkills,
    blocks: state.blocks.map((entry) => entry.block),
    questions: state.questions,
  };
}

/**
 * The state once `sent` (an earlier state) is saved, keeping what was edited since: each block that was sent reads its
 * texts' translation status where the saved version now holds it, a block added since has none yet.
 */
export function afterSave(state: EditorState, sent: EditorState): EditorState {
  const savedAt = new Map(sent.blocks.map((entry, index) => [entry.key, index]));
  return { ...state, blocks: state.blocks.map((entry) => ({ ...entry, origin: savedAt.get(entry.key) ?? null })) };
}
