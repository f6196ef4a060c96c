import { deployment, request, utc, values } from '../../testing/fixtures';
import { failureRecords } from './failureFixture';
import { reworkRate } from './reworkRate';

describe('reworkRate', () => {
  it.each([
    // W1: d4 is a rollback → 1/4; W2: d6 marked unplanned → 1/2 (failed and staging runs excluded)
    ['rollbacks and unplanned deployments over production deployments', failureRecords.deployments ?? [], [0.25, 0.5]],
    ['empty buckets are null', [], [null, null]],
    [
      'an unplanned failed run does not count',
      [deployment('x', utc(2026, 2, 3), { status: 'failure', unplanned: true }), deployment('y', utc(2026, 2, 3))],
      [0, null],
    ],
  ])('%s', (_case, deployments, expected) => {
    expect(values(reworkRate({ deployments }, request()))).toEqual(expected);
  });
});
