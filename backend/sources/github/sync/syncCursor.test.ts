import { formatCursor, parseCursor, teamsKey, type GitHubSyncCursor } from './syncCursor';

const backfill: GitHubSyncCursor = { v: 1, phase: 'backfill', from: 1, teams: 'k', next: 2, startedAt: 3 };
const incremental: GitHubSyncCursor = { v: 1, phase: 'incremental', from: 1, teams: 'k', updatedSince: 4, syncedAt: 5 };

describe('the GitHub sync cursor', () => {
  it.each([backfill, incremental])('reads back what it wrote (%o)', (cursor) => {
    expect(parseCursor(formatCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['no cursor', undefined],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ ...incremental, v: 2 })],
    ['a field missing', JSON.stringify({ ...backfill, next: undefined })],
    ['an unknown phase', JSON.stringify({ ...backfill, phase: 'done' })],
  ])('is undefined (a backfill starts over) for %s', (_case, text) => {
    expect(parseCursor(text)).toBeUndefined();
  });

  it('fingerprints teams independently of their order, and changes with membership', () => {
    const a = teamsKey(new Map([['alice', 'payments'], ['bob', 'web']]));
    expect(teamsKey(new Map([['bob', 'web'], ['alice', 'payments']]))).toBe(a);
    expect(teamsKey(new Map([['alice', 'web'], ['bob', 'web']]))).not.toBe(a);
  });
});
