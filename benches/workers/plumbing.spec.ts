import { batchRate, percentile } from './stats';
import { answerTo, daytimeZone } from './world';

describe('workers bench plumbing', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it('measures a batch from the first job taken to the last one finished, skipping unfinished jobs', () => {
    expect(batchRate([{ processedOn: 1000, finishedOn: 1020 }, { processedOn: 1005, finishedOn: 1500 }, { processedOn: 1010 }])).toEqual({ jobs: 2, spanMs: 500 });
    expect(batchRate([])).toEqual({ jobs: 0, spanMs: 0 });
  });

  it('puts the bench advisors where it is daytime, away from the nightly DAILY fan-out', () => {
    for (let hour = 0; hour < 24; hour++) {
      const now = new Date(Date.UTC(2026, 0, 15, hour, 30));
      const local = Number(new Intl.DateTimeFormat('en', { timeZone: daytimeZone(now), hour: 'numeric', hourCycle: 'h23' }).format(now));
      expect(local).toBeGreaterThanOrEqual(8);
      expect(local).toBeLessThan(20);
    }
  });

  it('answers every question kind right or wrong with the right shape', () => {
    expect(answerTo({ type: 'TRUE_FALSE', answer: true }, false)).toEqual({ type: 'TRUE_FALSE', value: false });
    expect(answerTo({ type: 'ORDERING', itemIds: ['a', 'b', 'c'] }, false)).toEqual({ type: 'ORDERING', itemIds: ['c', 'b', 'a'] });
    expect(answerTo({ type: 'NUMERIC', value: 42, tolerance: 2, unit: 'h' }, true)).toEqual({ type: 'NUMERIC', value: 42 });
    expect(answerTo({ type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }] } as never, true)).toEqual({ type: 'SINGLE_CHOICE', optionId: 'b' });
  });
});
