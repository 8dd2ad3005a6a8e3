import { useEffect, useState } from 'react';
import { useLearnSync } from './learn-sync';

/**
 * The questions answered in `moduleVersionId` (null: outside any module) whose answers still wait on the device, read
 * once the version is known (`undefined`: not yet); null until read. A player counts them answered, whatever an
 * older server reading says, so a question is never asked twice.
 */
export function useAnswersOnDevice(moduleVersionId: string | null | undefined): ReadonlySet<string> | null {
  const { pendingQuestionIds } = useLearnSync();
  const [read, setRead] = useState<{ moduleVersionId: string | null; ids: ReadonlySet<string> } | null>(null);
  useEffect(() => {
    if (moduleVersionId === undefined) return;
    let live = true;
    const keep = (ids: ReadonlySet<string>) => live && setRead({ moduleVersionId, ids });
    pendingQuestionIds(moduleVersionId).then(keep, () => keep(new Set()));
    return () => {
      live = false;
    };
  }, [moduleVersionId, pendingQuestionIds]);
  return read && read.moduleVersionId === moduleVersionId ? read.ids : null;
}

/** `items` with those whose question waits on the device marked answered (the same array when none is). */
export function withAnsweredOnDevice<Item extends { answered: boolean }>(items: readonly Item[], questionOf: (item: Item) => string, waiting: ReadonlySet<string>): readonly Item[] {
  if (!items.some((item) => !item.answered && waiting.has(questionOf(item)))) return items;
  return items.map((item) => (waiting.has(questionOf(item)) ? { ...item, answered: true } : item));
}
