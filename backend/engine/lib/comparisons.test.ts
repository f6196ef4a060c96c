import type { SeriesPoint } from '../../../common/metricResult';
import { comparisonSeries } from './comparisonSeries';
import { detectAnomalies } from './detectAnomalies';
import { previousRange } from './previousRange';
import { trailingMean } from './trailingMean';

const pts = (...values: Array<number | null>): SeriesPoint[] => values.map((value, i) => ({ time: i, value }));
const vals = (points: SeriesPoint[]) => points.map((p) => p.value);

describe('previousRange', () => {
  it('shifts back by the range length', () => {
    expect(previousRange(100, 130)).toEqual({ from: 70, to: 100 });
  });
});

describe('comparisonSeries', () => {
  it('aligns from the end, relabels and fills missing buckets with null', () => {
    const s = comparisonSeries({ labels: { team: 'a' }, points: pts(1, 2) }, [10, 20, 30], 'previous_period');
    expect(s).toEqual({
      labels: { team: 'a', comparison: 'previous_period' },
      points: [
        { time: 10, value: null },
        { time: 20, value: 1 },
        { time: 30, value: 2 },
      ],
    });
  });
});

describe('trailingMean', () => {
  it.each([
    ['first point has no history', pts(2, 4, 9), 2, [null, 2, 3]],
    ['nulls are skipped', pts(2, null, 4, 6), 2, [null, 2, 2, 4]],
    ['window 0 → null', pts(1, 2), 0, [null, null]],
  ])('%s', (_case, points, n, expected) => {
    expect(vals(trailingMean(points, n))).toEqual(expected);
  });
});

describe('detectAnomalies', () => {
  it('flags a week-over-week drop of more than 50%', () => {
    // 10 → 6 is −40% (no), 6 → 2 is −67% (yes), previous 0 → cannot tell
    expect(vals(detectAnomalies(pts(10, 6, 2, 0, 5), 3).drop)).toEqual([null, 0, 1, 1, null]);
  });

  it('flags a spike above 2× the trailing mean', () => {
    // baselines: –, 10, 10, 10 (window 3 of 10,10,10) → 21 > 20 yes, 20 no
    expect(vals(detectAnomalies(pts(10, 10, 10, 21), 3).spike)).toEqual([null, 0, 0, 1]);
    expect(vals(detectAnomalies(pts(10, 10, 10, 20), 3).spike)).toEqual([null, 0, 0, 0]);
  });

  it('flags |z| > 2 against the trailing window', () => {
    // history 2,4,4,4,5,5,7,9: mean 5, sd 2 → 10 is z = 2.5, 8 is z = 1.5
    const history = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(detectAnomalies(pts(...history, 10), 8).zscore[8].value).toBe(1);
    expect(detectAnomalies(pts(...history, 8), 8).zscore[8].value).toBe(0);
    expect(detectAnomalies(pts(5, null), 8).zscore[1].value).toBeNull();
  });
});
