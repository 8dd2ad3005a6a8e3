import { Button } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';

export interface ShowAllToggleProps {
  expanded: boolean;
  onToggle: () => void;
  /** The id of the list it folds and unfolds. */
  controls: string;
  /** What it says: "Show all 31 steps" while folded, "Show fewer" once unfolded. */
  label: string;
}

/** Unfolds a list shown in part, and folds it again: a real disclosure for assistive technology. */
export function ShowAllToggle({ expanded, onToggle, controls, label }: ShowAllToggleProps) {
  return (
    <Button
      variant="transparent"
      px={0}
      aria-controls={controls}
      aria-expanded={expanded}
      rightSection={expanded ? <IconChevronUp size={16} aria-hidden="true" /> : <IconChevronDown size={16} aria-hidden="true" />}
      onClick={onToggle}
    >
      {label}
    </Button>
  );
}
