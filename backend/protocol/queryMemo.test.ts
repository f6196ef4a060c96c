import { tableFromIPC } from 'apache-arrow';

import type { Frame } from './frames/frame';
import { QueryMemo, type MemoOutcome } from './queryMemo';

const frame = (size: number): Frame => ({ name: 'f', fields: [{ name: 'value', type: 'float64', values: Array.from({ length: size }, (_, i) => i) }] });
const refIdOf = (bytes: Uint8Array) => tableFromIPC(bytes).schema.metadata.get('refId');

function counting(frames: Frame[] = [frame(1)]) {
  const calls: string[] = [];
  return { calls, compute: (key: string) => async () => (calls.push(key), frames) };
}

describe('QueryMemo', () => {
  it('computes a key once and answers it again from memory, with each caller’s refId', async () => {
    const memo = new QueryMemo(10, 1e6);
    const { calls, compute } = counting();
    const outcomes: MemoOutcome[] = [];
    const first = await memo.answer('k', 'A', compute('k'), (o) => outcomes.push(o));
    const again = await memo.answer('k', 'A', compute('k'), (o) => outcomes.push(o));
    const other = await memo.answer('k', 'B', compute('k'), (o) => outcomes.push(o));
    expect(calls).toEqual(['k']);
    expect(outcomes).toEqual(['miss', 'hit', 'hit']);
    expect(again).toBe(first);
    expect([refIdOf(first[0]), refIdOf(other[0])]).toEqual(['A', 'B']);
  });

  it('lets identical concurrent queries wait for the one already running (single flight)', async () => {
    const memo = new QueryMemo(10, 1e6);
    let release: (frames: Frame[]) => void = () => undefined;
    let calls = 0;
    const compute = () => ((calls += 1), new Promise<Frame[]>((resolve) => (release = resolve)));
    const outcomes: MemoOutcome[] = [];
    const answers = Promise.all(['A', 'A', 'B'].map((refId) => memo.answer('k', refId, compute, (o) => outcomes.push(o))));
    release([frame(2)]);
    const [a1, a2, b] = await answers;
    expect(calls).toBe(1);
    expect(outcomes).toEqual(['miss', 'joined', 'joined']);
    expect(a2).toBe(a1);
    expect(refIdOf(b[0])).toBe('B');
  });

  it('shares a failure with those waiting but never keeps it', async () => {
    const memo = new QueryMemo(10, 1e6);
    let calls = 0;
    const failing = async (): Promise<Frame[]> => {
      calls += 1;
      throw new Error('provider down');
    };
    await expect(Promise.all([memo.answer('k', 'A', failing), memo.answer('k', 'A', failing)])).rejects.toThrow('provider down');
    expect(calls).toBe(1);
    await expect(memo.answer('k', 'A', failing)).rejects.toThrow('provider down');
    expect(calls).toBe(2);
    expect(memo.size).toBe(0);
  });

  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const memo = new QueryMemo(2, 1e6);
    const { calls, compute } = counting();
    for (const key of ['a', 'b', 'a', 'c', 'a', 'b']) {
      await memo.answer(key, 'A', compute(key));
    }
    // 'a' was used again before 'c' arrived, so 'b' went; then 'b' is computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
    expect(memo.size).toBe(2);
  });

  it('keeps answers within the byte budget and never keeps one larger than it', async () => {
    const big = frame(10_000);
    const memo = new QueryMemo(100, 100_000);
    const { calls, compute } = counting([big]);
    await memo.answer('big', 'A', compute('big'));
    await memo.answer('big', 'A', compute('big'));
    expect(calls).toEqual(['big', 'big']);
    expect(memo.size).toBe(0);
  });
});
