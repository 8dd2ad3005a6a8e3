import { ActionIcon, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf, PresentedChoice } from '../../presented-question';
import { moved } from '../../question-draft';
import classes from '../QuestionView.module.css';
import { ChoiceText } from './ChoiceAnswer';

export interface OrderingAnswerProps {
  choices: readonly PresentedChoice[];
  /** Null: the items stand in the order shown. */
  value: AnswerOf<'ORDERING'> | null;
  onChange: (answer: AnswerOf<'ORDERING'>) => void;
  labelledBy: string;
}

type Direction = 'up' | 'down';

/**
 * ORDERING: a numbered list with Move up / Move down buttons on every item (no drag needed, so it works with a
 * keyboard, a screen reader and a thumb). Focus follows the moved item and each move is announced.
 */
export function OrderingAnswer({ choices, value, onChange, labelledBy }: OrderingAnswerProps) {
  const { t } = useTranslation();
  const order = value?.itemIds ?? choices.map((choice) => choice.id);
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const [focus, setFocus] = useState<{ id: string; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!focus) return;
    const same = buttons.current.get(`${focus.id}:${focus.direction}`);
    const other = buttons.current.get(`${focus.id}:${focus.direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
    setFocus(null);
  }, [focus]);

  function move(index: number, direction: Direction) {
    const itemIds = moved(order, index, direction === 'up' ? -1 : 1);
    const id = order[index];
    onChange({ type: 'ORDERING', itemIds });
    setFocus({ id, direction });
    setAnnouncement(t('studio.questions.view.movedTo', { item: byId.get(id)?.text ?? id, position: itemIds.indexOf(id) + 1, count: itemIds.length }));
  }

  return (
    <>
      <ol className={classes.orderList} aria-labelledby={labelledBy}>
        {order.map((id, index) => {
          const text = byId.get(id)?.text ?? '';
          return (
            <li key={id} className={classes.orderItem}>
              <Text component="span" className={classes.position} aria-hidden="true">
                {t('common.number', { value: index + 1 })}
              </Text>
              <div style={{ flex: 1, minWidth: 0 }}>
                <ChoiceText text={text} />
              </div>
              <Group gap={4} wrap="nowrap">
                {(['up', 'down'] as const).map((direction) => (
                  <ActionIcon
                    key={direction}
                    ref={(element) => {
                      buttons.current.set(`${id}:${direction}`, element);
                    }}
                    variant="default"
                    size="xl"
                    aria-label={t(direction === 'up' ? 'studio.questions.view.moveUp' : 'studio.questions.view.moveDown', { item: text || t('common.number', { value: index + 1 }) })}
                    disabled={direction === 'up' ? index === 0 : index === order.length - 1}
                    onClick={() => move(index, direction)}
                  >
                    {direction === 'up' ? <IconArrowUp size={18} aria-hidden="true" /> : <IconArrowDown size={18} aria-hidden="true" />}
                  </ActionIcon>
                ))}
              </Group>
            </li>
          );
        })}
      </ol>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
    </>
  );
}
