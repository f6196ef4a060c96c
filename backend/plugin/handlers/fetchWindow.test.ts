import { fetchWindow } from './fetchWindow';

const DAY = 86_400_000;
const from = Date.UTC(2026, 9, 1);
const to = from + 30 * DAY;

describe('fetchWindow', () => {
  it.each([
    ['no comparison: the range itself', { comparison: 'none' as const, bucket: 'week' as const }, from],
    ['previous period: one range earlier', { comparison: 'previous_period' as const, bucket: 'week' as const }, from - 30 * DAY],
    ['baseline of 4 weeks', { comparison: 'baseline' as const, bucket: 'week' as const }, from - 28 * DAY],
    ['anomaly over 4 whole ranges', { comparison: 'anomaly' as const, bucket: 'period' as const }, from - 120 * DAY],
  ])('%s', (_name, over, expectedFrom) => {
    expect(fetchWindow({ from, to, baselinePeriods: 4, ...over })).toEqual({ from: expectedFrom, to });
  });
});
