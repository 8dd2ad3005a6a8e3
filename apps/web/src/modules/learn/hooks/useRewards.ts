import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { gamificationGains, type Gamification, type GamificationGains } from '../gamification-gains';
import { MyChallengeXpDocument, MyGamificationDocument, MyModuleXpDocument } from '../graphql/learn.graphql';
import { useLearnLocale } from './useLearnLocale';

export interface RewardTiming {
  /** Between two readings. */
  everyMs: number;
  /** Gives up after this long: the XP then shows on Today later. */
  forMs: number;
}

/** XP, streaks and badges are awarded by a worker a moment after each answer. */
export const REWARD_TIMING: RewardTiming = { everyMs: 1_500, forMs: 10_000 };

/** What the rewards are read for: a module (its answers and its completion) or a challenge (its answers). */
export type RewardSource = { module: string } | { challenge: string };

export type Rewards =
  | { status: 'idle' }
  | { status: 'waiting' }
  /** The worker has not awarded anything in time (or the connection is gone): Today will show it. */
  | { status: 'later' }
  /** `xp`: what the module or challenge has earned so far, from the ledger; `gains`: the badges and title earned during the sitting. */
  | { status: 'arrived'; xp: number; gains: GamificationGains; gamification: Gamification };

/**
 * What a module or challenge earned. The advisor's gamification is read when it opens (the baseline for the badges
 * and title earned meanwhile); once `active` (the summary), what it earned is read from the ledger every `everyMs`,
 * shown once above zero, until every event (its answers, a module's completion) is awarded: then it is final, even
 * at zero (items rewarded lately earn nothing). For at most `forMs`. Not the difference of the total XP: other
 * answers, sent from the device's queue meanwhile, move it too. Each reading refreshes the cached gamification, so
 * Today shows the new XP, streak and badges.
 */
export function useRewards(source: RewardSource, active: boolean, timing: RewardTiming = REWARD_TIMING): Rewards {
  const client = useApolloClient();
  const locale = useLearnLocale();
  const [baseline, setBaseline] = useState<{ value: Gamification | null } | null>(null);
  const [rewards, setRewards] = useState<Rewards>({ status: 'idle' });
  // Primitives, so a source written inline does not restart the readings at every render.
  const [kind, id] = 'module' in source ? (['module', source.module] as const) : (['challenge', source.challenge] as const);

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
        const [earned, gamification] = await Promise.all([
          kind === 'module'
            ? client.query({ query: MyModuleXpDocument, variables: { moduleId: id }, fetchPolicy: 'network-only' }).then(({ data }) => data?.myModuleXp)
            : client.query({ query: MyChallengeXpDocument, variables: { challengeId: id }, fetchPolicy: 'network-only' }).then(({ data }) => data?.myChallengeXp),
          client.query({ query: MyGamificationDocument, variables: { locale }, fetchPolicy: 'network-only' }),
        ]);
        const after = gamification.data?.myGamification;
        if (cancelled) return;
        const xp = earned?.xp ?? 0;
        const final = !!earned && earned.events > 0 && earned.awarded >= earned.events;
        if ((xp > 0 || final) && after) {
          // Without a baseline (opened offline, nothing cached), no badge can be told new: none is named.
          setRewards({ status: 'arrived', xp, gains: gamificationGains(before ?? after, after), gamification: after });
          settled = final;
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
  }, [active, baseline, client, id, kind, locale, timing.everyMs, timing.forMs]);

  return rewards;
}
