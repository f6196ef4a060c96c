import { StringPool } from './internStrings';

describe('StringPool', () => {
  it('keeps values and arrays equal while sharing one copy of each repeated string', () => {
    const pool = new StringPool();
    const a = pool.internFields(JSON.parse('{"repo":"acme/api","labels":["bug","p1"],"n":1,"nested":{"x":"y"}}') as Record<string, unknown>);
    const b = pool.internFields(JSON.parse('{"repo":"acme/api","labels":["bug"],"n":2}') as Record<string, unknown>);
    expect(a).toEqual({ repo: 'acme/api', labels: ['bug', 'p1'], n: 1, nested: { x: 'y' } });
    expect(b).toEqual({ repo: 'acme/api', labels: ['bug'], n: 2 });
  });

  it('leaves long strings (titles, bodies) alone', () => {
    const pool = new StringPool();
    const long = 'x'.repeat(100);
    expect(pool.internFields({ title: long }).title).toBe(long);
  });
});
