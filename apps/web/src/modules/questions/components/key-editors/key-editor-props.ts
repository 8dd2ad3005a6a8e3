import type { QuestionDraft } from '../../question-draft';
import type { TextContext } from '../../text-context';

export interface KeyEditorProps {
  draft: QuestionDraft;
  onChange: (draft: QuestionDraft) => void;
  context: TextContext;
  /** Messages by form slot (`key`, `choice:b`, `value`…), see issueSlot. */
  errors: Readonly<Record<string, string>>;
}
