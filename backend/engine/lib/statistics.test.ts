import { coefficientOfVariation } from './coefficientOfVariation';
import { mean } from './mean';
import { median } from './median';
import { percentile } from './percentile';
import { standardDeviation } from './standardDeviation';
import { zScore } from './zScore';

describe('percentile (linear interpolation, type 7)', () => {
  it.each([
    ['empty → null', [], 50, null],
    ['one value', [7], 90, 7],
    ['p0 is the minimum', [3, 1, 2], 0, 1],
    ['p100 is the maximum', [3, 1, 2], 100, 3],
    ['odd median', [5, 1, 3], 50, 3],
    ['even median averages the middle two', [4, 1, 3, 2], 50, 2.5],
    // h = 3 × 0.9 = 2.7 → 3 + 0.7 × (4 − 3)
    ['p90 of 1..4', [1, 2, 3, 4], 90, 3.7],
    // h = 9 × 0.9 = 8.1 → 9 + 0.1 × (100 − 9)
    ['p90 of 1..9,100', [1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 90, 18.1],
    ['p out of range → null', [1, 2], 101, null],
    ['negative p → null', [1, 2], -1, null],
    ['non-finite values are ignored', [1, Number.NaN, 3, Number.POSITIVE_INFINITY], 50, 2],
  ])('%s', (_case, values, p, expected) => {
    const result = percentile(values, p);
    expected === null ? expect(result).toBeNull() : expect(result).toBeCloseTo(expected, 10);
  });

  it('does not mutate its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summary statistics', () => {
  it.each([
    ['median', median, [], null],
    ['median', median, [10, 2, 6, 4], 5],
    ['mean', mean, [], null],
    ['mean', mean, [1, 2, 6], 3],
    ['standardDeviation', standardDeviation, [], null],
    ['standardDeviation', standardDeviation, [2, 4, 4, 4, 5, 5, 7, 9], 2],
    ['standardDeviation', standardDeviation, [5], 0],
    ['coefficientOfVariation', coefficientOfVariation, [], null],
    ['coefficientOfVariation', coefficientOfVariation, [0, 0], null],
    ['coefficientOfVariation', coefficientOfVariation, [10, 10, 10], 0],
    // sd of 20,30,40 = sqrt(200/3) = 8.1650; / 30
    ['coefficientOfVariation', coefficientOfVariation, [20, 30, 40], 0.2721655],
  ] as const)('%s(%j)', (_name, fn, values, expected) => {
    const result = fn(values);
    expected === null ? expect(result).toBeNull() : expect(result).toBeCloseTo(expected, 6);
  });

  it.each([
    ['two sd above', 10, [2, 4, 4, 4, 5, 5, 7, 9], 2.5],
    ['at the mean', 5, [2, 4, 4, 4, 5, 5, 7, 9], 0],
    ['sample too small', 5, [3], null],
    ['no spread', 5, [3, 3, 3], null],
    ['empty sample', 5, [], null],
  ])('zScore: %s', (_case, value, sample, expected) => {
    expect(zScore(value, sample)).toBe(expected);
  });
});
