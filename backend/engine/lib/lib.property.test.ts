import fc from 'fast-check';
import { bucketStart } from './bucketStart';
import { buildSeries } from './buildSeries';
import { makeBucketing } from './makeBucketing';
import { mean } from './mean';
import { percentile } from './percentile';
import { zonedParts } from './zonedParts';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'America/Havana',
  'Australia/Lord_Howe',
];
const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2027, 0, 1);
const instant = fc.integer({ min: FROM, max: TO - 1 });
const zone = fc.constantFrom(...ZONES);
const bucket = fc.constantFrom('day' as const, 'week' as const, 'month' as const);
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

const total = (events: number[], from: number, to: number, b: 'period' | 'day' | 'week' | 'month', tz: string) => {
  const series = buildSeries(
    events.map((at) => ({ at })),
    {
      bucketing: makeBucketing({ from, to, bucket: b, timezone: tz }),
      instantOf: (e) => e.at,
      groupBy: 'none',
      aggregate: (xs) => xs.length,
      kind: 'count',
    }
  );
  return series[0].points.reduce((sum, p) => sum + (p.value ?? 0), 0);
};

describe('lib properties', () => {
  it('splitting a period never changes a total count', () => {
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 40 }), instant, zone, bucket, (events, split, tz, b) => {
        const whole = total(events, FROM, TO, 'period', tz);
        expect(total(events, FROM, split, 'period', tz) + total(events, split, TO, 'period', tz)).toBe(whole);
        expect(total(events, FROM, TO, b, tz)).toBe(whole);
      }),
      { numRuns: 60 }
    );
  });

  it('every instant of the range lies in exactly one bucket, which starts at a local midnight', () => {
    fc.assert(
      fc.property(instant, instant, zone, bucket, (a, t, tz, b) => {
        const from = Math.min(a, t);
        const to = Math.max(a, t) + 1;
        const bk = makeBucketing({ from, to, bucket: b, timezone: tz });
        const i = bk.indexOf(t);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(bk.starts[i] <= t && t < bk.ends[i]).toBe(true);
        expect(bk.starts[i]).toBe(bucketStart(t, b, tz));
        expect(bk.starts.every((s, k) => k === 0 || s > bk.starts[k - 1])).toBe(true);
        const local = zonedParts(bk.starts[i], tz);
        expect(local.minute).toBe(0);
        if (b === 'month') {
          expect(local.day).toBe(1);
        }
      }),
      { numRuns: 300 }
    );
  });

  it('percentiles lie within [min, max], grow with p, and ignore order', () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (values, p) => {
          const result = percentile(values, p);
          expect(result).not.toBeNull();
          expect(result!).toBeGreaterThanOrEqual(Math.min(...values));
          expect(result!).toBeLessThanOrEqual(Math.max(...values));
          expect(percentile(values, Math.min(100, p + 10))!).toBeGreaterThanOrEqual(result!);
          expect(percentile([...values].reverse(), p)).toBe(result);
        }
      )
    );
  });

  it('statistics do not mutate their input and mean is order-independent up to rounding', () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 30 }), (values) => {
        const copy = [...values];
        percentile(values, 90);
        const m = mean(values);
        expect(values).toEqual(copy);
        const reversed = mean([...values].reverse());
        m === null ? expect(reversed).toBeNull() : expect(reversed!).toBeCloseTo(m, 6);
      })
    );
  });
});
