import { pullRequestNode } from '../testing/searchDouble';
import { toChangeRecords } from './toChangeRecords';

const AT = Date.UTC(2026, 10, 10, 12);

function pr(number: number, title: string, body = '', overrides = {}) {
  return { ...pullRequestNode('acme/api', number, AT + number * 3_600_000), title, body, ...overrides };
}

describe('toChangeRecords', () => {
  it.each([
    ['the body names it', pr(9, 'Undo the cache', 'Reverts acme/api#7'), 'github:acme/api#7'],
    ['the title quotes a PR of the same repo', pr(9, 'Revert "Add cache"'), 'github:acme/api#7'],
    ['the title quotes an unknown PR', pr(9, 'Revert "Something else"'), undefined],
    ['it is an ordinary PR', pr(9, 'Add more cache'), undefined],
  ])('revertOf when %s', (_case, node, want) => {
    const { changes } = toChangeRecords([pr(7, 'Add cache'), node], new Map());
    expect(changes.find((c) => c.number === 9)?.revertOf).toBe(want);
  });

  it('counts reopen events, takes ready-for-review from the timeline, and ignores self-reviews', () => {
    const node = pr(5, 'Draft work', '', {
      isDraft: false,
      baseRefName: 'release/1.x',
      timelineItems: {
        totalCount: 3,
        nodes: [
          { __typename: 'ReadyForReviewEvent', createdAt: '2026-11-11T08:00:00Z' },
          { __typename: 'ReopenedEvent', createdAt: '2026-11-12T08:00:00Z' },
          { __typename: 'ReopenedEvent', createdAt: '2026-11-13T08:00:00Z' },
        ],
      },
      reviews: {
        totalCount: 2,
        nodes: [
          { databaseId: 1, state: 'COMMENTED', submittedAt: '2026-11-11T09:00:00Z', author: { login: 'alice' }, comments: { totalCount: 2 } },
          { databaseId: 2, state: 'APPROVED', submittedAt: '2026-11-11T10:00:00Z', author: { login: 'bob' }, comments: { totalCount: 0 } },
        ],
      },
    });
    const { changes, reviews } = toChangeRecords([node], new Map([['bob', 'platform']]));
    expect(changes[0]).toMatchObject({ reopenedCount: 2, readyForReviewAt: Date.UTC(2026, 10, 11, 8), firstReviewAt: Date.UTC(2026, 10, 11, 10), toDefaultBranch: false, targetBranch: 'release/1.x' });
    expect(reviews).toEqual([expect.objectContaining({ reviewer: 'bob', reviewerTeam: 'platform', state: 'approved' })]);
  });
});
