import { D, H, T0, change, request, review, values, workItem } from './_lib/testFixtures';
import { issueCycleTime } from './issueCycleTime';
import { prReopenRate } from './prReopenRate';
import { prReviewDepth } from './prReviewDepth';
import { prSize } from './prSize';
import { prThroughput } from './prThroughput';
import { isOpenReadyAt, prWip } from './prWip';

const changes = [
  change('a', { createdAt: T0, mergedAt: T0 + H, closedAt: T0 + H, additions: 10, deletions: 5, reopenedCount: 1 }),
  change('b', { createdAt: T0, mergedAt: T0 + 2 * H, closedAt: T0 + 2 * H, additions: 100, deletions: 0, author: 'ben' }),
  change('c', { createdAt: T0, closedAt: T0 + 3 * H }),
  change('d', { createdAt: T0 + 8 * D, mergedAt: T0 + 8 * D + H, additions: 1, deletions: 1 }),
];

describe('count and ratio flow metrics', () => {
  it.each([
    ['throughput: merged PRs, empty bucket 0', prThroughput, [2, 1]],
    ['reopen rate: 1 of a, b, c (closed-unmerged counts)', prReopenRate, [1 / 3, 0]],
    ['size: median of 15 and 100; 2', prSize, [57.5, 2]],
  ])('%s', (_name, computer, expected) => {
    expect(values(computer({ changes }, request()))).toEqual(expected);
  });

  it.each([
    ['empty input', prThroughput, [0, 0]],
    ['empty input', prReopenRate, [null, null]],
    ['empty input', prSize, [null, null]],
  ])('%s → counts 0, ratios null', (_name, computer, expected) => {
    expect(values(computer({ changes: [] }, request()))).toEqual(expected);
  });
});

describe('prReviewDepth', () => {
  const reviews = [
    review('r1', 'a', { reviewer: 'ben', commentCount: 3 }),
    review('r2', 'a', { reviewer: 'ada', commentCount: 5 }), // the author's own replies: not counted
    review('r3', 'b', { reviewer: 'ada', commentCount: 1 }),
    review('r4', 'c', { reviewer: 'ben', commentCount: 9 }), // unmerged PR: not counted
    review('r5', 'zzz', { commentCount: 9 }), // unknown change
  ];
  it.each([
    ['(3 + 1) / 2 merged PRs; week 2: d has none → 0', reviews, [2, 0]],
    ['no reviews: merged PRs still count with 0 comments', [], [0, 0]],
  ])('%s', (_name, rs, expected) => {
    expect(values(prReviewDepth({ changes, reviews: rs }, request()))).toEqual(expected);
  });
  it('no merged PRs → null', () => {
    expect(values(prReviewDepth({ changes: [], reviews }, request()))).toEqual([null, null]);
  });
});

describe('prWip', () => {
  const open = [
    change('o1', { createdAt: T0 + D }), // open, not draft
    change('o2', { createdAt: T0 + D, readyForReviewAt: T0 + 9 * D }), // draft in week 1, ready in week 2
    change('o3', { createdAt: T0 + D, draft: true }), // still a draft
    change('o4', { createdAt: T0 + D, mergedAt: T0 + 10 * D }), // merged in week 2
    change('o5', { createdAt: T0 + 15 * D }), // after the range
  ];
  it('counts open non-draft PRs at each bucket end', () => {
    expect(values(prWip({ changes: open }, request()))).toEqual([2, 2]);
  });
  it.each([
    ['created at asOf is not yet open', change('x', { createdAt: T0 }), T0, false],
    ['closed at asOf still counts as open until then', change('x', { createdAt: T0, closedAt: T0 + H }), T0 + H, true],
    ['closed before asOf', change('x', { createdAt: T0, closedAt: T0 + H }), T0 + 2 * H, false],
  ])('%s', (_name, c, asOf, expected) => {
    expect(isOpenReadyAt(c, asOf)).toBe(expected);
  });
});

describe('issueCycleTime', () => {
  const items = [
    workItem('i1', { completedAt: T0 + 3 * D, statusHistory: [{ at: T0, to: 'To Do' }, { at: T0 + D, to: 'In Progress' }, { at: T0 + 3 * D, to: 'Done' }] }),
    workItem('i2', { completedAt: T0 + 5 * D, statusHistory: [{ at: T0 + D, to: 'Doing' }, { at: T0 + 2 * D, to: 'in progress' }, { at: T0 + 5 * D, to: 'Done' }] }),
    workItem('i3', { completedAt: T0 + 2 * D, statusHistory: [{ at: T0, to: 'To Do' }, { at: T0 + 2 * D, to: 'Done' }] }), // never in progress
  ];
  it('median days from first in-progress to completion: (2 + 4) / 2', () => {
    const result = issueCycleTime({ workItems: items }, request());
    expect(result.unit).toBe('d');
    expect(values(result)).toEqual([3, null]);
  });
});
