import { formatCursor, parseCursor, scopeKey, type GitHubSyncCursor } from './syncCursor';

const backfill: GitHubSyncCursor = { v: 1, phase: 'backfill', from: 1, scope: 'k', next: 2, startedAt: 3 };
const stepping: GitHubSyncCursor = { ...backfill, steps: { done: ['releases', 'deployments acme/api'], since: 6 } };
const incremental: GitHubSyncCursor = { v: 1, phase: 'incremental', from: 1, scope: 'k', updatedSince: 4, syncedAt: 5 };

describe('the GitHub sync cursor', () => {
  it.each([backfill, stepping, incremental])('reads back what it wrote (%o)', (cursor) => {
    expect(parseCursor(formatCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['no cursor', undefined],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ ...incremental, v: 2 })],
    ['a field missing', JSON.stringify({ ...backfill, next: undefined })],
    ['an unknown phase', JSON.stringify({ ...backfill, phase: 'done' })],
    ['steps without their start', JSON.stringify({ ...backfill, steps: { done: [] } })],
  ])('is undefined (a backfill starts over) for %s', (_case, text) => {
    expect(parseCursor(text)).toBeUndefined();
  });

  it('fingerprints repositories and teams independently of their order, and changes with either', () => {
    const a = scopeKey(['acme/a', 'acme/b'], new Map([['alice', 'payments'], ['bob', 'web']]));
    expect(scopeKey(['acme/b', 'acme/a'], new Map([['bob', 'web'], ['alice', 'payments']]))).toBe(a);
    expect(scopeKey(['acme/a', 'acme/b'], new Map([['alice', 'web'], ['bob', 'web']]))).not.toBe(a);
    expect(scopeKey(['acme/a'], new Map([['alice', 'payments'], ['bob', 'web']]))).not.toBe(a);
  });
});
