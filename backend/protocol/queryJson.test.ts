import { queryJson } from './queryJson';

describe('queryJson', () => {
  it('parses a text once and hands every caller the same frozen model', () => {
    const first = queryJson(Buffer.from('{"refId":"A","queryType":"metric","metric":"x"}'));
    const again = queryJson(Buffer.from('{"refId":"A","queryType":"metric","metric":"x"}'));
    expect(again).toBe(first);
    expect(Object.isFrozen(first!.model)).toBe(true);
    expect(first!.withoutRefId).toBe('{"queryType":"metric","metric":"x"}');
  });

  it.each(['{', '[]', '"text"', 'null'])('is undefined for %s', (text) => {
    expect(queryJson(Buffer.from(text))).toBeUndefined();
  });
});
