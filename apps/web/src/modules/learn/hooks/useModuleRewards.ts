import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { gamificationGains, type Gamification, type GamificationGains } from '../gamification-gains';
import { MyGamificationDocument, MyModuleXpDocument } from '../graphql/learn.graphql';
import { useLearnLocale } from './useLearnLocale';

export interface RewardTiming {
  /** Between two readings. */
  everyMs: number;
  /** Gives up after this long: the XP then shows on Today later. */
  forMs: number;
}

/** XP, streaks and badges are awarded by a worker a moment after each answer. */
export const REWARD_TIMING: RewardTiming = { everyMs: 1_500, forMs: 10_000 };

export type ModuleRewards =
  | { status: 'idle' }
  | { status: 'waiting' }
  /** The worker has not awarded anything in time (or the connection is gone): Today will show it. */
  | { status: 'later' }
  /** `xp`: what the module has earned so far, from the ledger; `gains`: the badges and title earned during the sitting. */
  | { status: 'arrived'; xp: number; gains: GamificationGains; gamification: Gamification };

/**
 * What the module earned. The advisor's gamification is read when the module opens (the baseline for the badges
 * and title earned meanwhile); once `active` (the summary), the module's XP is read from the ledger every `everyMs`
 * until it is above zero, then once more until it settles (the last answer's XP and the module's own may land a
 * moment apart), for at most `forMs`. Not the difference of the total XP: other modules' answers, sent from the
 * device's queue meanwhile, move it too. Each reading refreshes the cached gamification, so Today shows the new XP,
 * streak and badges.
 */
export function useModuleRewards(moduleId: string, active: boolean, timing: RewardTiming = REWARD_TIMING): ModuleRewards {
  const client = useApolloClient();
  const locale = useLearnLocale();
  const [baseline, setBaseline] = useState<{ value: Gamification | null } | null>(null);
  const [rewards, setRewards] = useState<ModuleRewards>({ status: 'idle' });

  useEffect(() => {
    let current = true;
    client
      .query({ query: MyGamificationDocument, variables: { locale }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (current) setBaseline({ value: data?.myGamification ?? null });
      })
      .catch(() => {
        // Offline: the last reading in the cache (from Today) is the baseline.
        let cached: Gamification | null = null;
        try {
          cached = client.readQuery({ query: MyGamificationDocument, variables: { locale } })?.myGamification ?? null;
        } catch {
          cached = null;
        }
        if (current) setBaseline({ value: cached });
      });
    return () => {
      current = false;
    };
    // The baseline is the state when the module opened: read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  useEffect(() => {
    if (!active || baseline === null) return undefined;
    const before = baseline.value;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastXp: number | null = null;
    const deadline = Date.now() + timing.forMs;
    setRewards({ status: 'waiting' });

    const read = async () => {
      let settled = false;
      try {
        const [moduleXp, gamification] = await Promise.all([
          client.query({ query: MyModuleXpDocument, variables: { moduleId }, fetchPolicy: 'network-only' }),
          client.query({ query: MyGamificationDocument, variables: { locale }, fetchPolicy: 'network-only' }),
        ]);
        const xp = moduleXp.data?.myModuleXp ?? 0;
        const after = gamification.data?.myGamification;
        if (cancelled) return;
        if (xp > 0 && after) {
          // Without a baseline (opened offline, nothing cached), no badge can be told new: none is named.
          setRewards({ status: 'arrived', xp, gains: gamificationGains(before ?? after, after), gamification: after });
          settled = lastXp === xp;
          lastXp = xp;
        }
      } catch {
        // Offline or a hiccup: try again at the next tick.
      }
      if (cancelled || settled) return;
      if (Date.now() >= deadline) {
        if (lastXp === null) setRewards({ status: 'later' });
        return;
      }
      timer = setTimeout(() => void read(), timing.everyMs);
    };
    void read();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [active, baseline, client, locale, moduleId, timing.everyMs, timing.forMs]);

  return rewards;
}
