import { NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerOf, PresentedChoice } from '../../presented-question';

export interface MatchingAnswerProps {
  left: readonly PresentedChoice[];
  right: readonly PresentedChoice[];
  value: AnswerOf<'MATCHING'> | null;
  onChange: (answer: AnswerOf<'MATCHING'>) => void;
}

/** MATCHING: one native select per left item (the phone's own picker), labelled by that item. */
export function MatchingAnswer({ left, right, value, onChange }: MatchingAnswerProps) {
  const { t } = useTranslation();
  const chosen = new Map((value?.pairs ?? []).map((pair) => [pair.left, pair.right]));
  const choose = (leftId: string, rightId: string) => {
    const next = new Map(chosen);
    if (rightId) next.set(leftId, rightId);
    else next.delete(leftId);
    onChange({ type: 'MATCHING', pairs: left.flatMap((item) => (next.has(item.id) ? [{ left: item.id, right: next.get(item.id) as string }] : [])) });
  };
  const options = [{ value: '', label: t('studio.questions.view.choose') }, ...right.map((item) => ({ value: item.id, label: item.text || '…' }))];
  return (
    <Stack gap="sm">
      {left.map((item) => (
        <NativeSelect key={item.id} label={item.text || '…'} data={options} value={chosen.get(item.id) ?? ''} onChange={(event) => choose(item.id, event.currentTarget.value)} />
      ))}
    </Stack>
  );
}
