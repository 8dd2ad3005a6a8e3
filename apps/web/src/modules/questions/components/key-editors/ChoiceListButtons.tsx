import { ActionIcon, Button, Group } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { MAX_CHOICES } from '../../question-draft';

/** A key keeps at least two options, items or pairs. */
const MIN_CHOICES = 2;

export interface ChoiceListButtonProps {
  /** The accessible name (remove) or the text (add). */
  label: string;
  /** How many options, items or pairs the key has now. */
  count: number;
  onClick: () => void;
}

/** Removes an option, item or pair; never below two. */
export function RemoveChoiceButton({ label, count, onClick }: ChoiceListButtonProps) {
  return (
    <ActionIcon variant="subtle" color="ink" size="lg" aria-label={label} disabled={count <= MIN_CHOICES} onClick={onClick}>
      <IconTrash size={16} aria-hidden="true" />
    </ActionIcon>
  );
}

/** Adds an option, item or pair; never above MAX_CHOICES. */
export function AddChoiceButton({ label, count, onClick }: ChoiceListButtonProps) {
  return (
    <Group>
      <Button variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={onClick} disabled={count >= MAX_CHOICES}>
        {label}
      </Button>
    </Group>
  );
}
