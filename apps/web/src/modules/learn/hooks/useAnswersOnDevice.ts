import { useEffect, useState } from 'react';
import { useLearnSync } from './learn-sync';

/**
 * The questions whose answers still wait on the device, wherever they were given (a module, any version, or a
 * challenge), read once when the page opens; null until read. A player counts them answered, whatever an older
 * server reading says, as the server will once they reach it: a question is never asked twice.
 */
export function useAnswersOnDevice(): ReadonlySet<string> | null {
  const { pendingQuestionIds } = useLearnSync();
  const [ids, setIds] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    let live = true;
    const keep = (read: ReadonlySet<string>) => live && setIds(read);
    pendingQuestionIds().then(keep, () => keep(new Set()));
    return () => {
      live = false;
    };
  }, [pendingQuestionIds]);
  return ids;
}

/** `items` with those whose question waits on the device marked answered (the same array when none is). */
export function withAnsweredOnDevice<Item extends { answered: boolean }>(items: readonly Item[], questionOf: (item: Item) => string, waiting: ReadonlySet<string>): readonly Item[] {
  if (!items.some((item) => !item.answered && waiting.has(questionOf(item)))) return items;
  return items.map((item) => (waiting.has(questionOf(item)) ? { ...item, answered: true } : item));
}
