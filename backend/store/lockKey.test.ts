import { lockKey } from './lockKey';

describe('lockKey', () => {
  it('is the same signed 64-bit number in every process', () => {
    expect(lockKey('P1a2b3', 'github')).toBe('6869060430252411962');
  });

  it('differs per instance and source, and parts cannot be shifted into each other', () => {
    const keys = [lockKey('a', 'github'), lockKey('b', 'github'), lockKey('a', 'asana'), lockKey('ab', 'c'), lockKey('a', 'bc')];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(BigInt(key)).toBeGreaterThanOrEqual(-(2n ** 63n));
      expect(BigInt(key)).toBeLessThan(2n ** 63n);
    }
  });
});
