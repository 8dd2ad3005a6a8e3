import { Stack, Text } from '@mantine/core';
import { ChoiceOptionsEditor } from './ChoiceOptionsEditor';
import type { KeyEditorProps } from './key-editor-props';
import { MatchingPairsEditor } from './MatchingPairsEditor';
import { NumericKeyEditor } from './NumericKeyEditor';
import { OrderingItemsEditor } from './OrderingItemsEditor';
import { TrueFalseKeyEditor } from './TrueFalseKeyEditor';

/** The answer key of the draft's type, with the key's own problems (no correct option…) above it. */
export function AnswerKeyEditor(props: KeyEditorProps) {
  const error = props.errors['key'];
  return (
    <Stack gap="sm">
      {error ? (
        <Text c="red.7" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
      <KeyEditorOfType {...props} />
    </Stack>
  );
}

function KeyEditorOfType(props: KeyEditorProps) {
  switch (props.draft.key.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
    case 'IMAGE_CHOICE':
      return <ChoiceOptionsEditor {...props} />;
    case 'TRUE_FALSE':
      return <TrueFalseKeyEditor {...props} />;
    case 'ORDERING':
      return <OrderingItemsEditor {...props} />;
    case 'MATCHING':
      return <MatchingPairsEditor {...props} />;
    case 'NUMERIC':
      return <NumericKeyEditor {...props} />;
  }
}
