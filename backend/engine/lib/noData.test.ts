import { classifyTier } from './classifyTier';
import { missingKinds } from './missingKinds';
import { noDataResult } from './noDataResult';
import { rangeRate } from './rangeRate';
import { MS_PER_DAY } from './constants';

describe('missingKinds', () => {
  it('an empty array is set up; undefined is missing', () => {
    expect(missingKinds({ changes: [] }, ['changes', 'deployments'])).toEqual(['deployments']);
  });
});

describe('noDataResult', () => {
  it.each([
    ['all', ['deployments', 'incidents'], 'No data: needs deployments and incidents.'],
    ['any', ['workItems', 'documents'], 'No data: needs work items or documents.'],
  ] as const)('%s', (mode, kinds, start) => {
    const result = noDataResult('m', 'short', kinds, mode);
    expect(result.series).toEqual([]);
    expect(result.noDataReason?.startsWith(start)).toBe(true);
    expect(result.noDataReason).toContain('Set up');
  });
});

describe('classifyTier', () => {
  const labels = { elite: 'e', high: 'h', medium: 'm', low: 'l' };
  const lower = { elite: 24, high: 168, medium: 720, labels };
  const higher = { elite: 7, high: 1, medium: 0.25, labels };
  it.each([
    [lower, 'lower_is_better', 24, 'elite'],
    [lower, 'lower_is_better', 24.01, 'high'],
    [lower, 'lower_is_better', 720, 'medium'],
    [lower, 'lower_is_better', 721, 'low'],
    [higher, 'higher_is_better', 7, 'elite'],
    [higher, 'higher_is_better', 3, 'high'],
    [higher, 'higher_is_better', 0.25, 'medium'],
    [higher, 'higher_is_better', 0.1, 'low'],
    [lower, 'lower_is_better', null, null],
  ] as const)('%j %s %s → %s', (bands, direction, value, expected) => {
    expect(classifyTier(value, bands, direction)).toBe(expected);
  });
});

describe('rangeRate', () => {
  it.each([
    [10, 14, 'week', 5],
    [10, 5, 'day', 2],
    [null, 5, 'day', null],
    [3, 0, 'week', null],
  ] as const)('%s over %s days per %s → %s', (total, days, per, expected) => {
    expect(rangeRate(total, 0, days * MS_PER_DAY, per)).toBe(expected);
  });
});
