import { deployment, request, utc, values } from '../../testing/fixtures';
import { deployFrequency } from './deployFrequency';

const deployments = [
  deployment('a', utc(2026, 2, 4)),
  deployment('b', utc(2026, 2, 5)),
  deployment('c', utc(2026, 2, 10)),
  deployment('x', utc(2026, 2, 11), { status: 'failure' }),
];

describe('deployFrequency (per week)', () => {
  it.each([
    ['weekly buckets are plain counts', {}, [2, 1]],
    ['a month clipped to two weeks: 3 / 2', { bucket: 'month' as const }, [1.5]],
    ['period: 3 over 2 weeks', { bucket: 'period' as const }, [1.5]],
    // W1 clipped to Wed 4 – Mon 9 Mar = 5 days: 2 / (5/7) = 2.8
    ['partial first week is scaled', { from: utc(2026, 2, 4) }, [2.8, 1]],
  ])('%s', (_case, over, expected) => {
    expect(values(deployFrequency({ deployments }, request(over)))).toEqual(expected);
  });
});
