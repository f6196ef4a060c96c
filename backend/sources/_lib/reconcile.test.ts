import { reconcile } from './reconcile';
import { sameRecord } from './sameRecord';

const a = { id: 'a', n: 1 };
const b = { id: 'b', n: 2 };
const c = { id: 'c', n: 3 };

describe('reconcile', () => {
  it.each([
    ['nothing read, all listed', [a, b], { produced: [], listed: new Set(['a', 'b']) }, { upserts: [], deletes: [] }],
    [
      'same record read again',
      [a],
      { produced: [{ n: 1, id: 'a' }], listed: new Set(['a']) },
      { upserts: [], deletes: [] },
    ],
    [
      'changed and new records',
      [a],
      { produced: [{ id: 'a', n: 9 }, c], listed: new Set(['a', 'c']) },
      { upserts: [{ id: 'a', n: 9 }, c], deletes: [] },
    ],
    ['no longer listed', [a, b, c], { produced: [], listed: new Set(['a']) }, { upserts: [], deletes: ['b', 'c'] }],
    [
      'read again without qualifying',
      [a, b],
      { produced: [], listed: new Set(['a', 'b']), reread: new Set(['b']) },
      { upserts: [], deletes: ['b'] },
    ],
    [
      'produced wins over unlisted',
      [a],
      { produced: [{ id: 'a', n: 2 }], listed: new Set<string>() },
      { upserts: [{ id: 'a', n: 2 }], deletes: [] },
    ],
  ])('%s', (_name, stored, read, expected) => {
    expect(reconcile(stored, read)).toEqual(expected);
  });
});

describe('sameRecord', () => {
  it('ignores key order and undefined fields, not array order', () => {
    expect(sameRecord({ id: 'a', x: { p: 1, q: 2 }, u: undefined }, { x: { q: 2, p: 1 }, id: 'a' })).toBe(true);
    expect(sameRecord({ id: 'a', l: [1, 2] }, { id: 'a', l: [2, 1] })).toBe(false);
  });
});
