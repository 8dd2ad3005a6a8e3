import { isReportableGroup, MIN_REPORTED_GROUP } from './group-privacy';

describe('group privacy', () => {
  it('reports a group only from five advisors', () => {
    expect(MIN_REPORTED_GROUP).toBe(5);
    expect([0, 1, 2, 4, 5, 6, 120].map(isReportableGroup)).toEqual([false, false, false, false, true, true, true]);
  });
});
