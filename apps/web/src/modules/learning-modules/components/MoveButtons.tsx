import { ActionIcon, Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';

export interface MoveButtonsProps {
  /** Accessible names that say what moves, e.g. "Move Founding story up". */
  upLabel: string;
  downLabel: string;
  /** Given, a remove button follows the arrows (where `useFocusAfterRemoval` finds it). */
  removeLabel?: string;
  onMove: (offset: -1 | 1) => void;
  onRemove?: () => void;
  first: boolean;
  last: boolean;
  disabled?: boolean;
}

/** Move up / Move down (and remove) for an item of an ordered list: buttons, so the keyboard reorders as well as a mouse. */
export function MoveButtons({ upLabel, downLabel, removeLabel, onMove, onRemove, first, last, disabled = false }: MoveButtonsProps) {
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon variant="subtle" color="ink" aria-label={upLabel} title={upLabel} disabled={disabled || first} onClick={() => onMove(-1)}>
        <IconArrowUp size={16} aria-hidden="true" />
      </ActionIcon>
      <ActionIcon variant="subtle" color="ink" aria-label={downLabel} title={downLabel} disabled={disabled || last} onClick={() => onMove(1)}>
        <IconArrowDown size={16} aria-hidden="true" />
      </ActionIcon>
      {removeLabel && onRemove ? (
        <ActionIcon variant="subtle" color="red" aria-label={removeLabel} title={removeLabel} disabled={disabled} onClick={onRemove} data-remove-button>
          <IconTrash size={16} aria-hidden="true" />
        </ActionIcon>
      ) : null}
    </Group>
  );
}
