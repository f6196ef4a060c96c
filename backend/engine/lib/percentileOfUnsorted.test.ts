import fc from 'fast-check';
import { percentile, percentileOfUnsorted } from './percentile';

describe('percentileOfUnsorted', () => {
  const p = fc.oneof(fc.constantFrom(0, 50, 80, 90, 95, 100), fc.double({ min: 0, max: 100, noNaN: true }));

  it('is percentile of finite values without negative zeros, in any order and with many ties', () => {
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), p, (values, pct) => {
        expect(percentileOfUnsorted(Float64Array.from(values), pct)).toEqual(percentile(values, pct));
      })
    );
  });

  it('gives null for no values or p outside [0, 100]', () => {
    expect(percentileOfUnsorted(new Float64Array(0), 50)).toBeNull();
    expect(percentileOfUnsorted(Float64Array.of(1, 2), 101)).toBeNull();
  });

  it('interpolates between the closest ranks', () => {
    expect(percentileOfUnsorted(Float64Array.of(4, 1, 3, 2), 90)).toBeCloseTo(3.7);
  });
});
