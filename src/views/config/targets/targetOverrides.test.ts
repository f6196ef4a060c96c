import { setOverride } from './targetOverrides';

describe('setOverride', () => {
  it.each([
    ['adds a first override', {}, 'm', { target: 10 }, { m: { target: 10 } }],
    ['merges into an existing one', { m: { target: 10 } }, 'm', { owner: 'Ana' }, { m: { target: 10, owner: 'Ana' } }],
    [
      'drops a cleared number',
      { m: { target: 10, owner: 'Ana' } },
      'm',
      { target: undefined },
      { m: { owner: 'Ana' } },
    ],
    ['drops a cleared text', { m: { owner: 'Ana', target: 1 } }, 'm', { owner: '' }, { m: { target: 1 } }],
    [
      'removes a metric with nothing left',
      { m: { target: 10 }, n: { owner: 'Bo' } },
      'm',
      { target: undefined },
      { n: { owner: 'Bo' } },
    ],
    ['keeps zero', {}, 'm', { alertThreshold: 0 }, { m: { alertThreshold: 0 } }],
  ])('%s', (_name, overrides, metricId, patch, expected) => {
    expect(setOverride(overrides, metricId, patch)).toEqual(expected);
  });

  it('starts from nothing when there are no overrides yet', () => {
    expect(setOverride(undefined, 'm', { period: 'month' })).toEqual({ m: { period: 'month' } });
  });

  it('does not mutate its input', () => {
    const overrides = { m: { target: 10 } };
    setOverride(overrides, 'm', { target: 20 });
    expect(overrides).toEqual({ m: { target: 10 } });
  });
});
