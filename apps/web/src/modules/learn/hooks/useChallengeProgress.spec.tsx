import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createCache } from '../../../app/apollo-client';
import { aChallenge, aChallengeItem, aLearnerQuestion, aSkill, trueFalseQuestion } from '../../../testing/learn';
import { TodayChallengeDocument } from '../graphql/adaptive.graphql';
import { useMarkChallengeItemAnswered } from './useChallengeProgress';

const founding = aSkill('heritage.founding', 'The founding');
const boutiques = aSkill('heritage.boutiques', 'The boutiques');

describe('useMarkChallengeItemAnswered', () => {
  it('marks the item answered in every language the challenge was read in, and keeps it so when an older reading lands', () => {
    const cache = createCache();
    const write = (locale: string, prompt: string) =>
      cache.writeQuery({
        query: TodayChallengeDocument,
        variables: { locale },
        data: { todayChallenge: aChallenge([aChallengeItem(aLearnerQuestion('q-founding', { prompt }), 'GAP', founding), aChallengeItem(trueFalseQuestion('q-boutique'), 'REVIEW', boutiques)]) } as never,
      });
    const answered = (locale: string) => cache.readQuery({ query: TodayChallengeDocument, variables: { locale } })?.todayChallenge?.items.map((item) => item.answered);
    write('fr', 'En quelle année la maison a-t-elle été fondée ?');
    write('en', 'In which year was the maison founded?');
    const wrapper = ({ children }: { children: ReactNode }) => <MockedProvider cache={cache}>{children}</MockedProvider>;
    const { result } = renderHook(() => useMarkChallengeItemAnswered(), { wrapper });

    act(() => result.current('challenge-1', 'q-founding'));

    expect(answered('fr')).toEqual([true, false]);
    expect(answered('en')).toEqual([true, false]);
    write('en', 'In which year was the maison founded?'); // read before the answer reached the server
    expect(answered('en')).toEqual([true, false]);
  });
});
