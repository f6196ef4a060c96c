import { instanceFileName } from './instanceFileName';

describe('instanceFileName', () => {
  it.each([
    ['a Grafana uid is kept as it is', 'P1a2-b_3', 'P1a2-b_3.sqlite'],
    ['path characters are encoded', '../x/y', '%2E%2E%2Fx%2Fy.sqlite'],
    ['non-ASCII is encoded as UTF-8 bytes', 'é', '%C3%A9.sqlite'],
    ['a percent sign is encoded too, so encodings never collide with uids', '%2E', '%252E.sqlite'],
  ])('%s', (_name, uid, expected) => {
    expect(instanceFileName(uid)).toBe(expected);
  });

  it('gives distinct uids distinct names even when they differ only in a cut-off tail', () => {
    const a = instanceFileName('x'.repeat(300) + 'a');
    const b = instanceFileName('x'.repeat(300) + 'b');
    expect(a).not.toBe(b);
    expect([a.length, b.length]).toEqual([127, 127]);
  });

  it('refuses an empty uid', () => {
    expect(() => instanceFileName('')).toThrow('uid is empty');
  });
});
