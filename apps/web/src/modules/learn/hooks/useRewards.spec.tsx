import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createCache } from '../../../app/apollo-client';
import { createI18n } from '../../../app/i18n/i18n';
import { aBadge, aGamification, earnedXpMock, gamificationMock } from '../../../testing/learn';
import { useRewards, type RewardSource, type RewardTiming } from './useRewards';

const FAST: RewardTiming = { everyMs: 5, forMs: 2_000 };

/** Lets a few readings' worth of time pass. */
const aMoment = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));

const before = aGamification({ totalXp: 1000 }, {}, { current: 4 }, [aBadge({ earned: false, awardedAt: null, current: 0 })]);
// Meanwhile the device's queue sent answers of another module: the total moved by 300, this module earned 40.
const after = aGamification({ totalXp: 1300 }, {}, { current: 5 }, [aBadge()]);

function renderRewards(mocks: MockLink.MockedResponse[], active = true, timing = FAST, source: RewardSource = { module: 'module-1' }) {
  const i18n = createI18n('en');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
        {children}
      </MockedProvider>
    </I18nextProvider>
  );
  return renderHook(() => useRewards(source, active, timing), { wrapper });
}

describe('useRewards', () => {
  it("shows the module's XP from the ledger, not the move of the total, until every event is awarded, with the badges earned meanwhile", async () => {
    const readings = { count: 0 };
    const { result } = renderRewards([gamificationMock('en', before), gamificationMock('en', after, Number.POSITIVE_INFINITY), earnedXpMock(
        { module: 'module-1' },
        [
          { xp: 0, events: 3, awarded: 0 },
          { xp: 25, events: 3, awarded: 1 },
          { xp: 40, events: 3, awarded: 2 },
          { xp: 40, events: 3, awarded: 3 },
        ],
        readings,
      )]);

    await waitFor(() => expect(readings.count).toBe(4));
    expect(result.current).toMatchObject({ status: 'arrived', xp: 40, gamification: { totalXp: 1300, streak: { current: 5 } } });
    expect(result.current.status === 'arrived' && result.current.gains.newBadges.map((badge) => badge.code)).toEqual(['first-steps']);
    // Every event awarded: read no more.
    await aMoment();
    expect(readings.count).toBe(4);
  });

  it('says the XP will show later when the module has earned nothing in time', async () => {
    const { result } = renderRewards([gamificationMock('en', before), gamificationMock('en', after, Number.POSITIVE_INFINITY), earnedXpMock({ module: 'module-1' }, [{ xp: 0, events: 2, awarded: 0 }])], true, { everyMs: 5, forMs: 40 });

    await waitFor(() => expect(result.current.status).toBe('later'));
  });

  it('reads nothing of the module before the summary', async () => {
    const readings = { count: 0 };
    const { result } = renderRewards([gamificationMock('en', before), earnedXpMock({ module: 'module-1' }, [{ xp: 40, events: 2, awarded: 2 }], readings)], false);

    await aMoment();
    expect(result.current.status).toBe('idle');
    expect(readings.count).toBe(0);
  });

  it("reads a challenge's XP from its own query, final once the worker has awarded every answer", async () => {
    const readings = { count: 0 };
    const { result } = renderRewards(
      [gamificationMock('en', before), gamificationMock('en', after, Number.POSITIVE_INFINITY), earnedXpMock({ challenge: 'challenge-1' }, [{ xp: 15, events: 2, awarded: 1 }, { xp: 35, events: 2, awarded: 2 }], readings)],
      true,
      FAST,
      { challenge: 'challenge-1' },
    );

    await waitFor(() => expect(result.current).toMatchObject({ status: 'arrived', xp: 35 }));
    await aMoment();
    expect(readings.count).toBe(2);
  });

  it("says a challenge earned nothing new when every answer is awarded at zero (its items earned theirs lately), rather than 'later'", async () => {
    const readings = { count: 0 };
    const { result } = renderRewards([gamificationMock('en', before), gamificationMock('en', after, Number.POSITIVE_INFINITY), earnedXpMock({ challenge: 'challenge-1' }, [{ xp: 0, events: 3, awarded: 3 }], readings)], true, { everyMs: 5, forMs: 40 }, { challenge: 'challenge-1' });

    await waitFor(() => expect(result.current).toMatchObject({ status: 'arrived', xp: 0 }));
    await aMoment();
    expect(result.current.status).toBe('arrived');
    expect(readings.count).toBe(1);
  });
});
